import { GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { PartyCode } from '../domain/parties';
import { Connection } from './connection';
import { PartyCodeEnum } from './enums';

export const ExportDecisionEnum = {
  NO_LICENSE_REQUIRED: 'NO_LICENSE_REQUIRED',
  LICENSED: 'LICENSED',
  LICENSE_REQUIRED: 'LICENSE_REQUIRED',
  PROHIBITED: 'PROHIBITED',
  NEEDS_REVIEW: 'NEEDS_REVIEW',
} as const;
export const ItemKindEnum = {
  TECHNOLOGY: 'TECHNOLOGY',
  DOCUMENT: 'DOCUMENT',
  PRODUCT: 'PRODUCT',
  CONFIDENTIAL_INFORMATION: 'CONFIDENTIAL_INFORMATION',
} as const;
export const LicenceAgencyEnum = { BIS: 'BIS', DDTC: 'DDTC', OFAC: 'OFAC' } as const;
export const ReleaseKindEnum = {
  EXPORT: 'EXPORT',
  REEXPORT: 'REEXPORT',
  TRANSFER_IN_COUNTRY: 'TRANSFER_IN_COUNTRY',
  DEEMED_EXPORT: 'DEEMED_EXPORT',
} as const;
export const TransactionRoleEnum = {
  CONSIGNEE: 'CONSIGNEE',
  END_USER: 'END_USER',
  INTERMEDIATE_CONSIGNEE: 'INTERMEDIATE_CONSIGNEE',
  PURCHASER: 'PURCHASER',
  RECIPIENT: 'RECIPIENT',
} as const;
export const EndUseFlagEnum = {
  NUCLEAR: 'NUCLEAR',
  MISSILE: 'MISSILE',
  CHEMICAL_BIOLOGICAL: 'CHEMICAL_BIOLOGICAL',
  MILITARY: 'MILITARY',
} as const;
export const ReviewOutcomeEnum = { CLEARED: 'CLEARED', CONFIRMED: 'CONFIRMED' } as const;
export const ResidencyBasisEnum = {
  CITIZENSHIP: 'CITIZENSHIP',
  PERMANENT_RESIDENCY: 'PERMANENT_RESIDENCY',
} as const;

registerEnumType(ExportDecisionEnum, { name: 'ExportDecision' });
registerEnumType(ItemKindEnum, { name: 'ItemKind' });
registerEnumType(LicenceAgencyEnum, { name: 'LicenceAgency' });
registerEnumType(ReleaseKindEnum, {
  name: 'ReleaseKind',
  description: 'DEEMED_EXPORT: a release of technology to a foreign person (15 C.F.R. 734.13(b))',
});
registerEnumType(TransactionRoleEnum, { name: 'TransactionRole' });
registerEnumType(EndUseFlagEnum, { name: 'EndUseFlag', description: '15 C.F.R. Part 744' });
registerEnumType(ReviewOutcomeEnum, { name: 'ReviewOutcome' });
registerEnumType(ResidencyBasisEnum, { name: 'ResidencyBasis' });

@ObjectType('ItemClassification', {
  description: 'An ECCN or EAR99, set by Valence COMPLIANCE (TIC 4.1)',
})
export class ItemClassificationType {
  @Field(() => ID)
  id: string;

  @Field(() => ItemKindEnum)
  itemKind: keyof typeof ItemKindEnum;

  @Field()
  itemRef: string;

  @Field()
  description: string;

  @Field()
  eccn: string;

  @Field()
  rationale: string;

  @Field(() => ID, { description: 'The Valence COMPLIANCE user who classified it' })
  classifiedBy: string;

  @Field()
  classifiedAt: Date;
}

@ObjectType('ItemClassificationConnection')
export class ItemClassificationConnection extends Connection(
  ItemClassificationType,
  'ItemClassification',
) {}

@ObjectType('ExportLicence', { description: 'A U.S. export licence on file (TIC 4.1)' })
export class ExportLicenceType {
  @Field(() => ID)
  id: string;

  @Field()
  number: string;

  @Field(() => LicenceAgencyEnum)
  agency: keyof typeof LicenceAgencyEnum;

  @Field(() => [String])
  eccns: string[];

  @Field(() => [String])
  destinations: string[];

  @Field(() => [String])
  consignees: string[];

  @Field(() => [String])
  endUsers: string[];

  @Field(() => [PartyCodeEnum])
  coveredParties: PartyCode[];

  @Field(() => GraphQLLocalDate)
  validFrom: string;

  @Field(() => GraphQLLocalDate)
  validTo: string;

  @Field()
  conditions: string;
}

@ObjectType('ExportLicenceConnection')
export class ExportLicenceConnection extends Connection(ExportLicenceType, 'ExportLicence') {}

@ObjectType('ExportFinding', { description: 'One step of the check, with its citation' })
export class ExportFindingType {
  @Field({ description: 'CLASSIFICATION, DESTINATION, COUNTRY_CHART, SCREENING, END_USE, LICENCE' })
  step: string;

  @Field()
  code: string;

  @Field()
  status: string;

  @Field({ description: 'What it does to the decision: STOP, LICENSE_REQUIRED, REVIEW or NONE' })
  effect: string;

  @Field()
  citation: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true, description: 'The item it concerns' })
  item: string | null;
}

@ObjectType('ScreeningMatch', { description: 'A possible restricted-party match' })
export class ScreeningMatchType {
  @Field({ description: 'Pass to reviewScreeningMatch' })
  key: string;

  @Field()
  queryName: string;

  @Field()
  listCode: string;

  @Field({ description: 'The CSL source: the list and its agency' })
  source: string;

  @Field()
  entryId: string;

  @Field()
  entryName: string;

  @Field()
  matchedName: string;

  @Field()
  alias: boolean;

  @Field(() => [String])
  programs: string[];

  @Field(() => [String])
  countries: string[];

  @Field(() => Float)
  score: number;

  @Field(() => Int, { description: 'Character edits between the normalised names (fuzzystrmatch)' })
  edits: number;

  @Field({ description: 'STRONG (treated as confirmed until cleared) or POSSIBLE (to review)' })
  level: string;

  @Field(() => [String])
  reasons: string[];

  @Field(() => ReviewOutcomeEnum, { nullable: true })
  review: keyof typeof ReviewOutcomeEnum | null;
}

@ObjectType('ExportCheck', { description: 'An export check, stored immutably (TIC 12.2)' })
export class ExportCheckType {
  @Field(() => ID)
  id: string;

  @Field(() => PartyCodeEnum)
  runParty: PartyCode;

  @Field(() => ID, { description: 'The user who ran it' })
  runBy: string;

  @Field()
  runAt: Date;

  @Field()
  releaseKind: string;

  @Field()
  destination: string;

  @Field(() => ExportDecisionEnum, { description: 'The decision when it ran' })
  decisionAtRun: keyof typeof ExportDecisionEnum;

  @Field(() => ExportDecisionEnum, { description: 'The decision with the reviews applied' })
  decision: keyof typeof ExportDecisionEnum;

  @Field(() => String, { nullable: true, description: 'The licence that covers it, when LICENSED' })
  licence: string | null;

  @Field(() => [ExportFindingType])
  findings: ExportFindingType[];

  @Field(() => [ScreeningMatchType])
  matches: ScreeningMatchType[];

  @Field(() => GraphQLJSONObject, { description: 'The inputs, as given' })
  input: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { description: 'The screening list and data files it used' })
  referenceVersions: Record<string, unknown>;
}

@ObjectType('ExportCheckConnection')
export class ExportCheckConnection extends Connection(ExportCheckType, 'ExportCheck') {}
