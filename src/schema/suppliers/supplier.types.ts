import { GraphQLLocalDate } from '../local-date';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ItemKind, MatchLevel, ReviewOutcome } from '../../domain/export';
import type { PartyCode } from '../../domain/parties';
import type {
  Affiliation,
  ConditionStatus,
  ScreeningTrigger,
  SublicenseChange,
  SublicenseCondition,
  SublicensePurpose,
  SublicenseStatus,
  SublicenseVerdict,
  SupplyRecipient,
} from '../../domain/suppliers';
import {
  AffiliationEnum,
  ConditionStatusEnum,
  PartyCodeEnum,
  ScreeningTriggerEnum,
  SublicenseChangeEnum,
  SublicenseConditionEnum,
  SublicensePurposeEnum,
  SublicenseStatusEnum,
  SublicenseVerdictEnum,
  SupplyRecipientEnum,
} from '../enums';
import { Connection } from '../connection';
import { ItemKindEnum, MatchLevelEnum, ReviewOutcomeEnum } from '../export.types';

@ObjectType('Supplier', {
  description:
    'A company of the supplier register: a supplier, a company in its ownership, or one of the parties',
  simpleResolvers: true,
})
export class SupplierType {
  @Field(() => ID, { description: 'Its id' })
  id: string;

  @Field({ description: 'Its legal name' })
  legalName: string;

  @Field(() => [String], { description: 'Its other names (the name in Chinese among them)' })
  otherNames: string[];

  @Field({ description: 'Its country, ISO 3166-1 alpha-2 (any, the United States included)' })
  country: string;

  @Field({ description: 'Its registered address' })
  address: string;

  @Field(() => String, { nullable: true, description: 'Its registration number' })
  registrationNumber: string | null;

  @Field(() => PartyCodeEnum, {
    nullable: true,
    description: 'Set when the company is one of the parties',
  })
  partyCode: PartyCode | null;

  @Field(() => GraphQLLocalDate, { description: 'The day it was registered' })
  recordedOn: string;
}

@ObjectType('OwnershipLink', {
  description: 'A holding in a company and its appointing powers (TIC 1.1; JVC Art. 2)',
  simpleResolvers: true,
})
export class OwnershipLinkType {
  @Field(() => ID, { description: 'Its id' })
  id: string;

  @Field(() => ID, { description: 'The holder' })
  holderId: string;

  @Field(() => ID, { description: 'The company held' })
  heldId: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The share of registered capital or voting stock held, in percent',
  })
  sharePercent: number | null;

  @Field({ description: 'The holder may appoint the general manager (JVC Art. 2)' })
  appointsGeneralManager: boolean;

  @Field({ description: 'The holder may appoint a majority of the board (TIC 1.1)' })
  appointsBoardMajority: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'In effect from this day' })
  from: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'No longer in effect from this day',
  })
  endedOn: string | null;

  @Field(() => GraphQLLocalDate, { description: 'The day it was recorded' })
  recordedOn: string;
}

@ObjectType('ControlStep', { description: 'One link of a chain of control' })
export class ControlStepType {
  @Field(() => ID, { description: 'The controlling holder' })
  holderId: string;

  @Field({ description: "The holder's name" })
  holder: string;

  @Field(() => ID, { description: 'The company held' })
  heldId: string;

  @Field({ description: "The held company's name" })
  held: string;

  @Field(() => Float, { nullable: true, description: 'The share held, in percent' })
  sharePercent: number | null;

  @Field({ description: 'The holder appoints the general manager' })
  appointsGeneralManager: boolean;

  @Field({ description: 'The holder appoints a board majority' })
  appointsBoardMajority: boolean;
}

@ObjectType('SupplierAffiliation', {
  description: 'How a company stands to Fengfan on a day, with the chain (TIC 1.1; JVC Art. 2)',
})
export class SupplierAffiliationType {
  @Field(() => AffiliationEnum, { description: 'The relation found' })
  affiliation: Affiliation;

  @Field(() => [ControlStepType], { description: 'The links through which control runs' })
  chain: ControlStepType[];

  @Field({ description: 'The relation in a sentence' })
  message: string;

  @Field({ description: 'The articles that define an Affiliate and control: TIC 1.1; JVC Art. 2' })
  article: string;
}

@ObjectType('SupplierScreeningMatch', {
  description: 'A restricted-party match of one of the names of a supplier',
})
export class SupplierScreeningMatchType {
  @Field({ description: 'Pass to reviewSupplierScreeningMatch' })
  key: string;

  @Field({ description: 'The name of the supplier that matched' })
  screenedName: string;

  @Field({ description: "The list's code in the CSL ('EL', 'SDN', …)" })
  listCode: string;

  @Field({ description: "The CSL's source column: the list and its agency" })
  source: string;

