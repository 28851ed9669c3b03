import type { ResidencyStatus, TransferKind } from '../../domain/export';
import { BadInputError } from '../../errors';
import { assertIsoDate } from '../iso-date';
import { UNITED_STATES, assertDestination } from './destination';
import type { ExportFinding } from './types';

/**
 * The destination a transfer is an export to, which is the row of the Country Chart to read.
 * - EXPORT: an actual shipment or transmission out of the United States (15 C.F.R. 734.13(a)(1)).
 * - REEXPORT: from one foreign country to another (734.14(a)(1)).
 * - TRANSFER_IN_COUNTRY: a change of end use or end user within the same foreign country (734.16).
 * - RELEASE of technology or source code to a person (734.15): in the United States to a foreign
 *   person it is a deemed export, and abroad to a foreign person of another country a deemed
 *   reexport, in both cases "to the foreign person's most recent country of citizenship or
 *   permanent residency" (734.13(a)(2) and (b); 734.14(a)(2) and (b)). A release in the United
 *   States to a U.S. person (a citizen, a permanent resident or a protected individual, 772.1) is
 *   not an export (734.18(a)(2)). Releases that 734.20 excludes from deemed reexports are left to
 *   the reviewer.
 */
export type TransferInput =
  | { kind: 'EXPORT'; to: string }
  | { kind: 'REEXPORT'; from: string; to: string }
  | { kind: 'TRANSFER_IN_COUNTRY'; within: string }
  | { kind: 'RELEASE'; releasedIn: string; recipient: Recipient };

export type { ResidencyStatus };

export interface Recipient {
  statuses: readonly ResidencyStatus[];
  /** A protected individual under 8 U.S.C. 1324b(a)(3) (a U.S. person, 772.1). */
  protectedIndividual?: boolean;
}

export type { TransferKind };

export interface EffectiveDestination {
  kind: TransferKind;
  /** The destination for the Country Chart; null when the transfer is not an export. */
  destination: string | null;
  citation: string;
  finding: ExportFinding;
}

function result(
  kind: TransferKind,
  destination: string | null,
  citation: string,
  message: string,
): EffectiveDestination {
  return {
    kind,
    destination,
    citation,
    finding: {
      step: 'DESTINATION',
      code: `TRANSFER_${kind}`,
      status: 'INFO',
      effect: 'NONE',
      citation,
      message,
    },
  };
}

/** The person's most recent country of citizenship or permanent residency. */
export function mostRecentCountry({ recipient }: { recipient: Recipient }): string {
  const statuses = recipient.statuses.map((status, i) => ({
    country: assertDestination({
      field: `recipient.statuses[${i}].country`,
      value: status.country,
    }),
    since: assertIsoDate({ field: `recipient.statuses[${i}].since`, value: status.since }),
  }));
  if (statuses.length === 0) {
    throw new BadInputError(
      'recipient.statuses',
      'a release needs the recipient’s countries of citizenship or permanent residency',
    );
  }
  const latest = statuses.reduce((max, s) => (s.since > max ? s.since : max), statuses[0].since);
  const countries = [...new Set(statuses.filter((s) => s.since === latest).map((s) => s.country))];
  if (countries.length > 1) {
    throw new BadInputError(
      'recipient.statuses',
      `${countries.join(' and ')} were both acquired on ${latest}: say which is the most recent`,
    );
  }
  return countries[0];
}

/** Whether the recipient is a U.S. person: a U.S. citizen, permanent resident or protected individual. */
export function isUsPerson({ recipient }: { recipient: Recipient }): boolean {
  return (
    recipient.protectedIndividual === true ||
    recipient.statuses.some((s) => s.country.trim().toUpperCase() === UNITED_STATES)
  );
}

/** The kind of a transfer and the destination whose chart row governs it. */
export function effectiveDestination(input: TransferInput): EffectiveDestination {
  switch (input.kind) {
    case 'EXPORT': {
      const to = assertDestination({ field: 'to', value: input.to });
      if (to === UNITED_STATES) throw new BadInputError('to', 'an export leaves the United States');
      return result(
        'EXPORT',
        to,
        '15 C.F.R. 734.13(a)(1)',
        `An export from the United States to ${to}`,
      );
    }
    case 'REEXPORT': {
      const from = assertDestination({ field: 'from', value: input.from });
      const to = assertDestination({ field: 'to', value: input.to });
      if (from === UNITED_STATES) {
        throw new BadInputError('from', 'a shipment from the United States is an export');
      }
      if (from === to) {
        throw new BadInputError(
          'to',
          'a reexport goes to another country: use TRANSFER_IN_COUNTRY',
        );
      }
      if (to === UNITED_STATES) {
        return result(
          'NOT_AN_EXPORT',
          null,
          '15 C.F.R. 734.14(a)(1)',
          `A shipment from ${from} to the United States is not a reexport`,
        );
      }
      return result('REEXPORT', to, '15 C.F.R. 734.14(a)(1)', `A reexport from ${from} to ${to}`);
    }
    case 'TRANSFER_IN_COUNTRY': {
      const within = assertDestination({ field: 'within', value: input.within });
      if (within === UNITED_STATES) {
        throw new BadInputError('within', 'a transfer (in-country) happens in a foreign country');
      }
      return result(
        'TRANSFER_IN_COUNTRY',
        within,
        '15 C.F.R. 734.16',
        `A transfer (in-country): a change of end use or end user within ${within}`,
      );
    }
    case 'RELEASE':
      return release(input.releasedIn, input.recipient);
  }
}

function release(releasedInValue: string, recipient: Recipient): EffectiveDestination {
  const releasedIn = assertDestination({ field: 'releasedIn', value: releasedInValue });
  const usPerson = isUsPerson({ recipient });
  if (releasedIn === UNITED_STATES) {
    if (usPerson) {
      return result(
        'NOT_AN_EXPORT',
        null,
        '15 C.F.R. 734.18(a)(2) and 772.1 ("U.S. person")',
        'A release in the United States to a U.S. person (citizen, permanent resident or ' +
          'protected individual) is not an export',
      );
    }
    const country = mostRecentCountry({ recipient });
    return result(
      'DEEMED_EXPORT',
      country,
      '15 C.F.R. 734.13(a)(2) and (b)',
      `A release of technology or source code in the United States to a foreign person is a ` +
        `deemed export to the person's most recent country of citizenship or permanent ` +
        `residency: ${country}`,
    );
  }
  const country = usPerson ? releasedIn : mostRecentCountry({ recipient });
  if (country === releasedIn) {
    return result(
      'TRANSFER_IN_COUNTRY',
      releasedIn,
      '15 C.F.R. 734.14(b), 734.16 and 734.18(a)(3)',
      `A release in ${releasedIn} to a person of that country (or a U.S. person) is not a deemed ` +
        `reexport; it is governed as a transfer within ${releasedIn}`,
    );
  }
  return result(
    'DEEMED_REEXPORT',
    country,
    '15 C.F.R. 734.14(a)(2) and (b)',
    `A release of technology or source code in ${releasedIn} to a foreign person of another ` +
      `country is a deemed reexport to the person's most recent country of citizenship or ` +
      `permanent residency: ${country} (unless § 734.20 applies)`,
  );
}
