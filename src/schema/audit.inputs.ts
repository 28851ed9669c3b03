import { IdField } from './id';
import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows the audit trail; every field given must match' })
export class AuditEventFilterInput {
  @Field(() => String, { nullable: true, description: 'e.g. "User", "Contract"' })
  @IsOptional()
  @Length(1, 100)
  entity?: string | null;

  @Field(() => ID, { description: 'Only the events of this record', nullable: true })
  @IsOptional()
  @Length(1, 100)
  entityId?: string | null;

  @IdField({ description: 'Only the events of this user', nullable: true })
  actorUserId?: string | null;

  @Field(() => Date, { description: 'Only events at or after this instant', nullable: true })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { description: 'Only events before this instant', nullable: true })
  @IsOptional()
  to?: Date | null;
}