  @Field({ description: "The entry's id in the list" })
  entryId: string;

  @Field({ description: "The entry's name" })
  entryName: string;

  @Field({ description: 'The name or alias of the entry that matched' })
  matchedName: string;

  @Field(() => Float, { description: 'How close the names are (0-1)' })
  score: number;

  @Field(() => MatchLevelEnum, { description: 'STRONG or POSSIBLE' })
  level: MatchLevel;

  @Field(() => GraphQLLocalDate, { description: 'The day this hit was first seen' })
  firstSeenOn: string;

  @Field(() => ReviewOutcomeEnum, {
    nullable: true,
    description: "The sublicensor's remembered review, while the entry is unchanged",
  })
  review: ReviewOutcome | null;

  @Field(() => ID, { nullable: true, description: 'The remembered review (clearance) applied' })
  clearanceId: string | null;
}

@ObjectType('SupplierScreening', { description: 'A screening of a supplier under all its names' })
export class SupplierScreeningType {
  @Field(() => ID, { description: 'Its id' })
  id: string;

  @Field({ description: 'When it ran' })
  screenedAt: Date;

  @Field(() => GraphQLLocalDate, { description: 'The day it ran' })
  screenedOn: string;

  @Field(() => ScreeningTriggerEnum, { description: 'Why it ran' })
  trigger: ScreeningTrigger;

  @Field(() => ID, { nullable: true, description: 'The list version screened against' })
  listVersionId: string | null;

  @Field(() => [String], { description: 'The names screened' })
  names: string[];

  @Field(() => [SupplierScreeningMatchType], { description: 'The matches found' })
  matches: SupplierScreeningMatchType[];
}

@ObjectType('SuppliedMaterial', {
  description: 'A material the supplier provides, and to whom',
  simpleResolvers: true,
})
export class SuppliedMaterialType {
  @Field({ description: 'The material' })
  material: string;

  @Field(() => [SupplyRecipientEnum], {
    description: 'To whom (TIC 2.4: the Licensee and Valence only)',
  })
  recipients: SupplyRecipient[];
}

@ObjectType('SupplierSublicense', {
  description: "The Licensee's sublicence to a supplier under the TIC (TIC 2.1(iii), 2.4, 5.6)",
  simpleResolvers: true,
})
export class SupplierSublicenseType {
  @Field(() => ID, { description: 'Its id' })
  id: string;

  @Field(() => ID, { description: 'The supplier' })
  supplierId: string;

  @Field(() => ID, { description: 'The underlying contract, the TIC' })
  contractId: string;

  @Field(() => PartyCodeEnum, { description: 'The sublicensor: the Licensee (TIC 2.1(iii))' })
  sublicensorParty: PartyCode;

  @Field(() => SublicenseStatusEnum, { description: 'Its status' })
  status: SublicenseStatus;

  @Field(() => String, { nullable: true, description: 'Why it was suspended, by whom' })
  suspendedReason: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Valid from this day' })
  validFrom: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Valid until this day, included' })
  validTo: string | null;

  @Field(() => SublicensePurposeEnum, { description: 'Its purpose (TIC 2.1(iii))' })
  purpose: SublicensePurpose;

  @Field({ description: 'Its purpose, in the words of the agreement' })
  purposeText: string;

  @Field(() => [SuppliedMaterialType], { description: 'The materials and to whom' })
  materials: SuppliedMaterialType[];

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The agreement was executed on (TIC 2.4)',
  })
  agreementExecutedOn: string | null;

  @Field(() => String, { nullable: true, description: "The agreement's document reference" })
  documentReference: string | null;

  @Field(() => String, { nullable: true, description: "The agreement's SHA-256, hex" })
  documentSha256: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'No right to sublicense further (TIC 2.4); null: not recorded',
  })
  noFurtherSublicensing: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'No offer of Powder(P1a) or Powder(LVP) to Third Parties or Fengfan (TIC 2.4; JVC Art. 47); null: not recorded',
  })
  noPowderOffer: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The terms of TIC 5.6, the indemnity included, in favour of Valence; null: not recorded',
  })
  valenceTerms: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A confidentiality undertaking executed (TIC 8.1); null: not recorded',
  })
  confidentialityUndertaking: boolean | null;

  @Field({ description: 'When it was recorded' })
  createdAt: Date;

  @Field({ description: 'When it last changed' })
  updatedAt: Date;
}

@ObjectType('TransferItem', {
  description: 'An item transferred, as the release gate read it',
  simpleResolvers: true,
})
export class TransferItemType {
  @Field({ description: 'Its ECCN, or EAR99' })
  eccn: string;

  @Field(() => ItemKindEnum, { nullable: true, description: 'What it is' })
  itemKind: ItemKind | null;
}

