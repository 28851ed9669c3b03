import { IdField } from './id';
import { IdempotencyKey } from './idempotency-key';
import { Length } from 'class-validator';
import { GraphQLLocalDate } from './local-date';
import { Field, InputType } from 'type-graphql';
import type { DissolutionStep } from '../domain/contracts';
import { DissolutionStepEnum } from './enums';

@InputType({ description: 'The breaching party claims the cure (TIC 11.2; JVC Art. 104(2))' })
export class ClaimCureInput {
  @IdField({ description: 'The breach notice your party received' })
  noticeId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day the breach was cured' })
  curedOn: string;

  @Field({ description: 'The evidence of the cure' })
  @Length(1, 2000)
  evidence: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'The sender of the breach notice accepts the claimed cure' })
export class AcceptCureInput {
  // An input with no validation metadata at all is refused by forbidUnknownValues.
  @IdField({ description: 'The breach notice your party sent' })
  noticeId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day the cure was accepted' })
  acceptedOn: string;
}

@InputType({ description: 'The sender of the breach notice disputes the claimed cure' })
export class DisputeCureInput {
  @IdField({ description: 'The breach notice your party sent' })
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
  @IdField({ description: 'The JVC termination notice' })
  noticeId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day your Party signed' })
  signedOn: string;
}

@InputType({ description: 'JVC Art. 105: the application to dissolve, or its approval' })
export class RecordDissolutionStepInput {
  @IdField({ description: 'The JVC termination notice' })
  noticeId: string;

  @Field(() => DissolutionStepEnum, { description: 'The application, or the approval' })
  step: DissolutionStep;

  @Field(() => GraphQLLocalDate, { description: 'The day of the application or approval' })
  on: string;
}

@InputType({ description: 'Records performance of an obligation, with evidence and date' })
export class MarkObligationMetInput {
  @IdField({ description: 'The obligation performed' })
  obligationId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day it was performed; not in the future' })
  metOn: string;

  @Field({ description: 'What shows the performance, e.g. a delivery receipt' })
  @Length(1, 2000)
  evidence: string;
}

@InputType({ description: "A beneficiary's express written waiver (TIC 13.7; JVC Art. 120)" })
export class WaiveObligationInput {
  @IdField({ description: 'The obligation waived' })
  obligationId: string;

  @Field({ description: 'The express written waiver relied on' })
  @Length(1, 2000)
  reason: string;
}

@InputType({ description: 'A written amendment proposed to every party (TIC 13.8; JVC Art. 122)' })
export class ProposeAmendmentInput {
  @IdField({ description: 'The contract to amend' })
  contractId: string;

  @Field({ description: 'Its title' })
  @Length(1, 300)
  title: string;

  @Field({ description: 'Its full text' })
  @Length(1, 100000)
  text: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: "Your party's signature of an amendment (TIC 13.8; JVC Art. 122)" })
export class SignAmendmentInput {
  // An input with no validation metadata at all is refused by forbidUnknownValues.
  @IdField({ description: 'The amendment signed' })
  amendmentId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day your party signed; not in the future' })
  signedOn: string;
}

@InputType({
  description:
    "The Examination and Approval Authority's approval of a JVC amendment (JVC Art. 122)",
})
export class RecordAmendmentApprovalInput {
  // An input with no validation metadata at all is refused by forbidUnknownValues.
  @IdField({ description: 'The amendment approved' })
  amendmentId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day the Authority approved it' })
  approvedOn: string;
}
