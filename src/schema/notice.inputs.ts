import { IdempotencyKey } from './idempotency-key';
import { IsUUID, Length } from 'class-validator';
import { GraphQLLocalDate, GraphQLUUID } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import type { DissolutionStep } from '../domain/contracts';
import { DissolutionStepEnum } from './enums';

@InputType({ description: 'The breaching party claims the cure (TIC 11.2; JVC Art. 104(2))' })
export class ClaimCureInput {
  @Field(() => GraphQLUUID, { description: 'The breach notice your party received' })
  noticeId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day the breach was cured' })
  curedOn: string;

  @Field({ description: 'The evidence of the cure' })
  @Length(1, 2000)
  evidence: string;
}

@InputType({ description: 'The sender of the breach notice accepts the claimed cure' })
export class AcceptCureInput {
  // An input with no validation metadata at all is refused by forbidUnknownValues.
  @Field(() => GraphQLUUID, { description: 'The breach notice your party sent' })
  @IsUUID()
  noticeId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day the cure was accepted' })
  acceptedOn: string;
}

@InputType({ description: 'The sender of the breach notice disputes the claimed cure' })
export class DisputeCureInput {
  @Field(() => GraphQLUUID, { description: 'The breach notice your party sent' })
  noticeId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day the cure was disputed' })
  disputedOn: string;

  @Field({ description: 'Why the breach is not cured' })
  @Length(1, 2000)
  reason: string;
}

@InputType({ description: "JVC Art. 105: your Party's signature of the agreement to continue" })
export class SignContinuationInput {
  // An input with no validation metadata at all is refused by forbidUnknownValues.
  @Field(() => GraphQLUUID, { description: 'The JVC termination notice' })
  @IsUUID()
  noticeId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day your Party signed' })
  signedOn: string;
}

@InputType({ description: 'JVC Art. 105: the application to dissolve, or its approval' })
export class RecordDissolutionStepInput {
  @Field(() => GraphQLUUID, { description: 'The JVC termination notice' })
  @IsUUID()
  noticeId: string;

  @Field(() => DissolutionStepEnum)
  step: DissolutionStep;

  @Field(() => GraphQLLocalDate, { description: 'The day of the application or approval' })
  on: string;
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