@ObjectType('SublicenseTransfer', {
  description:
    'Technology or confidential items transferred to a supplier, through the release gate (TIC 12.2)',
  simpleResolvers: true,
})
export class SublicenseTransferType {
  @Field(() => ID, { description: 'Its id' })
  id: string;

  @Field(() => ID, { description: 'The sublicence' })
  sublicenseId: string;

  @Field({ description: 'What was transferred, in words' })
  description: string;

  @Field(() => [TransferItemType], { description: 'The items' })
  items: TransferItemType[];

  @Field({ description: 'The end use declared' })
  endUse: string;

  @Field({ description: "The destination: the supplier's country" })
  destination: string;

  @Field(() => GraphQLLocalDate, { description: 'The day of the transfer' })
  transferredOn: string;

  @Field({ description: 'The release gate found a passing export check' })
  gatePassed: boolean;

  @Field(() => ID, { nullable: true, description: 'The export check the gate read' })
  gateCheckId: string | null;

  @Field(() => String, { nullable: true, description: "That check's decision" })
  gateDecision: string | null;

  @Field({ description: "The gate's reason" })
  gateReason: string;

  @Field({ description: "The gate's article" })
  gateArticle: string;

  @Field({ description: 'When it was recorded' })
  recordedAt: Date;
}

@ObjectType('SublicenseFinding', { description: 'One condition of a sublicence check' })
export class SublicenseFindingType {
  @Field(() => SublicenseConditionEnum, { description: 'The condition' })
  condition: SublicenseCondition;

  @Field({ description: 'The article it rests on' })
  article: string;

  @Field(() => ConditionStatusEnum, { description: 'PASS, FAIL or UNKNOWN' })
  status: ConditionStatus;

  @Field({ description: 'What was found, in a sentence' })
  message: string;
}

@ObjectType('SublicenseCheck', { description: 'The validity of one supplier sublicence on a day' })
export class SublicenseCheckType {
  @Field(() => ID, { description: 'The sublicence' })
  sublicenseId: string;

  @Field(() => ID, { description: 'The supplier' })
  supplierId: string;

  @Field({ description: "The supplier's legal name" })
  supplierName: string;

  @Field(() => SublicenseStatusEnum, { description: 'The recorded status' })
  status: SublicenseStatus;

  @Field(() => GraphQLLocalDate, { description: 'The day judged' })
  asOf: string;

  @Field(() => SublicenseVerdictEnum, { description: 'VALID, INVALID or NEEDS_REVIEW' })
  verdict: SublicenseVerdict;

  @Field(() => [SublicenseFindingType], { description: 'One finding per condition' })
  findings: SublicenseFindingType[];
}

@ObjectType('SublicenseTotals', { description: 'How many sublicences have each verdict' })
export class SublicenseTotalsType {
  @Field(() => Int, { description: 'All checked' })
  total: number;

  @Field(() => Int, { description: 'VALID' })
  valid: number;

  @Field(() => Int, { description: 'INVALID' })
  invalid: number;

  @Field(() => Int, { description: 'NEEDS_REVIEW' })
  needsReview: number;
}

@ObjectType('SublicenseReportChange', { description: 'Something that changed in the period' })
export class SublicenseReportChangeType {
  @Field(() => ID, { description: 'The sublicence' })
  sublicenseId: string;

  @Field({ description: "The supplier's legal name" })
  supplierName: string;

  @Field(() => SublicenseChangeEnum, { description: 'What changed' })
  kind: SublicenseChange;

  @Field(() => GraphQLLocalDate, { description: 'The day it changed' })
  on: string;

  @Field({ description: 'The change in a sentence' })
  message: string;
}

@ObjectType('SupplierSublicenseReport', {
  description: 'Every supplier sublicence you may see, checked on a day, with totals and changes',
})
export class SupplierSublicenseReportType {
  @Field(() => GraphQLLocalDate, { description: 'The day judged' })
  asOf: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Changes are reported from this day',
  })
  since: string | null;

  @Field(() => SublicenseTotalsType, { description: 'The totals by verdict' })
  totals: SublicenseTotalsType;

  @Field(() => [SublicenseCheckType], { description: 'The check of each sublicence' })
  checks: SublicenseCheckType[];

  @Field(() => [SublicenseReportChangeType], { description: 'What changed since `since`' })
  changes: SublicenseReportChangeType[];
}

@ObjectType('SupplierConnection', { description: 'A page of the supplier register' })
export class SupplierConnection extends Connection(SupplierType, 'Supplier') {}

@ObjectType('SupplierSublicenseConnection', { description: 'A page of the supplier sublicences' })
export class SupplierSublicenseConnection extends Connection(
  SupplierSublicenseType,
  'SupplierSublicense',
) {}
