import type { ContractStatus } from '../../domain/contracts';
import type { ReviewOutcome } from '../../domain/export';
import type {
  ConditionStatus,
  SublicenseCondition,
  SublicensePurpose,
  SublicenseStatus,
  SublicenseVerdict,
  SupplyRecipient,
} from '../../domain/suppliers';
import { listConsequence } from '../export/list-consequence';
import { AFFILIATE_ARTICLE, type AffiliationResult } from './affiliation';

/** The facts one check reads, loaded by the service; nothing else is consulted. */
export interface SublicenseFacts {
  asOf: string;
  supplier: string;
  sublicense: {
    status: SublicenseStatus;
    suspendedReason: string | null;
    validFrom: string | null;
    validTo: string | null;
    purpose: SublicensePurpose;
    purposeText: string;
    materials: ReadonlyArray<{ material: string; recipients: readonly SupplyRecipient[] }>;
    agreementExecutedOn: string | null;
    documentReference: string | null;
    documentSha256: string | null;
    noFurtherSublicensing: boolean | null;
    noPowderOffer: boolean | null;
    valenceTerms: boolean | null;
    confidentialityUndertaking: boolean | null;
  };
  /** The underlying TIC; null when there is none on record. */
  licence: {
    status: ContractStatus;
    effectiveOn: string | null;
    terminatedOn: string | null;
    expiresOn: string | null;
  } | null;
  affiliation: AffiliationResult;
  /** Technology and confidential items transferred, each with what the release gate said. */
  transfers: ReadonlyArray<{
    description: string;
    gatePassed: boolean;
    gateCheckId: string | null;
    gateReason: string;
  }>;
  screening: {
    /** The day of the supplier's latest screening; null when never screened. */
    screenedOn: string | null;
    names: readonly string[];
    /** Why the list cannot be relied on (none, or stale); null when it can. */
    listProblem: string | null;
    /** The latest screening was against the list in use now. */
    onCurrentList: boolean;
    hits: ReadonlyArray<{
      source: string;
      entryId: string;
      entryName: string;
      matchedName: string;
      screenedName: string;
      review: ReviewOutcome | null;
    }>;
  };
}

export interface ConditionFinding {
  condition: SublicenseCondition;
  article: string;
  status: ConditionStatus;
  message: string;
}

export interface SublicenseCheck {
  verdict: SublicenseVerdict;
  findings: ConditionFinding[];
}

/**
 * Whether a supplier sublicence is valid on `asOf`, one finding per condition of TIC 2.1(iii),
 * 2.4, 2.6, 5.6, 8.1 and 12.2 (DOMAIN.md "Sublicensed suppliers"): INVALID when any condition
 * fails; NEEDS_REVIEW when none fails but a fact needed to judge one is missing (a term not
 * recorded, an agreement without its document, no owner on record, an unreviewed screening
 * match, Technology transferred with no export check found); VALID otherwise.
 */
export function checkSublicense(facts: SublicenseFacts): SublicenseCheck {
  const findings: ConditionFinding[] = [
    licenceInForce(facts),
    sublicenceInEffect(facts),
    purpose(facts),
    recipients(facts),
    writtenAgreement(facts),
    term(
      facts,
      'NO_FURTHER_SUBLICENSING',
      'TIC 2.4',
      facts.sublicense.noFurtherSublicensing,
      'has no right to sublicense the Proprietary Rights or the Technology further',
    ),
    term(
      facts,
      'NO_POWDER_OFFER',
      'TIC 2.4; JVC Art. 47',
      facts.sublicense.noPowderOffer,
      'may not offer Powder(P1a) or Powder(LVP) for sale to Third Parties or to Fengfan',
    ),
    term(
      facts,
      'VALENCE_TERMS',
      'TIC 5.6',
      facts.sublicense.valenceTerms,
      'gives Valence the same terms as TIC 5.6, including the indemnity',
    ),
    term(
      facts,
      'CONFIDENTIALITY',
      'TIC 8.1',
      facts.sublicense.confidentialityUndertaking,
      'has executed a confidentiality undertaking',
    ),
    affiliate(facts),
    exportControl(facts),
    screening(facts),
  ];
  const verdict: SublicenseVerdict = findings.some((f) => f.status === 'FAIL')
    ? 'INVALID'
    : findings.some((f) => f.status === 'UNKNOWN')
      ? 'NEEDS_REVIEW'
      : 'VALID';
  return { verdict, findings };
}

const finding = (
  condition: SublicenseCondition,
  article: string,
  status: ConditionStatus,
  message: string,
): ConditionFinding => ({ condition, article, status, message });

