import { GraphQLLocalDate } from '../local-date';
import { Field, ID, ObjectType } from 'type-graphql';
import type { PartyCode } from '../../domain/parties';
import type { TrademarkProduct, UseKind, UseStatus } from '../../domain/trademarks';
import { Connection } from '../connection';
import { PartyCodeEnum, TrademarkProductEnum, UseKindEnum, UseStatusEnum } from '../enums';

@ObjectType('TrademarkLicense', {
  description: 'A written trademark license from a Party to the JV (JVC Art. 50)',
})
export class TrademarkLicenceType {
  @Field(() => ID, { description: 'The license on file' })
  id: string;

  @Field(() => PartyCodeEnum, { description: 'The Party that grants it, owner of its marks' })
  licensorParty: PartyCode;

  @Field(() => PartyCodeEnum, { description: 'The JV, its licensee' })
  licenseeParty: PartyCode;

  @Field(() => [ID], { description: 'The marks it licenses' })
  markIds: string[];

  @Field(() => [TrademarkProductEnum], { description: 'The Products it covers (TIC 1.9)' })
  products: TrademarkProduct[];

  @Field(() => [String], {
    description: 'Where it may be used (ISO 3166-1 alpha-2; WW: the world)',
  })
  territory: string[];

  @Field(() => GraphQLLocalDate, { description: 'The day it was signed' })
  executedOn: string;

  @Field({ description: 'The reference of the signed license' })
  documentRef: string;

  @Field(() => GraphQLLocalDate, { description: 'The first day of its term' })
  termFrom: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The last day of its term' })
  termTo: string | null;
}

@ObjectType('TrademarkLicenseConnection', { description: 'A page of trademark licenses' })
export class TrademarkLicenceConnection extends Connection(
  TrademarkLicenceType,
  'TrademarkLicense',
) {}

@ObjectType('TrademarkUse', {
  description: "A use of a Party's mark the JV asked for, and the owner's answer (JVC Art. 50)",
})
export class TrademarkUseType {
  @Field(() => ID, { description: 'The use on file' })
  id: string;

  @Field(() => ID, { description: 'The mark used' })
  markId: string;

  @Field(() => PartyCodeEnum, { description: "The mark's owner, which decides" })
  markOwner: PartyCode;

  @Field(() => TrademarkProductEnum, { description: 'The Product it is used on (TIC 1.9)' })
  product: TrademarkProduct;

  @Field(() => UseKindEnum, { description: 'How it is used' })
  kind: UseKind;

  @Field(() => [String], { description: 'Where (ISO 3166-1 alpha-2)' })
  territory: string[];

  @Field(() => GraphQLLocalDate, { description: 'The first day of the use' })
  periodFrom: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The last day of the use' })
  periodTo: string | null;

  @Field(() => ID, {
    name: 'licenseId',
    nullable: true,
    description: 'The license it relies on (JVC Art. 50)',
  })
  licenceId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For batteries: the warranty terms (TIC 5.2)',
  })
  warrantyTerms: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The day Valence approved the warranty terms (TIC 5.2)',
  })
  warrantyApprovedOn: string | null;

  @Field(() => UseStatusEnum, { description: 'Where it stands' })
  status: UseStatus;

  @Field(() => String, { nullable: true, description: "The owner's reason" })
  decisionReason: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The day it was decided' })
  decidedOn: string | null;

  @Field({ description: 'When the JV asked for it' })
  requestedAt: Date;
}

@ObjectType('TrademarkUseConnection', { description: 'A page of trademark uses' })
export class TrademarkUseConnection extends Connection(TrademarkUseType, 'TrademarkUse') {}
