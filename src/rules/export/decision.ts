import type { ExportDecision } from '../../domain/export';
import { BadInputError } from '../../errors';
import { assertIsoDate } from '../iso-date';
import { assertDestination } from './destination';
import { assertEccn, eccnFallsUnder } from './eccn';
import { normaliseName } from './screening-normalise';
import type { ExportFinding, ExportStep } from './types';

/**
 * The decision of an export check (TIC 4.1, 12.2; 15 C.F.R. Parts 730–774), from the findings of
 * its steps in the EAR's order: classification → destination → Country Chart → screening → end
 * use → licence on file.
 * - Any STOP (a denied or blocked party, an embargoed destination, a weapon end use TIC 12.2
 *   forbids) → PROHIBITED: no licence can cure it.
 * - Otherwise any REVIEW not resolved (a possible screening match nobody has cleared, a UVL
 *   statement not on file, a classification the chart cannot decide) → NEEDS_REVIEW.
 * - Otherwise any LICENSE_REQUIRED (an X in the chart, an Entity List or MEU party, an end-use
 *   red flag, the Russia/Belarus sanctions) → LICENSED when a licence on file covers the ECCN,
 *   the destination and the parties on the date, else LICENSE_REQUIRED.
 * - Otherwise NO_LICENSE_REQUIRED.
 * Licence exceptions (Part 740) are not evaluated: a transfer that needs a licence is
 * LICENSE_REQUIRED unless a licence is on file.
 */
export type { ExportDecision };

export const LICENCE_CITATION = '15 C.F.R. 750.7';

export interface LicenceOnFile {
  number: string;
  eccns: readonly string[];
  destinations: readonly string[];
  consignees: readonly string[];
  endUsers: readonly string[];
  validFrom: string;
  validTo: string;
}

export interface TransactionParty {
  name: string;
  /** RECIPIENT: the person technology is released to (a deemed export or reexport). */
  role: 'CONSIGNEE' | 'END_USER' | 'RECIPIENT';
}

export type LicenceGap =
  'NOT_YET_VALID' | 'EXPIRED' | 'ECCN_NOT_COVERED' | 'DESTINATION_NOT_COVERED' | 'PARTY_NOT_NAMED';

export interface LicenceCoverage {
  licence: string;
  covers: boolean;
  reasons: ReadonlyArray<{ code: LicenceGap; message: string }>;
  citation: string;
}

/**
 * The same name as screening reads it: case, punctuation, legal forms, abbreviations and word
 * order aside ("Co., Ltd." = "Company Limited"), every word must be there — a licence naming
 * "Baoding Fengfan" does not name "Baoding Fengfan Group".
 */
const nameKey = (name: string) => {
  const n = normaliseName({ name });
  return [...n.words].sort().join(' ') || n.normalised;
};
const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

const ROLE_WORDS: Record<TransactionParty['role'], string> = {
  CONSIGNEE: 'consignee',
  END_USER: 'end user',
  RECIPIENT: 'recipient of the release',
};

/**
 * Whether a licence authorises this transfer: in force on the date (valid from and to, both
 * inclusive), for the ECCN (the licence's ECCN or an entry above it: a licence for 3A001 covers
 * 3A001.e.1.b), for the destination, and naming every party in its role — the consignee, the end
 * user and, for a release of technology, the recipient. A licence authorises only the
 * transaction it describes and covers only the names it lists (15 C.F.R. 750.7(a)).
 */
export function licenceCovers({
  licence,
  eccn,
  destination,
  parties,
  on,
}: {
  licence: LicenceOnFile;
  eccn: string;
  destination: string;
  parties: readonly TransactionParty[];
  on: string;
}): LicenceCoverage {
  const item = assertEccn({ field: 'eccn', value: eccn });
  const to = assertDestination({ field: 'destination', value: destination });
  const day = assertIsoDate({ field: 'on', value: on });
  const from = assertIsoDate({ field: 'licence.validFrom', value: licence.validFrom });
  const until = assertIsoDate({ field: 'licence.validTo', value: licence.validTo });
  if (until < from) {
    throw new BadInputError('licence.validTo', `${until} is before validFrom ${from}`);
  }
  const reasons: Array<{ code: LicenceGap; message: string }> = [];
  if (day < from) {
    reasons.push({
      code: 'NOT_YET_VALID',
      message: `licence ${licence.number} is valid only from ${from}, after ${day}`,
    });
  }
  if (day > until) {
    reasons.push({
      code: 'EXPIRED',
      message: `licence ${licence.number} expired on ${until}, before ${day}`,
    });
  }
  const eccns = licence.eccns.map((e, i) => assertEccn({ field: `licence.eccns[${i}]`, value: e }));
  if (!eccns.some((pattern) => eccnFallsUnder({ designation: item, pattern }))) {
    reasons.push({
      code: 'ECCN_NOT_COVERED',
      message: `licence ${licence.number} covers ${eccns.join(', ') || 'no ECCN'}, not ${item}`,
    });
  }
  const destinations = licence.destinations.map((d, i) =>
    assertDestination({ field: `licence.destinations[${i}]`, value: d }),
  );
  if (!destinations.includes(to)) {
    reasons.push({
      code: 'DESTINATION_NOT_COVERED',
      message: `licence ${licence.number} is for ${destinations.join(', ') || 'no destination'}, not ${to}`,
    });
  }
  for (const party of parties) {
    // A deemed-export licence names the foreign person released to as its end user (or
    // consignee): either list names the recipient.
    const named =
      party.role === 'CONSIGNEE'
        ? licence.consignees
        : party.role === 'END_USER'
          ? licence.endUsers
          : [...licence.consignees, ...licence.endUsers];
    if (!named.some((name) => sameName(name, party.name))) {
      const role = ROLE_WORDS[party.role];
      reasons.push({
        code: 'PARTY_NOT_NAMED',
        message: `licence ${licence.number} does not name ${party.name} as ${role}`,
      });
    }
  }
  return {
    licence: licence.number,
    covers: reasons.length === 0,
    reasons,
    citation: LICENCE_CITATION,
  };
}

