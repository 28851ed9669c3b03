import { GraphQLLocalDate } from './local-date';
import { Field, ID, ObjectType } from 'type-graphql';
import type { CureAnswer, DissolutionStage, NoticeKind, NoticeMethod } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { Connection } from './connection';
import {
  CureAnswerEnum,
  DissolutionStageEnum,
  NoticeKindEnum,
  NoticeMethodEnum,
  PartyCodeEnum,
} from './enums';

@ObjectType('PeriodEnd', {
  description:
    'The last day of a period, moved to a working day by the governing law when it is not one ' +
    '(JVC: PRC Civil Code Art. 203, JVC Art. 118; TIC: Cal. Civ. Code §§ 10, 11, TIC 13.4)',
})
export class PeriodEndType {
  @Field(() => GraphQLLocalDate, { description: 'The day the period really ends' })
  rolledOn: string;

  @Field(() => GraphQLLocalDate, { description: "The last day by the contract's count alone" })
  unrolledOn: string;

  @Field({ description: 'What the governing law did to the last day, in words' })
  rule: string;

  @Field({ description: 'The choice-of-law clause and the rule of that law applied' })
  article: string;
}

@ObjectType('CureClock', {
  description:
    'The cure period of a breach notice (TIC 11.2; JVC Art. 104(2)); under the TIC, both readings of ' +
    '"60 days after the date of the notice"',
})
export class CureClockType {
  @Field(() => PeriodEndType, {
    nullable: true,
    description: "TIC 11.2 counted from the notice's date; null under the JVC (one reading)",
  })
  byNoticeDate: PeriodEndType | null;

  @Field(() => PeriodEndType, {
    description: 'Counted from the deemed receipt (TIC 13.3; JVC Art. 127)',
  })
  byReceipt: PeriodEndType;

  @Field(() => GraphQLLocalDate, {
    description: "The breaching party's last day to cure: the earlier reading",
  })
  deadline: string;

  @Field(() => GraphQLLocalDate, {
    description: 'The first day the sender may terminate if uncured: after the later reading',
  })
  terminationFrom: string;

  @Field({ description: 'TIC 11.2 or JVC Art. 104(2)' })
  article: string;

  @Field({ description: 'How the readings were applied' })
  reading: string;
}

@ObjectType('EvidenceDue', {
  description: 'JVC Art. 115: evidence of force majeure within 15 days after informing',
})
export class EvidenceDueType {
  @Field(() => GraphQLLocalDate, { description: 'The last day, rolled to a PRC working day' })
  dueOn: string;

  @Field(() => PeriodEndType, { description: 'The rolled and unrolled last day and the rule' })
  end: PeriodEndType;

  @Field({ description: 'JVC Art. 115' })
  article: string;
}

@ObjectType('PartySignature', { description: "One party's signature, through its own LEGAL" })
export class PartySignatureType {
  @Field(() => PartyCodeEnum, { description: 'The party that signed (TIC 11.1; JVC Art. 105)' })
  party: PartyCode;

  @Field(() => GraphQLLocalDate, { description: 'The day it signed' })
  signedOn: string;
}

@ObjectType('DissolutionProgress', {
  description: 'Where a JVC termination notice stands: JVC Art. 105 to liquidation (Art. 106-112)',
})
export class DissolutionProgressType {
  @Field(() => DissolutionStageEnum, { description: 'The stage reached (JVC Art. 105-112)' })
  stage: DissolutionStage;

  @Field({ description: 'The article governing this stage' })
  article: string;

  @Field({ description: 'What comes next, in words' })
  next: string;
}
import { FindingType } from './finding.type';

@ObjectType('TerminationRight', {
  description: 'Whether an uncured breach lets the sender terminate',
})
export class TerminationRightType {
  @Field({ description: 'True when the sender may terminate for the breach as of the date asked' })
  available: boolean;

  @Field(() => GraphQLLocalDate, { description: 'First day termination is available if uncured' })
  from: string;

  @Field({ description: 'The article that gives the right: TIC 11.2 or JVC Art. 104(2)' })
  article: string;

  @Field({ description: 'Why it is or is not available, in words' })
  reason: string;
}

