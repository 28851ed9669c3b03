import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { ContractKind, ContractStatus } from '../domain/contracts';
import { ContractKindEnum, ContractStatusEnum } from './enums';

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
