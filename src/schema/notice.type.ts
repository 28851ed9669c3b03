import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { NoticeKind, NoticeMethod } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { Connection } from './connection';
import { NoticeKindEnum, NoticeMethodEnum, PartyCodeEnum } from './enums';
import { FindingType } from './finding.type';

@ObjectType('TerminationRight', {
  description: 'Whether an uncured breach lets the sender terminate',
})
export class TerminationRightType {
  @Field()
  available: boolean;

  @Field(() => GraphQLLocalDate, { description: 'First day termination is available if uncured' })
  from: string;

  @Field()
  article: string;

  @Field()
  reason: string;
}

@ObjectType('NegotiationWindow', {
  description: 'JVC Art. 105: 30 days after a termination notice',
})
export class NegotiationWindowType {
  @Field(() => GraphQLLocalDate)
  windowEndsOn: string;

  @Field({ description: 'True once the window passed without written agreement to continue' })
  deemedTerminated: boolean;

  @Field()
  article: string;

  @Field()
  reason: string;
}

@ObjectType('Notice', { description: 'A written notice (TIC 13.3; JVC Art. 127)' })
export class NoticeType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field(() => PartyCodeEnum)
  senderParty: PartyCode;

  @Field(() => [PartyCodeEnum])
  recipientParties: PartyCode[];

  @Field(() => NoticeKindEnum)
  kind: NoticeKind;

  @Field(() => NoticeMethodEnum)
  method: NoticeMethod;

  @Field()
  sentAt: Date;

  @Field()
  confirmationReceived: boolean;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'When the notice is deemed received; null when the contract does not deem it received',
  })
  deemedReceivedOn: string | null;

  @Field()
  subject: string;

  @Field(() => [String])
  languages: string[];

  @Field(() => [FindingType])
  findings: FindingType[];

  @Field(() => GraphQLLocalDate, { nullable: true })
  curedOn: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  continuationAgreedOn: string | null;
}

@ObjectType('NoticeConnection')
export class NoticeConnection extends Connection(NoticeType, 'Notice') {}