@ObjectType('NegotiationWindow', {
  description: 'JVC Art. 105: 30 days after a termination notice',
})
export class NegotiationWindowType {
  @Field(() => GraphQLLocalDate, {
    description: 'The last day to agree in writing to continue, rolled to a PRC working day',
  })
  windowEndsOn: string;

  @Field(() => PeriodEndType, {
    description: 'The 30th day after receipt, rolled by PRC Civil Code Art. 203',
  })
  windowEnd: PeriodEndType;

  @Field({ description: 'True once the window passed without written agreement to continue' })
  deemedTerminated: boolean;

  @Field({ description: 'The article that sets the window: JVC Art. 105' })
  article: string;

  @Field({ description: 'Where the window stands, in words' })
  reason: string;
}

@ObjectType('Notice', { description: 'A written notice (TIC 13.3; JVC Art. 127)' })
export class NoticeType {
  @Field(() => ID, { description: 'The notice' })
  id: string;

  @Field(() => ID, { description: 'The contract it is given under' })
  contractId: string;

  @Field(() => PartyCodeEnum, { description: 'The party that sent it' })
  senderParty: PartyCode;

  @Field(() => [PartyCodeEnum], {
    description: 'The parties it is addressed to (TIC 13.3; JVC Art. 127)',
  })
  recipientParties: PartyCode[];

  @Field(() => NoticeKindEnum, { description: 'What it is about' })
  kind: NoticeKind;

  @Field(() => NoticeMethodEnum, {
    description:
      'How it was sent: the method fixes when it is deemed received (TIC 13.3; JVC Art. 127)',
  })
  method: NoticeMethod;

  @Field({ description: 'The instant it was sent or handed over' })
  sentAt: Date;

  @Field(() => GraphQLLocalDate, {
    description: "The date of the notice: the sender's calendar date of sending or hand-over",
  })
  sentOn: string;

  @Field({
    description: 'FAX and EMAIL: a confirmation of receipt was received (TIC 13.3; JVC Art. 127)',
  })
  confirmationReceived: boolean;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'When the notice is deemed received; null when the contract does not deem it received',
  })
  deemedReceivedOn: string | null;

  @Field({ description: 'What it says, in brief' })
  subject: string;

  @Field(() => [String], {
    description: 'ISO 639-1 codes of the languages it is written in (JVC Art. 127: zh and en)',
  })
  languages: string[];

  @Field(() => [FindingType], {
    description: 'What the rules found about its delivery and form, each with its article',
  })
  findings: FindingType[];

  @Field(() => String, {
    nullable: true,
    description: 'Breach notices: the article said to be breached (TIC 11.3(b) turns on it)',
  })
  breachedArticle: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'JVC termination notices: the event of JVC Art. 104 (or Art. 55) relied on',
  })
  groundArticle: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'JVC Art. 104(2) termination notices: the breach notice whose cure lapsed',
  })
  basisNoticeId: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The day the breaching party says it cured (TIC 11.2; JVC Art. 104(2))',
  })
  cureClaimedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The evidence of the claimed cure' })
  cureClaimEvidence: string | null;

  @Field(() => PartyCodeEnum, { nullable: true, description: 'The party that claimed the cure' })
  cureClaimedByParty: PartyCode | null;

  @Field(() => CureAnswerEnum, {
    nullable: true,
    description: "The sender's answer to the claimed cure; null while it awaits one",
  })
  cureAnswer: CureAnswer | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The day the sender accepted or disputed the cure (TIC 11.2; JVC Art. 104(2))',
  })
  cureAnsweredOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why the sender disputes the cure' })
  cureDisputeReason: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The day the breach was cured, once the sender accepted the cure',
  })
  curedOn: string | null;

  @Field(() => [PartySignatureType], {
    description: 'JVC Art. 105: the Parties that signed the agreement to continue',
  })
  continuationSignatures: PartySignatureType[];

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'JVC Art. 105: the day both Parties had signed the agreement to continue',
  })
  continuationAgreedOn: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'JVC Art. 105: the application to dissolve, submitted to the Approval Authority',
  })
  dissolutionAppliedOn: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'JVC Art. 105: the Approval Authority approved the dissolution',
  })
  dissolutionApprovedOn: string | null;
}

@ObjectType('NoticeConnection', {
  description: 'A page of the notices your party sent or received',
})
export class NoticeConnection extends Connection(NoticeType, 'Notice') {}
