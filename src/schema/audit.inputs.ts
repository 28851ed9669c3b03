import { IdField } from './id';
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class AuditEventFilterInput {
  @Field(() => String, { nullable: true, description: 'e.g. "User", "Contract"' })
  @IsOptional()
  @Length(1, 100)
  entity?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  entityId?: string | null;

  @IdField({ nullable: true })
  actorUserId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date | null;
}
