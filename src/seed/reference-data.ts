/**
 * What the seed loads, taken from the contracts themselves: the parties as the TIC
 * preamble and JVC Art. 1 name them, and the two signed contracts.
 */
import type { ContractKind, ContractPartyRole } from '../domain/contracts';
import type { PartyCode, Role } from '../domain/parties';
import { ROLES } from '../domain/parties';

export const PARTIES: ReadonlyArray<{
  code: PartyCode;
  legalName: string;
  shortName: string;
  country: string;
  address: string;
}> = [
  {
    code: 'VALENCE',
    legalName: 'Valence Technology, Inc.',
    shortName: 'Valence',
    country: 'US',
    // TIC preamble 1); JVC Art. 1(2)
    address: '301 Conestoga Way, Henderson, Nevada 89015, USA',
  },
  {
    code: 'FENGFAN',
    legalName: 'Baoding Fengfan Group Limited Liability Company',
    shortName: 'Fengfan',
    country: 'CN',
    // TIC preamble 2); JVC Art. 1(1)
    address: 'No. 8 Fuchang Road, Baoding City, Hebei Province, PRC',
  },
  {
    code: 'JV',
    legalName: 'Baoding Fengfan-Valence Battery Co., Ltd.',
    shortName: 'the Licensee',
    country: 'CN',
    // TIC preamble 3)
    address:
      'Baoding National High Technology Industrial Development Zone, Baoding City, Hebei Province, PRC',
  },
];

export interface SeedContract {
  code: 'TIC' | 'JVC';
  title: string;
  kind: ContractKind;
  file: string;
  parentCode: 'JVC' | null;
  signedOn: string;
  /** The article recording the signature, cited by the DRAFT → SIGNED status change. */
  signatureArticle: string;
  termYears: number;
  governingLaw: string;
  forum: string;
  parties: ReadonlyArray<{ party: PartyCode; role: ContractPartyRole }>;
}

export const CONTRACTS: readonly SeedContract[] = [
  {
    code: 'JVC',
    title: 'Joint Venture Contract',
    kind: 'JOINT_VENTURE_CONTRACT',
    file: 'joint-venture-contract.txt',
    parentCode: null,
    // The signature block: "signed ... in Baoding ... on November 8, 2002".
    signedOn: '2002-11-08',
    signatureArticle: 'JVC signature block; JVC Art. 124',
    termYears: 50, // JVC Art. 103, from the Establishment Date
    governingLaw: "Published laws of the People's Republic of China (JVC Art. 118)",
    forum:
      'Arbitration in Singapore under the SIAC rules, three arbitrators, after 60 days of consultation (JVC Art. 116, 117)',
    parties: [
      { party: 'FENGFAN', role: 'PARTY_A' },
      { party: 'VALENCE', role: 'PARTY_B' },
      // The JVC constitutes the JV company (JVC Art. 13, 23), which reads it as its charter.
      { party: 'JV', role: 'JOINT_VENTURE_COMPANY' },
    ],
  },
  {
    code: 'TIC',
    title: 'Contract for Technology Investment',
    kind: 'TECHNOLOGY_INVESTMENT',
    file: 'technology-investment-contract.txt',
    // "APPENDIX 2" of the JVC (JVC Art. 18, 128).
    parentCode: 'JVC',
    signedOn: '2003-07-08',
    signatureArticle: 'TIC preamble; TIC 13.6',
    termYears: 10, // TIC 11.1, from the Effective Date
    governingLaw:
      'Laws of the State of California, excluding its conflict rules; the CISG disclaimed (TIC 13.4)',
    forum:
      'Arbitration in Singapore under the SIAC rules, three arbitrators, in English (TIC 13.4)',
    parties: [
      { party: 'VALENCE', role: 'LICENSOR' },
      { party: 'FENGFAN', role: 'PARTY' },
      { party: 'JV', role: 'LICENSEE' },
    ],
  },
];

/** One demo user per party and role, for development sign-in; never a real person. */
export const DEMO_USERS: ReadonlyArray<{
  email: string;
  displayName: string;
  party: PartyCode;
  roles: Role[];
}> = PARTIES.flatMap((party) =>
  ROLES.map((role) => ({
    email: `${role.toLowerCase()}@${party.code.toLowerCase()}.demo`,
    displayName: `${party.shortName === 'the Licensee' ? 'JV' : party.shortName} ${role.toLowerCase()} (demo)`,
    party: party.code,
    roles: [role],
  })),
);

/** The demo parties' e-mail domains: reserved names (RFC 2606, `.demo`) that reach nobody. */
export const DEMO_DOMAINS: Record<PartyCode, readonly string[]> = {
  VALENCE: ['valence.demo', 'valence.example'],
  FENGFAN: ['fengfan.demo', 'fengfan.example'],
  JV: ['jv.demo', 'jv.example'],
};
