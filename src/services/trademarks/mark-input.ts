import type { PartyCode } from '../../domain/parties';
import type { ProtectionBasis, RegistrationStatus, RenderingKind } from '../../domain/trademarks';
import { BadInputError } from '../../errors';
import { assertIsoDate } from '../../rules/iso-date';
import { markForm } from '../../rules/trademarks/mark-form';
import { NICE_CLASS_MAX, NICE_CLASS_MIN } from '../../rules/trademarks/nice-classes';

export interface RegistrationInput {
  country: string;
  number: string;
  niceClasses: number[];
  status: RegistrationStatus;
}

export interface RenderingInput {
  kind: RenderingKind;
  text: string;
  language: string;
}

export interface ConsentInput {
  party: PartyCode;
  documentRef: string;
  givenOn: string;
}

export interface NewMark {
  text: string;
  logoRef?: string | null;
  language: string;
  protectionBasis: ProtectionBasis;
  designatedOn?: string | null;
  designationRef?: string | null;
  registrations?: RegistrationInput[] | null;
  renderings?: RenderingInput[] | null;
  consent?: ConsentInput | null;
  idempotencyKey?: string | null;
}

const COUNTRY = /^[A-Z]{2}$/;

/** The columns a comparable text is stored with (rules/trademarks/mark-form.ts). */
export function matchColumns(field: string, text: string) {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 100) {
    throw new BadInputError(field, 'must be 1 to 100 characters');
  }
  const form = markForm(trimmed);
  if (form.key === '') throw new BadInputError(field, 'must contain letters or Chinese characters');
  return {
    text: trimmed,
    script: form.script,
    letters: form.letters,
    matchKey: form.key,
    skeleton: form.skeleton,
    tokens: form.tokens,
  };
}

export function niceClassesOf(field: string, classes: readonly number[]): number[] {
  classes.forEach((c, i) => {
    if (!Number.isInteger(c) || c < NICE_CLASS_MIN || c > NICE_CLASS_MAX) {
      throw new BadInputError(`${field}[${i}]`, 'must be a Nice class from 1 to 45');
    }
  });
  return [...new Set(classes)].sort((a, b) => a - b);
}

export function validRegistration(field: string, input: RegistrationInput) {
  const country = input.country.trim().toUpperCase();
  if (!COUNTRY.test(country)) {
    throw new BadInputError(`${field}.country`, 'must be an ISO 3166-1 alpha-2 code');
  }
  const number = input.number.trim();
  if (number === '') throw new BadInputError(`${field}.number`, 'must not be blank');
  if (input.niceClasses.length === 0) {
    throw new BadInputError(`${field}.niceClasses`, 'name at least one Nice class');
  }
  return {
    country,
    number,
    niceClasses: niceClassesOf(`${field}.niceClasses`, input.niceClasses),
    status: input.status,
  };
}

/** The mark's own fields, checked; the owner is the caller's party. */
export function validMark(owner: PartyCode, input: NewMark) {
  const language = input.language.trim();
  if (language === '') throw new BadInputError('language', 'must not be blank');
  const designatedOn = input.designatedOn
    ? assertIsoDate({ field: 'designatedOn', value: input.designatedOn })
    : null;
  const designationRef = input.designationRef?.trim() || null;
  if (input.protectionBasis === 'EXHIBIT_B' && owner !== 'VALENCE') {
    // TIC 5.2, 10.4: Exhibit B lists the trademarks owned by Valence.
    throw new BadInputError(
      'protectionBasis',
      'Exhibit B lists Valence marks only (TIC 5.2, 10.4)',
    );
  }
  if (input.protectionBasis !== 'EXHIBIT_B' && (!designatedOn || !designationRef)) {
    throw new BadInputError(
      designatedOn ? 'designationRef' : 'designatedOn',
      'a mark designated in writing names the writing and its date (TIC 10.4)',
    );
  }
  const consent = input.consent
    ? {
        consentParty: input.consent.party,
        consentRef: input.consent.documentRef.trim(),
        consentOn: assertIsoDate({ field: 'consent.givenOn', value: input.consent.givenOn }),
      }
    : { consentParty: null, consentRef: null, consentOn: null };
  if (input.consent && consent.consentRef === '') {
    throw new BadInputError('consent.documentRef', 'must name the written consent');
  }
  return {
    ...matchColumns('text', input.text),
    logoRef: input.logoRef?.trim() || null,
    language,
    ownerParty: owner,
    protectionBasis: input.protectionBasis,
    designatedOn,
    designationRef,
    ...consent,
  };
}
