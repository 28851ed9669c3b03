import { IdField } from './id';
import { IdempotencyKey } from './idempotency-key';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from './local-date';
import { Field, InputType } from 'type-graphql';
import type {
  EventKind,
  NoticeKind,
  NoticeMethod,
  ObligationStatus,
  TerminationBasis,
  PerformanceStatus,
} from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import {
  EventKindEnum,
  NoticeKindEnum,
  NoticeMethodEnum,
  ObligationStatusEnum,
  PartyCodeEnum,
  TerminationBasisEnum,
  PerformanceStatusEnum,
} from './enums';

@InputType({ description: 'A written notice your party sent (TIC 13.3; JVC Art. 127)' })
export class RecordNoticeInput {
  @IdField({ description: 'The contract it is given under' })
  contractId: string;

  @Field(() => [PartyCodeEnum], { description: 'The other parties it is addressed to' })
  @ArrayMinSize(1, { message: 'must name at least one recipient' })
  @ArrayMaxSize(3)
  recipients: PartyCode[];

  @Field(() => NoticeKindEnum, {
    description:
      'What it is about: a breach notice opens the cure period (TIC 11.2; JVC Art. 104(2))',
  })
  kind: NoticeKind;

  @Field(() => NoticeMethodEnum, {
    description:
      'How it was sent: the method fixes when it is deemed received (TIC 13.3; JVC Art. 127)',
  })
  method: NoticeMethod;

  @Field({ description: 'When it was handed to the courier or post, or sent by fax/e-mail' })
  sentAt: Date;

  @Field({ description: 'A confirmation receipt (and confirmation letter) evidences a fax/e-mail' })
  confirmationReceived: boolean;

  @Field({ description: 'What it says, in brief' })
  @Length(1, 500)
  subject: string;

  @Field(() => [String], {
    defaultValue: [],
    description: 'ISO 639-1 codes of the languages it is written in (JVC Art. 127: zh and en)',
  })
  @IsIn(['zh', 'en'], { each: true, message: 'each language must be zh or en' })
  @ArrayMaxSize(5)
  languages: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Breach notices: the article breached, e.g. "TIC 2.4" (TIC 11.3(b) turns on it)',
  })
  @IsOptional()
  @Matches(/^(TIC \d+(\.\d+)?(\([0-9a-z]+\))*|JVC Art\. \d+(\([0-9a-z]+\))*)$/, {
    message: 'must cite e.g. "TIC 2.4" or "JVC Art. 45"',
  })
  breachedArticle?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'JVC termination notices: the event relied on, "JVC Art. 104(1)" … "(7)" or "JVC Art. 55"',
  })
  @IsOptional()
  @Length(1, 50)
  groundArticle?: string | null;

  @IdField({
    nullable: true,
    description: 'JVC Art. 104(2) termination notices: the breach notice whose cure lapsed',
  })
  @IsOptional()
  basisNoticeId?: string | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'An event that starts or settles contractual clocks' })
export class RecordEventInput {
  @IdField({ description: 'The contract it happens under' })
  contractId: string;

  @Field(() => EventKindEnum, { description: 'What happened' })
  kind: EventKind;

  @Field(() => GraphQLLocalDate, { description: 'The day it happened; not in the future' })
  occurredOn: string;

  @Field({ description: 'What happened, in words' })
  @Length(1, 1000)
  description: string;

  @Field(() => PartyCodeEnum, { nullable: true, description: 'e.g. whose capital was verified' })
  @IsOptional()
  concernsParty?: PartyCode | null;

  @Field(() => String, { nullable: true, description: 'Exact decimal amount, e.g. of an invoice' })
  @IsOptional()
  @Matches(/^\d{1,15}(\.\d{1,4})?$/, { message: 'must be a decimal amount like 1250.00' })
  amount?: string | null;

  @Field(() => String, {
    description: 'ISO 4217 currency code of the amount; USD for TIC invoices (TIC 6.2)',
    nullable: true,
  })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code like USD' })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. the invoice number' })
  @IsOptional()
  @Length(1, 200)
  reference?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The period of a recurring duty it discharges: "2026-03" for a monthly report, "2026-Q1" for a quarterly one (JVC Art. 88); a board meeting is the regular meeting of the year it is held in (JVC Art. 58)',
  })
  @IsOptional()
  @Length(1, 20)
  period?: string | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Narrows a list of obligations; every field given must match' })
