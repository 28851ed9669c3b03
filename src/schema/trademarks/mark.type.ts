import { GraphQLLocalDate } from '../local-date';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { PartyCode } from '../../domain/parties';
import type {
  MarkScript,
  ProtectionBasis,
  RegistrationStatus,
  RenderingKind,
} from '../../domain/trademarks';
import { Connection } from '../connection';
import {
  MarkScriptEnum,
  PartyCodeEnum,
  ProtectionBasisEnum,
  RegistrationStatusEnum,
  RenderingKindEnum,
} from '../enums';

@ObjectType('MarkRegistration', {
  description: 'A national registration of a mark',
  simpleResolvers: true,
})
export class MarkRegistrationType {
  @Field(() => ID, { description: 'The registration on file' })
  id: string;

  @Field({ description: 'The country of the register (ISO 3166-1 alpha-2)' })
  country: string;

  @Field({ description: 'The number the register gave it' })
  number: string;

  @Field(() => [Int], { description: 'The Nice classes of the goods and services it covers' })
  niceClasses: number[];

  @Field(() => RegistrationStatusEnum, { description: 'Where it stands' })
  status: RegistrationStatus;
}

@ObjectType('MarkRendering', {
  description: 'A known translation or transliteration of a mark (TIC 10.4)',
  simpleResolvers: true,
})
export class MarkRenderingType {
  @Field(() => ID, { description: 'The rendering on file' })
  id: string;

  @Field(() => RenderingKindEnum, { description: 'A translation or a transliteration' })
  kind: RenderingKind;

  @Field({ description: 'The rendering as written, e.g. in Chinese characters' })
  text: string;

  @Field({ description: 'Its language (BCP 47, e.g. zh)' })
  language: string;

  @Field(() => MarkScriptEnum, { description: 'The script it is written in' })
  script: MarkScript;
}

@ObjectType('MarkConsent', {
  description: "Another party's express written consent to this mark (TIC 10.4)",
  simpleResolvers: true,
})
export class MarkConsentType {
  @Field(() => PartyCodeEnum, { description: 'The party that consented' })
  party: PartyCode;

  @Field({ description: 'The written consent, e.g. a letter reference' })
  documentRef: string;

  @Field(() => GraphQLLocalDate, { description: 'The day it was given' })
  givenOn: string;
}

@ObjectType('Mark', {
  description: "A party's trademark, trade name or logo (TIC 10.4; JVC Art. 50)",
  simpleResolvers: true,
})
export class MarkType {
  @Field(() => ID, { description: 'The mark on the register' })
  id: string;

  @Field({ description: 'The word of the mark as written' })
  text: string;

  @Field(() => String, { nullable: true, description: 'A reference to the logo image, if any' })
  logoRef: string | null;

  @Field({ description: 'Its language (BCP 47, e.g. en, zh)' })
  language: string;

  @Field(() => MarkScriptEnum, { description: 'The script it is written in' })
  script: MarkScript;

  @Field(() => PartyCodeEnum, { description: 'The party that owns it' })
  ownerParty: PartyCode;

  @Field(() => ProtectionBasisEnum, { description: 'How it became protected' })
  protectionBasis: ProtectionBasis;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The day it was designated in writing (TIC 10.4)',
  })
  designatedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The writing that designates it' })
  designationRef: string | null;

  @Field({ description: 'When it was put on the register' })
  createdAt: Date;
}

@ObjectType('MarkConnection', { description: 'A page of marks' })
export class MarkConnection extends Connection(MarkType, 'Mark') {}