function licenceInForce({ asOf, licence }: SublicenseFacts): ConditionFinding {
  const at = (status: ConditionStatus, message: string) =>
    finding('LICENCE_IN_FORCE', 'TIC 2.6, 11.1', status, message);
  if (!licence) return at('UNKNOWN', 'No TIC is on record: the licence cannot be judged');
  const lapse = 'every sublicence lapses with the licence, TIC 2.6';
  if (licence.terminatedOn !== null && licence.terminatedOn <= asOf) {
    return at('FAIL', `The TIC was terminated on ${licence.terminatedOn}: ${lapse}`);
  }
  // A termination without a recorded date counts from always; with one, from that day.
  if (licence.status === 'TERMINATED' && licence.terminatedOn === null) {
    return at('FAIL', `The TIC is terminated: ${lapse}`);
  }
  if (licence.effectiveOn === null || asOf < licence.effectiveOn) {
    return at(
      'FAIL',
      `The TIC has not taken effect on ${asOf}: the licence, and any sublicence under it, commences on the Effective Date, TIC 2.6`,
    );
  }
  if (licence.status === 'EXPIRED' || (licence.expiresOn !== null && asOf > licence.expiresOn)) {
    return at(
      'FAIL',
      `The TIC's term ended on ${licence.expiresOn ?? 'its expiry'} (TIC 11.1): ${lapse}`,
    );
  }
  return at(
    'PASS',
    `The TIC is in force on ${asOf} (effective ${licence.effectiveOn}${licence.expiresOn ? `, until ${licence.expiresOn}` : ''}), and the Licensee is the sublicensor`,
  );
}

function sublicenceInEffect({ asOf, supplier, sublicense: s }: SublicenseFacts): ConditionFinding {
  const at = (status: ConditionStatus, message: string) =>
    finding('SUBLICENCE_IN_EFFECT', 'TIC 2.4', status, message);
  if (s.status === 'DRAFT') return at('FAIL', `The sublicence to ${supplier} is still a draft`);
  if (s.status === 'SUSPENDED') {
    return at(
      'FAIL',
      `The sublicence to ${supplier} is suspended${s.suspendedReason ? `: ${s.suspendedReason}` : ''}`,
    );
  }
  if (s.status === 'TERMINATED') return at('FAIL', `The sublicence to ${supplier} is terminated`);
  if (s.validFrom !== null && asOf < s.validFrom) {
    return at('FAIL', `The sublicence to ${supplier} takes effect only on ${s.validFrom}`);
  }
  if (s.validTo !== null && asOf > s.validTo) {
    return at('FAIL', `The sublicence to ${supplier} lapsed after ${s.validTo}`);
  }
  return at(
    'PASS',
    `The sublicence to ${supplier} is active on ${asOf}${s.validTo ? ` (until ${s.validTo})` : ''}`,
  );
}

function purpose({ supplier, sublicense: s }: SublicenseFacts): ConditionFinding {
  const at = (status: ConditionStatus, message: string) =>
    finding('PURPOSE', 'TIC 2.1(iii)', status, message);
  if (s.purpose !== 'SUPPLY_MATERIALS_FOR_PRODUCTS') {
    return at(
      'FAIL',
      `The sublicence to ${supplier} is for another purpose ("${s.purposeText}"): a supplier may be sublicensed solely to provide materials to the Licensee for making Products, TIC 2.1(iii)`,
    );
  }
  if (s.materials.length === 0) {
    return at(
      'FAIL',
      `The sublicence to ${supplier} names no materials: its sole purpose must be to supply materials for Products, TIC 2.1(iii)`,
    );
  }
  return at(
    'PASS',
    `${supplier} is sublicensed solely to supply ${s.materials.map((m) => m.material).join(', ')} for the Licensee's Products`,
  );
}

const RECIPIENT_WORDS: Record<SupplyRecipient, string> = {
  LICENSEE: 'the Licensee',
  VALENCE: 'Valence',
  FENGFAN: 'Fengfan',
  THIRD_PARTY: 'a Third Party',
};

function recipients({ supplier, sublicense: s }: SublicenseFacts): ConditionFinding {
  const at = (status: ConditionStatus, message: string) =>
    finding('SUPPLY_RECIPIENTS', 'TIC 2.4', status, message);
  const wrong = s.materials.flatMap((m) =>
    m.recipients
      .filter((r) => r !== 'LICENSEE' && r !== 'VALENCE')
      .map((r) => `${m.material} to ${RECIPIENT_WORDS[r]}`),
  );
  if (wrong.length > 0) {
    return at(
      'FAIL',
      `${supplier} supplies ${wrong.join(', ')}: suppliers are sublicensed to supply Valence and the Licensee only, TIC 2.4`,
    );
  }
  return at('PASS', `${supplier} supplies the Licensee and Valence only`);
}

function writtenAgreement({ asOf, supplier, sublicense: s }: SublicenseFacts): ConditionFinding {
  const at = (status: ConditionStatus, message: string) =>
    finding('WRITTEN_AGREEMENT', 'TIC 2.4', status, message);
  if (s.agreementExecutedOn === null || s.agreementExecutedOn > asOf) {
    return at(
      'FAIL',
      `${supplier} has not executed a written agreement by ${asOf}: a supplier must execute one consistent with the TIC, TIC 2.4`,
    );
  }
  if (!s.documentReference || !s.documentSha256) {
    return at(
      'UNKNOWN',
      `${supplier} executed its agreement on ${s.agreementExecutedOn}, but its ${!s.documentReference ? 'document reference' : 'SHA-256'} is not on record: the text cannot be verified`,
    );
  }
  return at(
    'PASS',
    `${supplier} executed the written agreement ${s.documentReference} on ${s.agreementExecutedOn} (SHA-256 ${s.documentSha256.slice(0, 12)}…)`,
  );
}

