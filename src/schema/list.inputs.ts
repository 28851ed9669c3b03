import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { GraphQLLocalDate } from './local-date';
import type { ContractKind, ContractStatus, NoticeKind, NoticeState } from '../domain/contracts';
import { ContractKindEnum, ContractStatusEnum, NoticeKindEnum, NoticeStateEnum } from './enums';

@InputType({ description: 'Narrows `contracts`; every field given must hold' })
export class ContractFilterInput {
  @Field(() => String, { nullable: true, description: 'The short code cited: TIC or JVC' })
  @IsOptional()
  @Length(1, 20)
  code?: string | null;

  @Field(() => ContractKindEnum, { nullable: true, description: 'The kind of contract' })
  @IsOptional()
  kind?: ContractKind | null;

  @Field(() => ContractStatusEnum, {
    nullable: true,
    description:
      'The status today; EXPIRED is computed from the term (TIC 11.1: ten years; JVC Art. 103: fifty)',
  })
  @IsOptional()
  status?: ContractStatus | null;
}

@InputType({ description: 'Narrows `notices` and `noticeCounts`; every field given must hold' })
export class NoticeFilterInput {
  @Field(() => NoticeKindEnum, { nullable: true, description: 'The kind of notice' })
  @IsOptional()
  kind?: NoticeKind | null;

  @Field(() => NoticeStateEnum, {
    nullable: true,
    description: 'Where the notice stands as of `asOf` (see NoticeState for each article)',
  })
  @IsOptional()
  state?: NoticeState | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The date `state` is judged on (default today)',
  })
  @IsOptional()
  asOf?: string | null;
}
