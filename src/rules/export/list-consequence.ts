/**
 * What a match on each list of the Consolidated Screening List means (DOMAIN.md, "A hit means
 * what its list means"). The CSL's `source` column names the list; each list carries its own
 * legal consequence:
 * - STOP: no export may go ahead with the party (Denied Persons, SDN, Foreign Sanctions Evaders);
 * - LICENSE_REQUIRED: a licence is required for the items the entry names (Entity List,
 *   Military End-User List);
 * - REVIEW: a person must act before the export (Unverified List: a UVL statement; menu-based
 *   and State nonproliferation sanctions: which measures were imposed); also any source this
 *   table does not know;
 * - FINDING: recorded for the reviewer, not an export prohibition (OFAC's investment and
 *   financial lists, State's ITAR debarment), whether the match is exact or fuzzy.
 */
export type ListConsequenceKind = 'STOP' | 'LICENSE_REQUIRED' | 'REVIEW' | 'FINDING';

export interface ListConsequence {
  /** The list's code as the CSL writes it ('EL', 'NS-MBS'), or 'UNKNOWN'. */
  listCode: string;
  listName: string;
  agency: string;
  programme: string;
  consequence: ListConsequenceKind;
  citation: string;
  explanation: string;
}

type KnownList = Omit<ListConsequence, 'listCode'> & { source: string };