export class ObligationFilterInput {
  @IdField({ description: 'Only the obligations of this contract', nullable: true })
  contractId?: string | null;

  @Field(() => ObligationStatusEnum, {
    description: 'Only obligations with this status, as of `asOf`',
    nullable: true,
  })
  @IsOptional()
  status?: ObligationStatus | null;

  @Field(() => PartyCodeEnum, { description: 'Only obligations this party owes', nullable: true })
  @IsOptional()
  obligor?: PartyCode | null;

  @Field(() => PartyCodeEnum, {
    description: 'Only obligations owed to this party',
    nullable: true,
  })
  @IsOptional()
  beneficiary?: PartyCode | null;

  @Field(() => GraphQLLocalDate, {
    description: 'Only obligations due on or after this day',
    nullable: true,
  })
  @IsOptional()
  dueFrom?: string | null;

  @Field(() => GraphQLLocalDate, {
    description: 'Only obligations due on or before this day',
    nullable: true,
  })
  @IsOptional()
  dueTo?: string | null;

  @Field({ defaultValue: false, description: 'Include obligations still waiting for their event' })
  includeUndated: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Judge MISSED as of this date' })
  @IsOptional()
  asOf?: string | null;

  @Field(() => PartyCodeEnum, {
    nullable: true,
    description:
      'Only obligations still owed to this party: a beneficiary that has not waived them (TIC 13.7; JVC Art. 120)',
  })
  @IsOptional()
  owedTo?: PartyCode | null;

  @Field(() => PerformanceStatusEnum, {
    nullable: true,
    description: 'Only performed obligations whose performance stands so, e.g. DISPUTED',
  })
  @IsOptional()
  performance?: PerformanceStatus | null;
}

@InputType({
  description: 'Terminates a contract on the basis of a record (TIC 11.1-11.3; JVC Art. 104, 105)',
})
export class TerminateContractInput {
  @IdField({ description: 'The contract to terminate' })
  contractId: string;

  @Field(() => GraphQLLocalDate, { description: 'Never before its basis, never in the future' })
  terminatedOn: string;

  @Field(() => TerminationBasisEnum, { description: 'The kind of record it rests on' })
  basis: TerminationBasis;

  @IdField({
    description:
      'That record: the mutual termination (TIC 11.1), the breach notice (TIC 11.2, 11.3(b)), ' +
      'the insolvency proceeding (TIC 11.3(a)) or the JVC termination notice (JVC Art. 104, 105)',
  })
  basisId: string;

  @Field(() => String, {
    nullable: true,
    description: "The terminating party's own words; the rule's reason when omitted",
  })
  @IsOptional()
  @Length(1, 2000)
  ground?: string | null;
}

@InputType({ description: 'TIC 11.1: proposes to terminate the TIC by mutual agreement' })
export class ProposeMutualTerminationInput {
  @IdField({ description: 'The TIC, or a contract governed by it' })
  contractId: string;

  @Field({ description: 'Why the parties end the contract' })
  @Length(1, 2000)
  reason: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: "TIC 11.1: your party's signature of a mutual termination" })
export class SignMutualTerminationInput {
  // An input with no validation metadata at all is refused by forbidUnknownValues.
  @IdField({ description: 'The proposed mutual termination' })
  mutualTerminationId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day your party signed' })
  signedOn: string;
}

@InputType({ description: "TIC 11.3(a): the Licensee's insolvency proceeding" })
export class RecordInsolvencyProceedingInput {
  @IdField({ description: 'The TIC, or a contract governed by it' })
  contractId: string;

  @Field(() => GraphQLLocalDate, { description: 'When the proceeding commenced' })
  commencedOn: string;

  @Field({ description: 'Bankruptcy, dissolution, insolvency, assignment or receivership' })
  @Length(1, 2000)
  description: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType({ description: "TIC 11.3(a): the Licensee's proceeding was dismissed" })
export class RecordInsolvencyDismissalInput {
  // An input with no validation metadata at all is refused by forbidUnknownValues.
  @IdField({ description: 'The recorded proceeding' })
  proceedingId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day it was dismissed' })
  dismissedOn: string;
}