export interface ExportSteps {
  classification: readonly ExportFinding[];
  destination?: readonly ExportFinding[];
  chart: readonly ExportFinding[];
  screening: readonly ExportFinding[];
  endUse: readonly ExportFinding[];
}

export interface ExportDecisionResult {
  decision: ExportDecision;
  findings: readonly ExportFinding[];
  /** The number of the licence that covers the transfer, when LICENSED. */
  licence: string | null;
}

const ORDER: ReadonlyArray<[keyof ExportSteps, ExportStep]> = [
  ['classification', 'CLASSIFICATION'],
  ['destination', 'DESTINATION'],
  ['chart', 'COUNTRY_CHART'],
  ['screening', 'SCREENING'],
  ['endUse', 'END_USE'],
];

/**
 * Combines the steps' findings into the decision. `resolvedReviews` lists the codes of REVIEW
 * findings a reviewer has resolved (e.g. 'END_USE_MILITARY' once a military end use has been
 * looked into); they stay in the findings with no effect. Screening hits are resolved on the hit
 * itself (hit-findings.ts), never here.
 */
export function decideExport({
  steps,
  licences,
  transaction,
  resolvedReviews = [],
}: {
  steps: ExportSteps;
  licences: readonly LicenceOnFile[];
  transaction: {
    eccn: string;
    destination: string;
    parties: readonly TransactionParty[];
    on: string;
  };
  resolvedReviews?: readonly string[];
}): ExportDecisionResult {
  const findings: ExportFinding[] = [];
  for (const [key, step] of ORDER) {
    for (const finding of steps[key] ?? []) {
      if (finding.step !== step) {
        throw new Error(`decideExport: a ${finding.step} finding was given as ${step}`);
      }
      const resolved =
        finding.effect === 'REVIEW' &&
        step !== 'SCREENING' &&
        resolvedReviews.includes(finding.code);
      findings.push(
        resolved
          ? {
              ...finding,
              status: 'INFO',
              effect: 'NONE',
              message: `${finding.message} (resolved by the reviewer)`,
            }
          : finding,
      );
    }
  }
  const has = (effect: ExportFinding['effect']) => findings.some((f) => f.effect === effect);

  if (has('STOP')) {
    findings.push({
      step: 'LICENCE',
      code: 'LICENCE_NOT_APPLICABLE',
      status: 'INFO',
      effect: 'NONE',
      citation: LICENCE_CITATION,
      message: 'The transfer is prohibited: no licence on file can authorise it',
    });
    return { decision: 'PROHIBITED', findings, licence: null };
  }

  let covering: string | null = null;
  if (has('LICENSE_REQUIRED')) {
    const coverage = licences.map((licence) => licenceCovers({ licence, ...transaction }));
    const found = coverage.find((c) => c.covers);
    if (found) {
      covering = found.licence;
      findings.push({
        step: 'LICENCE',
        code: 'LICENCE_COVERS',
        status: 'PASS',
        effect: 'NONE',
        citation: LICENCE_CITATION,
        message: `Licence ${found.licence} covers ${transaction.eccn} to ${transaction.destination} for the parties on ${transaction.on}`,
      });
    } else if (coverage.length === 0) {
      findings.push({
        step: 'LICENCE',
        code: 'LICENCE_NONE_ON_FILE',
        status: 'FAIL',
        effect: 'LICENSE_REQUIRED',
        citation: LICENCE_CITATION,
        message:
          'A licence is required and none is on file (licence exceptions are not evaluated by ' +
          'this check; TIC 4.1: Valence obtains the U.S. export licences)',
      });
    } else {
      for (const c of coverage) {
        findings.push({
          step: 'LICENCE',
          code: `LICENCE_${c.reasons[0].code}`,
          status: 'FAIL',
          effect: 'LICENSE_REQUIRED',
          citation: LICENCE_CITATION,
          message: `Licence ${c.licence} does not cover the transfer: ${c.reasons.map((r) => r.message).join('; ')}`,
        });
      }
    }
  } else {
    findings.push({
      step: 'LICENCE',
      code: 'LICENCE_NOT_REQUIRED',
      status: 'PASS',
      effect: 'NONE',
      citation: LICENCE_CITATION,
      message: 'No step requires a licence',
    });
  }

  if (has('REVIEW')) return { decision: 'NEEDS_REVIEW', findings, licence: null };
  if (covering) return { decision: 'LICENSED', findings, licence: covering };
  return {
    decision: has('LICENSE_REQUIRED') ? 'LICENSE_REQUIRED' : 'NO_LICENSE_REQUIRED',
    findings,
    licence: null,
  };
}
