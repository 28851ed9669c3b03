import { IdempotencyKey } from './idempotency-key';
import { IsUUID, Length } from 'class-validator';
import { GraphQLLocalDate, GraphQLUUID } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';

@InputType()
export class RecordBreachCuredInput {
  @Field(() => GraphQLUUID)
  noticeId: string;

  @Field(() => GraphQLLocalDate)
  curedOn: string;

  @Field()
  @Length(1, 2000)
  evidence: string;
}

@InputType()
export class RecordContinuationAgreedInput {
  // An input with no validation metadata at all is refused by forbidUnknownValues.
  @Field(() => GraphQLUUID)
  @IsUUID()
  noticeId: string;

  @Field(() => GraphQLLocalDate)
  agreedOn: string;
}

@InputType()
export class MarkObligationMetInput {
  @Field(() => GraphQLUUID)
  obligationId: string;

  @Field(() => GraphQLLocalDate)
  metOn: string;

  @Field()
  @Length(1, 2000)
  evidence: string;
}

@InputType()
export class WaiveObligationInput {
  @Field(() => GraphQLUUID)
  obligationId: string;

  @Field({ description: 'The express written waiver relied on' })
  @Length(1, 2000)
  reason: string;
}

@InputType()
export class ProposeAmendmentInput {
  @Field(() => GraphQLUUID)
  contractId: string;

  @Field()
  @Length(1, 300)
  title: string;

  @Field()
  @Length(1, 100000)
  text: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType()
export class SignAmendmentInput {
  // An input with no validation metadata at all is refused by forbidUnknownValues.
  @Field(() => GraphQLUUID)
  @IsUUID()
  amendmentId: string;

  @Field(() => GraphQLLocalDate)
  signedOn: string;
}

@InputType()
export class RecordAmendmentApprovalInput {
  // An input with no validation metadata at all is refused by forbidUnknownValues.
  @Field(() => GraphQLUUID)
  @IsUUID()
  amendmentId: string;

  @Field(() => GraphQLLocalDate)
  approvedOn: string;
}
