import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from '../local-date';
import { Field, InputType, Int } from 'type-graphql';
import type { PartyCode } from '../../domain/parties';
import type { ProtectionBasis, RegistrationStatus, RenderingKind } from '../../domain/trademarks';
import {
  PartyCodeEnum,
  ProtectionBasisEnum,
  RegistrationStatusEnum,
  RenderingKindEnum,
} from '../enums';
import { IdField } from '../id';
import { IdempotencyKey } from '../idempotency-key';

@InputType('MarkRegistrationInput', { description: 'A national registration of a mark' })
export class MarkRegistrationInput {
  @Field({ description: 'The country of the register (ISO 3166-1 alpha-2)' })
  @Length(2, 2)
  country: string;

  @Field({ description: 'The number the register gave it' })
  @Length(1, 50)
  number: string;

  @Field(() => [Int], { description: 'The Nice classes it covers (1 to 45); at least one' })
  @ArrayMaxSize(45)
  niceClasses: number[];

  @Field(() => RegistrationStatusEnum, { description: 'Where it stands' })
  status: RegistrationStatus;
}

@InputType('AddMarkRegistrationInput', {
  description: 'A registration to add to one of your marks, retried safely with a key',
})
export class AddMarkRegistrationInput extends MarkRegistrationInput {
  @IdField({ description: 'Your mark' })
  markId: string;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType('MarkRenderingInput', { description: 'A known translation or transliteration' })
export class MarkRenderingInput {
  @Field(() => RenderingKindEnum, { description: 'A translation or a transliteration' })
  kind: RenderingKind;

  @Field({ description: 'The rendering as written, e.g. in Chinese characters' })
  @Length(1, 100)
  text: string;

  @Field({ description: 'Its language (BCP 47, e.g. zh)' })
  @Length(1, 20)
  language: string;
}

@InputType('MarkConsentInput', {
  description: "Another party's express written consent to a mark (TIC 10.4)",
})
export class MarkConsentInput {
  @Field(() => PartyCodeEnum, { description: 'The party that consented' })
  party: PartyCode;

  @Field({ description: 'The written consent, e.g. a letter reference' })
  @Length(1, 200)
  documentRef: string;

  @Field(() => GraphQLLocalDate, { description: 'The day it was given' })
  givenOn: string;
}

@InputType('RegisterMarkInput', {
  description: 'A mark of your party to put on the register, retried safely with a key',
})
export class RegisterMarkInput {
  @Field({ description: 'The word of the mark as written (Latin letters or Chinese characters)' })
  @Length(1, 100)
  text: string;

  @Field(() => String, { nullable: true, description: 'A reference to the logo image, if any' })
  @IsOptional()
  @Length(1, 200)
  logoRef?: string | null;

  @Field({ description: 'Its language (BCP 47, e.g. en, zh)' })
  @Length(1, 20)
  language: string;

  @Field(() => ProtectionBasisEnum, { description: 'How it became protected (TIC 10.4)' })
  protectionBasis: ProtectionBasis;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The day it was designated in writing (required unless EXHIBIT_B)',
  })
  @IsOptional()
  designatedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The writing that designates it (required unless EXHIBIT_B)',
  })
  @IsOptional()
  @Length(1, 200)
  designationRef?: string | null;

  @Field(() => [MarkRegistrationInput], { defaultValue: [], description: 'Its registrations' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  registrations: MarkRegistrationInput[];

  @Field(() => [MarkRenderingInput], {
    defaultValue: [],
    description: 'Its known translations and transliterations',
  })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  renderings: MarkRenderingInput[];

  @Field(() => MarkConsentInput, {
    nullable: true,
    description:
      "The other party's express written consent, when the mark comes close to one of its marks (TIC 10.4)",
  })
  @IsOptional()
  @ValidateNested()
  consent?: MarkConsentInput | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType('MarkFilterInput', { description: 'Narrows `marks`; every field given must hold' })
export class MarkFilterInput {
  @Field(() => PartyCodeEnum, { nullable: true, description: 'Only the marks of this party' })
  @IsOptional()
  owner?: PartyCode | null;
}