function term(
  { supplier }: SublicenseFacts,
  condition: SublicenseCondition,
  article: string,
  value: boolean | null,
  what: string,
): ConditionFinding {
  if (value === null) {
    return finding(
      condition,
      article,
      'UNKNOWN',
      `Not recorded whether the agreement says ${supplier} ${what} (${article})`,
    );
  }
  return value
    ? finding(condition, article, 'PASS', `The agreement says ${supplier} ${what}`)
    : finding(
        condition,
        article,
        'FAIL',
        `The agreement does not say ${supplier} ${what}, as ${article} requires`,
      );
}

function affiliate({ supplier, affiliation }: SublicenseFacts): ConditionFinding {
  const article = `TIC 2.4; ${AFFILIATE_ARTICLE}`;
  switch (affiliation.affiliation) {
    case 'NONE':
      return finding('NOT_FENGFAN_AFFILIATE', article, 'PASS', affiliation.message);
    case 'UNKNOWN':
      return finding('NOT_FENGFAN_AFFILIATE', article, 'UNKNOWN', affiliation.message);
    case 'IS_FENGFAN':
      return finding(
        'NOT_FENGFAN_AFFILIATE',
        article,
        'FAIL',
        `${supplier} is Fengfan: Fengfan may never be sublicensed, TIC 2.4`,
      );
    default:
      return finding(
        'NOT_FENGFAN_AFFILIATE',
        article,
        'FAIL',
        `${affiliation.message}: a Fengfan Affiliate may not be sublicensed, TIC 2.4`,
      );
  }
}

function exportControl({ supplier, transfers }: SublicenseFacts): ConditionFinding {
  const at = (status: ConditionStatus, message: string) =>
    finding('EXPORT_CONTROL', 'TIC 12.2', status, message);
  if (transfers.length === 0) {
    return at(
      'PASS',
      `No Technology or confidential information is recorded as transferred to ${supplier}`,
    );
  }
  const refused = transfers.filter((t) => !t.gatePassed && t.gateCheckId !== null);
  if (refused.length > 0) {
    return at(
      'FAIL',
      `${refused.map((t) => `"${t.description}"`).join(', ')} went to ${supplier} without a passing export check (${refused[0].gateReason}), TIC 12.2`,
    );
  }
  const unchecked = transfers.filter((t) => !t.gatePassed);
  if (unchecked.length > 0) {
    return at(
      'UNKNOWN',
      `No export check was found for ${unchecked.map((t) => `"${t.description}"`).join(', ')} transferred to ${supplier} (${unchecked[0].gateReason}): run one, TIC 12.2`,
    );
  }
  return at(
    'PASS',
    `Every transfer to ${supplier} (${transfers.length}) passed the release gate with an export check`,
  );
}

function screening({ supplier, screening: s }: SublicenseFacts): ConditionFinding {
  const article = 'TIC 12.2; 15 C.F.R. 744.11, 764.3';
  const at = (status: ConditionStatus, message: string) =>
    finding('SCREENING', article, status, message);
  if (s.screenedOn === null) return at('UNKNOWN', `${supplier} has never been screened`);
  if (s.listProblem !== null) return at('UNKNOWN', s.listProblem);
  if (!s.onCurrentList) {
    return at(
      'UNKNOWN',
      `${supplier} was screened on ${s.screenedOn} against an earlier list: re-screen it`,
    );
  }
  const describe = (h: SublicenseFacts['screening']['hits'][number]) => {
    const list = listConsequence({ source: h.source });
    return `"${h.screenedName}" matches ${list.listName} entry ${h.entryId} "${h.entryName}" (on "${h.matchedName}")`;
  };
  const confirmed = s.hits.filter((h) => h.review === 'CONFIRMED');
  const blocking = confirmed.filter((h) => {
    const kind = listConsequence({ source: h.source }).consequence;
    return kind === 'STOP' || kind === 'LICENSE_REQUIRED';
  });
  if (blocking.length > 0) {
    const list = listConsequence({ source: blocking[0].source });
    return at(
      'FAIL',
      `${supplier}: ${blocking.map(describe).join('; ')}, confirmed by a reviewer (${list.consequence}: ${list.explanation})`,
    );
  }
  const open = s.hits.filter(
    (h) =>
      h.review === null ||
      (h.review === 'CONFIRMED' && listConsequence({ source: h.source }).consequence === 'REVIEW'),
  );
  if (open.length > 0) {
    return at(
      'UNKNOWN',
      `${supplier}: ${open.map(describe).join('; ')}: a reviewer must clear or confirm it`,
    );
  }
  const cleared = s.hits.filter((h) => h.review === 'CLEARED').length;
  return at(
    'PASS',
    `${supplier} was screened under ${s.names.length} name(s) on ${s.screenedOn}: ${
      s.hits.length === 0 ? 'no match' : `${cleared} match(es) cleared by a reviewer, none open`
    }`,
  );
}