/** Every `source` value the Consolidated Screening List uses (as published 2022-05 and 2023-11). */
const LISTS: Record<string, KnownList> = {
  DPL: {
    source: 'Denied Persons List (DPL) - Bureau of Industry and Security',
    listName: 'Denied Persons List',
    agency: 'Commerce (BIS)',
    programme: 'Denial of export privileges (15 C.F.R. Part 764; Part 766 orders)',
    consequence: 'STOP',
    citation: '15 C.F.R. 764.3(a)(2) and 736.2(b)(4) (General Prohibition Four)',
    explanation:
      'A denial order is in force: no one may take part in an export, reexport or transfer of ' +
      'items subject to the EAR with the denied person. No licence or exception applies',
  },
  EL: {
    source: 'Entity List (EL) - Bureau of Industry and Security',
    listName: 'Entity List',
    agency: 'Commerce (BIS)',
    programme: 'Entity List (15 C.F.R. 744.11, Supp. No. 4 to Part 744)',
    consequence: 'LICENSE_REQUIRED',
    citation: '15 C.F.R. 744.11 and Supp. No. 4 to Part 744',
    explanation:
      'A licence is required for the items the entry names (its licence requirement, often all ' +
      'items subject to the EAR), reviewed under the policy the entry states (often a ' +
      'presumption of denial); licence exceptions are mostly unavailable',
  },
  UVL: {
    source: 'Unverified List (UVL) - Bureau of Industry and Security',
    listName: 'Unverified List',
    agency: 'Commerce (BIS)',
    programme: 'Unverified List (15 C.F.R. 744.15, Supp. No. 6 to Part 744)',
    consequence: 'REVIEW',
    citation: '15 C.F.R. 744.15 and Supp. No. 6 to Part 744',
    explanation:
      'No licence exception may be used, and a UVL statement from the listed party must be ' +
      'obtained before any export for which no licence is required; not an automatic stop',
  },
  MEU: {
    source: 'Military End User (MEU) List - Bureau of Industry and Security',
    listName: 'Military End-User List',
    agency: 'Commerce (BIS)',
    programme: 'Military end use and end user rule (15 C.F.R. 744.21, Supp. No. 7 to Part 744)',
    consequence: 'LICENSE_REQUIRED',
    citation: '15 C.F.R. 744.21(b) and Supp. No. 7 to Part 744 (items: Supp. No. 2 to Part 744)',
    explanation:
      'A licence is required for items listed in Supplement No. 2 to Part 744 when the listed ' +
      'military end user is a party, reviewed with a presumption of denial (744.21(e))',
  },
  SDN: {
    source: 'Specially Designated Nationals (SDN) - Treasury Department',
    listName: 'Specially Designated Nationals and Blocked Persons List',
    agency: 'Treasury (OFAC)',
    programme: 'OFAC sanctions programme(s) named in the entry',
    consequence: 'STOP',
    citation: '31 C.F.R. Chapter V; 15 C.F.R. 744.8',
    explanation:
      "The party's property and interests in property are blocked: U.S. persons may not deal " +
      'with it, directly or indirectly',
  },
  FSE: {
    source: 'Foreign Sanctions Evaders (FSE) - Treasury Department',
    listName: 'Foreign Sanctions Evaders List',
    agency: 'Treasury (OFAC)',
    programme: 'E.O. 13608 (foreign sanctions evaders)',
    consequence: 'STOP',
    citation: 'E.O. 13608 § 1; 31 C.F.R. Chapter V',
    explanation:
      'Not a blocking, but all transactions involving the listed person in goods, services or ' +
      'technology provided by or to U.S. persons are prohibited, which includes an export of ' +
      "Valence's Technology",
  },
  SSI: {
    source: 'Sectoral Sanctions Identifications List (SSI) - Treasury Department',
    listName: 'Sectoral Sanctions Identifications List',
    agency: 'Treasury (OFAC)',
    programme: 'Directives under E.O. 13662 (Russia-related sectoral sanctions)',
    consequence: 'FINDING',
    citation: '31 C.F.R. Part 589; E.O. 13662 Directives 1–4',
    explanation:
      'Restrictions on new debt, equity and certain energy projects named in the directives, not ' +
      'an export prohibition: a finding for the reviewer',
  },
  PLC: {
    source: 'Palestinian Legislative Council List (PLC) - Treasury Department',
    listName: 'Non-SDN Palestinian Legislative Council List',
    agency: 'Treasury (OFAC)',
    programme: 'NS-PLC',
    consequence: 'FINDING',
    citation: '31 C.F.R. Chapter V (NS-PLC)',
    explanation:
      'Restrictions on financial transactions with the listed members, not an export ' +
      'prohibition: a finding for the reviewer',
  },
  CAP: {
    source: 'Capta List (CAP) - Treasury Department',
    listName: 'Correspondent Account or Payable-Through Account Sanctions (CAPTA) List',
    agency: 'Treasury (OFAC)',
    programme: 'CAPTA',
    consequence: 'FINDING',
    citation: '31 C.F.R. Chapter V (CAPTA)',
    explanation:
      'Restrictions on U.S. correspondent and payable-through accounts of the listed bank, not an ' +
      'export prohibition: a finding for the reviewer',
  },
  'NS-MBS': {
    source: 'Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department',
    listName: 'Non-SDN Menu-Based Sanctions List',
    agency: 'Treasury (OFAC)',
    programme: 'Menu-based sanctions (measures chosen per entry)',
    consequence: 'REVIEW',
    citation: '31 C.F.R. Chapter V (NS-MBS)',
    explanation:
      'The measures imposed are chosen from a menu per entry and can include a ban on export ' +
      'licences to the party: the reviewer must read which measures apply',
  },
  CMIC: {
    source:
      'Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department',
    listName: 'Non-SDN Chinese Military-Industrial Complex Companies List',
    agency: 'Treasury (OFAC)',
    programme: 'E.O. 13959 as amended by E.O. 14032 (CMIC)',
    consequence: 'FINDING',
    citation: 'E.O. 13959, E.O. 14032; 31 C.F.R. Part 586',
    explanation:
      'Restrictions on U.S. persons buying or selling publicly traded securities of the company, ' +
      'not an export prohibition: a finding for the reviewer',
  },
  DTC: {
    source: 'ITAR Debarred (DTC) - State Department',
    listName: 'ITAR Debarred Parties',
    agency: 'State (DDTC)',
    programme: 'ITAR debarment (22 C.F.R. 127.7)',
    consequence: 'FINDING',
    citation: '22 C.F.R. 127.7',
    explanation:
      'Debarred from participating in exports of defense articles and services under the ITAR; ' +
      'not an EAR prohibition: a finding for the reviewer',
  },
  ISN: {
    source: 'Nonproliferation Sanctions (ISN) - State Department',
    listName: 'Nonproliferation Sanctions',
    agency: 'State (ISN)',
    programme: 'Nonproliferation sanctions programme(s) named in the entry',
    consequence: 'REVIEW',
    citation: 'State Department nonproliferation sanctions (programme named in the entry)',
    explanation:
      'Sanctions imposed under the nonproliferation statute or order the entry names (e.g. ' +
      'INKSNA, E.O. 13382, the CBW Act), whose measures can include a ban on U.S. export ' +
      'licences and government procurement: a reviewer must read which apply before the export',
  },
};

const normalise = (value: string) => value.replace(/\s+/g, ' ').trim().toLowerCase();
const BY_SOURCE = new Map(
  Object.entries(LISTS).map(([code, list]) => [normalise(list.source), code]),
);

/** Every CSL `source` value this table knows, with its list code. */
export const KNOWN_SOURCES: ReadonlyArray<{ listCode: string; source: string }> = Object.entries(
  LISTS,
).map(([listCode, list]) => ({ listCode, source: list.source }));

/**
 * The consequence of a screening hit on the list named by a CSL `source` value (spacing and case
 * forgiven). A source the table does not know is REVIEW: its meaning must be read.
 */
export function listConsequence({ source }: { source: string }): ListConsequence {
  const code = BY_SOURCE.get(normalise(source));
  if (code === undefined) {
    return {
      listCode: 'UNKNOWN',
      listName: source.trim() || '(no source)',
      agency: 'unknown',
      programme: 'unknown',
      consequence: 'REVIEW',
      citation: '15 C.F.R. Part 744; 31 C.F.R. Chapter V',
      explanation:
        'The list is not one this check knows: its legal consequence must be read before the ' +
        'export goes ahead',
    };
  }
  const { source: _source, ...list } = LISTS[code];
  return { listCode: code, ...list };
}
