/**
 * The permission policy: for every query and mutation, which parties and which of their
 * roles may call it, and the article that justifies it. Deny by default: a root field with
 * no rule here cannot be called (see guard.ts), and test/schema/policy-coverage.test.ts
 * fails if one exists.
 */
import { ROLES, type PartyCode, type Role } from '../domain/parties';

export type Grants = Readonly<Record<PartyCode, readonly Role[]>>;

export interface Rule {
  grants: Grants;
  /** The article (or articles) the rule rests on, cited in every denial. */
  article: string;
  why: string;
}

const EVERY_ROLE = ROLES;
const everyParty = (roles: readonly Role[]): Grants => ({
  VALENCE: roles,
  FENGFAN: roles,
  JV: roles,
});

export const POLICY = {
  me: {
    grants: everyParty(EVERY_ROLE),
    article: 'TIC 8.1(ii)',
    why: 'every user may read their own identity, party and nondisclosure status',
  },
  readParties: {
    grants: everyParty(EVERY_ROLE),
    article: 'TIC preamble; JVC Art. 1',
    why: 'the three parties are named in both contracts',
  },
  readContracts: {
    grants: everyParty(EVERY_ROLE),
    article: 'TIC 13.10; JVC Art. 124',
    why: 'each party holds signed originals of the contracts it is a party to',
  },
  readUsers: {
    grants: everyParty(['ADMIN']),
    article: 'TIC 8.2',
    why: "each party secures its own employees' access; only its ADMIN sees its users",
  },
  manageUsers: {
    grants: everyParty(['ADMIN']),
    article: 'TIC 8.2',
    why: "each party's ADMIN manages its own party's users and nothing else",
  },
  readContractRecords: {
    grants: everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
    article: 'TIC 8.1(i); JVC Art. 96',
    why: 'key terms, notices, events and amendments go to those who need them for their work; VIEWER reads articles and deadlines only',
  },
  readDeadlines: {
    grants: everyParty(EVERY_ROLE),
    article: 'TIC 11.2; JVC Art. 104(2)',
    why: 'every user of a party may see what its party owes and is owed, and by when',
  },
  recordNotices: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 13.3; JVC Art. 127',
    why: "a party's LEGAL records the written notices its party sends, and their outcome",
  },
  recordEvents: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 6.3, 7.1; JVC Art. 35, 58',
    why: "a party's LEGAL records the events that start contractual deadlines",
  },
  manageObligations: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 13.7; JVC Art. 120',
    why: 'performance and express waivers are recorded by LEGAL; only a beneficiary waives',
  },
  disputeEvents: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 13.7; JVC Art. 120',
    why: "a party's LEGAL disputes an event the other side recorded to start a clock against it",
  },
  reviewPerformance: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 13.7; JVC Art. 120',
    why: "a beneficiary's LEGAL acknowledges or disputes the performance recorded for it",
  },
  amendContracts: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 13.8; JVC Art. 122',
    why: "an amendment is proposed and signed by each party's own LEGAL",
  },
  terminateContracts: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 11.1-11.3; JVC Art. 104, 105',
    why: 'termination is recorded by the LEGAL of a party to the contract',
  },
  settleBreaches: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 11.2; JVC Art. 104(2)',
    why: "the breaching party's LEGAL claims the cure; the non-breaching party's LEGAL accepts or disputes it",
  },
  agreeContinuation: {
    grants: { VALENCE: ['LEGAL'], FENGFAN: ['LEGAL'], JV: [] },
    article: 'JVC Art. 105',
    why: "each Party's LEGAL signs the written agreement to continue; the JV is not a Party to the JVC (JVC Art. 1)",
  },
  recordDissolution: {
    grants: { VALENCE: ['LEGAL'], FENGFAN: ['LEGAL'], JV: [] },
    article: 'JVC Art. 105',
    why: "a Party's LEGAL records the application to the Approval Authority and its approval",
  },
  agreeMutualTermination: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 11.1',
    why: "a mutual termination is proposed and signed by each party's own LEGAL, like an amendment",
  },
  recordInsolvency: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 11.3(a)',
    why: "a party's LEGAL records the Licensee's insolvency proceeding and its dismissal",
  },
  runExportChecks: {
    grants: everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
    article: 'TIC 12.2; 15 C.F.R. Parts 730-774',
    why: 'every party checks the transfers it makes (Fengfan and the JV must: TIC 12.2)',
  },
  readExportChecks: {
    grants: everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
    article: 'TIC 12.2; TIC 10.1',
    why: 'a party reads its own checks; Valence also those involving its Technology',
  },
  reviewScreeningMatches: {
    grants: everyParty(['COMPLIANCE']),
    article: 'TIC 12.2; 15 C.F.R. 744.11, 764.3',
    why: 'a compliance officer clears or confirms a possible restricted-party match',
  },
  revokeScreeningClearances: {
    grants: everyParty(['COMPLIANCE']),
    article: 'TIC 12.2; 15 C.F.R. 744.11, 764.3',
    why: "a compliance officer withdraws its own party's remembered clearance of a match",
  },
  screenNames: {
    grants: everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
    article: 'TIC 12.2; 15 C.F.R. 762.6',
    why: 'whoever checks a transfer may screen its parties first; every screening is kept as a record for five years',
  },
  readScreeningList: {
    grants: everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
    article: 'TIC 12.2',
    why: 'whoever runs checks must see which list they screen against and whether it is current',
  },
  classifyItems: {
    grants: { VALENCE: ['COMPLIANCE'], FENGFAN: [], JV: [] },
    article: 'TIC 4.1',
    why: 'Valence obtains the U.S. export approvals for what it delivers, so it classifies the items',
  },
  manageExportLicences: {
    grants: { VALENCE: ['COMPLIANCE'], FENGFAN: [], JV: [] },
    article: 'TIC 4.1',
    why: 'Valence obtains and keeps the U.S. export licences',
  },
  readExportControl: {
    grants: everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
    article: 'TIC 4.1; TIC 12.2; TIC 2.8',
    why: 'each party reads the classifications and licences that concern it (Fengfan: no Technology, TIC 2.8)',
  },
  readAuditEvents: {
    grants: everyParty(['ADMIN', 'LEGAL']),
    article: 'TIC 8.2',
    why: "a party's ADMIN and LEGAL review the record of what its users did",
  },
  // Confidential-information registers (issue 13): TIC Art. 8; JVC Chapter 17.
  readConfidentialItems: {
    grants: everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
    article: 'TIC 8.1; JVC Art. 96',
    why: "a party's users see what it disclosed; of what it received, LEGAL and COMPLIANCE see the summaries and ENGINEER the items it holds a need-to-know grant for (Fengfan never Valence's Technology, TIC 2.8)",
  },
  registerConfidentialItems: {
    grants: everyParty(['LEGAL', 'COMPLIANCE']),
    article: 'TIC 1.3; JVC Art. 96',
    why: 'the disclosing party records what it disclosed, and how it became confidential',
  },
  revealConfidentialContent: {
    grants: everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
    article: 'TIC 8.1(i), (ii)',
    why: 'protected content is read, with a stated purpose, by those who need it and have signed a nondisclosure agreement',
  },
  manageNeedToKnow: {
    grants: everyParty(['LEGAL', 'COMPLIANCE']),
    article: 'TIC 8.1(i); TIC 8.2',
    why: 'the receiving party decides which of its own staff need access to perform the contract, and secures it',
  },
  manageNdaForms: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 8.1(ii); JVC Art. 98',
    why: "a party's LEGAL registers the forms its staff sign; the disclosing party's LEGAL approves them",
  },
  recordNondisclosureAgreements: {
    grants: everyParty(['ADMIN', 'LEGAL']),
    article: 'TIC 8.1(ii); TIC 8.2',
    why: 'each party records the agreements its own staff executed',
  },
  requestDisclosures: {
    grants: everyParty(['LEGAL', 'COMPLIANCE']),
    article: 'TIC 8.1',
    why: "the receiving party asks for the disclosing party's prior written authorization",
  },
  decideDisclosures: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 8.1; TIC 2.8',
    why: "the disclosing party's LEGAL gives or withholds its written authorization",
  },
  recordCompelledDisclosures: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 8.3(d); JVC Art. 96',
    why: "the receiving party's LEGAL records a disclosure the law compels, with its prior notice",
  },
  claimExceptions: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 8.3(a)-(c); JVC Art. 96',
    why: "the receiving party's LEGAL claims an exception with its evidence",
  },
  decideExceptions: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 8.3(a)-(c); JVC Art. 96',
    why: "the disclosing party's LEGAL accepts or rejects a claimed exception",
  },
  readAccessLog: {
    grants: everyParty(['LEGAL', 'COMPLIANCE']),
    article: 'TIC 8.2',
    why: "the disclosing party's LEGAL and COMPLIANCE review every read of its information",
  },
  readNdaForms: {
    grants: everyParty(['ADMIN', 'LEGAL', 'COMPLIANCE']),
    article: 'TIC 8.1(ii); JVC Art. 98',
    why: 'those who record agreements, approve forms or check coverage see which forms exist and who approved them',
  },
  readNdaCoverage: {
    grants: everyParty(['LEGAL', 'COMPLIANCE']),
    article: 'TIC 8.1(ii); TIC 8.2; JVC Art. 98',
    why: "a party's LEGAL and COMPLIANCE check that its staff with access have signed",
  },
  // Trademark uses (issue 15)
  readTrademarks: {
    grants: everyParty(EVERY_ROLE),
    article: 'TIC 10.4; JVC Art. 50',
    why: "every party reads every party's marks: it must not register or use anything confusingly similar",
  },
  manageTrademarks: {
    grants: everyParty(['LEGAL']),
    article: 'TIC 10.4',
    why: "each party's LEGAL designates and registers its own marks in writing",
  },
  checkMarkConflicts: {
    grants: everyParty(['LEGAL', 'COMPLIANCE']),
    article: 'TIC 10.4; JVC Art. 50',
    why: 'LEGAL and COMPLIANCE check a proposed mark against the marks of the other parties before it is used',
  },
  readTrademarkLicences: {
    grants: everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
    article: 'JVC Art. 50',
    why: 'the licensor and the JV read the written trademark licences between them',
  },
  grantTrademarkLicences: {
    grants: { VALENCE: ['LEGAL'], FENGFAN: ['LEGAL'], JV: [] },
    article: 'JVC Art. 50',
    why: "a Party's LEGAL records the written trademark licence it signed with the JV",
  },
  requestTrademarkUses: {
    grants: { VALENCE: [], FENGFAN: [], JV: ['LEGAL'] },
    article: 'JVC Art. 50',
    why: "the JV's LEGAL asks to use a Party's mark under a licence",
  },
  decideTrademarkUses: {
    grants: { VALENCE: ['LEGAL'], FENGFAN: ['LEGAL'], JV: [] },
    article: 'JVC Art. 50; TIC 10.4',
    why: "the mark owner's LEGAL approves or rejects a use of its mark",
  },
  approveWarrantyTerms: {
    grants: { VALENCE: ['LEGAL'], FENGFAN: [], JV: [] },
    article: 'TIC 5.2',
    why: 'Valence approves the warranty terms of Licensee Batteries carrying its marks',
  },
  readTrademarkUses: {
    grants: everyParty(['LEGAL', 'COMPLIANCE', 'ENGINEER']),
    article: 'JVC Art. 50',
    why: "the JV and the mark's owner read the uses of the mark",
  },
  reportInfringements: {
    grants: { VALENCE: [], FENGFAN: ['LEGAL'], JV: ['LEGAL'] },
    article: 'TIC 5.3',
    why: "Fengfan's and the Licensee's LEGAL notify Valence in writing of an unauthorized use",
  },
  // Reminders and alerts (issue 16)
  readAlerts: {
    grants: everyParty(['ADMIN', 'LEGAL', 'COMPLIANCE']),
    article: 'TIC 8.1(i); JVC Art. 96',
    why: "the alerts raised for a party's deadlines, licenses and screening hits go to those who act on them, and to the ADMIN whose webhooks carry them",
  },
  manageWebhooks: {
    grants: everyParty(['ADMIN']),
    article: 'TIC 8.2',
    why: "a party's ADMIN decides where its party's alerts are sent, as it secures its users' access",
  },
  readWebhooks: {
    grants: everyParty(['ADMIN']),
    article: 'TIC 8.2',
    why: "a party's ADMIN sees its webhooks and every delivery attempt made to them",
  },
  runAlertScan: {
    grants: everyParty(['ADMIN']),
    article: 'TIC 11.2; JVC Art. 104(2)',
    why: 'any ADMIN may run the due-alert scan for today now; it raises each alert once, whoever runs it',
  },
  // Sublicensed suppliers (issue 14). Fengfan has no right to the Technology (TIC 2.8) and may
  // never be a sublicensee (TIC 2.4): no supplier-sublicence field is open to it.
  readSupplierSublicenses: {
    grants: {
      VALENCE: ['LEGAL', 'COMPLIANCE', 'ENGINEER'],
      FENGFAN: [],
      JV: ['LEGAL', 'COMPLIANCE', 'ENGINEER'],
    },
    article: 'TIC 2.4, 2.8; TIC 2.1(iii)',
    why: 'the Licensee sublicenses its suppliers and Valence licenses the Technology they receive: both read the register; Fengfan has no rights to the Technology',
  },
  manageSupplierSublicenses: {
    grants: { VALENCE: [], FENGFAN: [], JV: ['LEGAL', 'COMPLIANCE'] },
    article: 'TIC 2.4, 2.8; TIC 2.1(iii)',
    why: 'only the Licensee may sublicense suppliers, so its LEGAL and COMPLIANCE keep the register',
  },
  suspendSupplierSublicenses: {
    grants: { VALENCE: ['LEGAL', 'COMPLIANCE'], FENGFAN: [], JV: [] },
    article: 'TIC 2.4, 2.8; TIC 10.1',
    why: 'Valence owns the Technology the sublicence uses and may suspend one, giving its reason',
  },
  reviewSupplierScreening: {
    grants: { VALENCE: [], FENGFAN: [], JV: ['COMPLIANCE'] },
    article: 'TIC 2.4, 2.8; TIC 12.2; 15 C.F.R. 744.11, 764.3',
    why: "the Licensee's compliance officer clears or confirms a possible match of its supplier",
  },
  // Calendar feeds, exports and the board report (issue 16)
  manageCalendarFeed: {
    grants: everyParty(EVERY_ROLE),
    article: 'TIC 11.2; JVC Art. 104(2)',
    why: 'every user who may read the deadlines may take them into a calendar, which shows no more than the API',
  },
  exportRecords: {
    grants: everyParty(['ADMIN', 'LEGAL', 'COMPLIANCE']),
    article: 'TIC 8.2; 15 C.F.R. 762.6',
    why: "a party's ADMIN, LEGAL and COMPLIANCE take out the records of their own party (export records are kept five years), never the rows it may not see",
  },
  readBoardReport: {
    grants: everyParty(['ADMIN', 'LEGAL', 'COMPLIANCE']),
    article: 'JVC Art. 58; TIC 12.2',
    why: "a party's ADMIN, LEGAL and COMPLIANCE report the quarter's compliance record to the board",
  },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof POLICY;

export interface Principal {
  party: PartyCode;
  roles: readonly Role[];
}

/** True when any of the principal's roles is granted the permission for its party. */
export function isAllowed(principal: Principal, permission: Permission): boolean {
  const granted: readonly Role[] = POLICY[permission].grants[principal.party] ?? [];
  return principal.roles.some((role) => granted.includes(role));
}
