import type { SublicenseCondition } from '../../../../src/domain/suppliers';
import {
  checkSublicense,
  type SublicenseFacts,
} from '../../../../src/rules/suppliers/sublicense-check';

/**
 * The conditions of DOMAIN.md "Sublicensed suppliers" (TIC 2.1(iii), 2.4, 2.6, 5.6, 8.1, 12.2;
 * JVC Art. 47), each broken alone on an otherwise valid sublicence.
 */
const DES = 'Entity List (EL) - Bureau of Industry and Security';
const valid = (): SublicenseFacts => ({
  asOf: '2026-06-30',
  supplier: 'Hebei Cathode Co',
  sublicense: {
    status: 'ACTIVE',
    suspendedReason: null,
    validFrom: '2026-01-01',
    validTo: '2027-12-31',
    purpose: 'SUPPLY_MATERIALS_FOR_PRODUCTS',
    purposeText: 'Cathode precursor for LVP cells',
    materials: [{ material: 'vanadium pentoxide', recipients: ['LICENSEE', 'VALENCE'] }],
    agreementExecutedOn: '2025-12-15',
    documentReference: 'SUP-2025-014',
    documentSha256: 'a'.repeat(64),
    noFurtherSublicensing: true,
    noPowderOffer: true,
    valenceTerms: true,
    confidentialityUndertaking: true,
  },
  licence: {
    status: 'EFFECTIVE',
    effectiveOn: '2024-03-01',
    terminatedOn: null,
    expiresOn: '2034-03-01',
  },
  affiliation: { affiliation: 'NONE', chain: [], message: 'Hebei Cathode Co is independent' },
  transfers: [
    { description: 'LVP process sheet', gatePassed: true, gateCheckId: 'c1', gateReason: 'passes' },
  ],
  screening: {
    screenedOn: '2026-06-29',
    names: ['Hebei Cathode Co', '河北正极有限公司'],
    listProblem: null,
    onCurrentList: true,
    hits: [],
  },
});

type Breaker = (f: SublicenseFacts) => void;
const FAILING: Array<[SublicenseCondition, string, Breaker]> = [
  [
    'LICENCE_IN_FORCE',
    'terminated',
    (f) => (f.licence = { ...f.licence!, status: 'TERMINATED', terminatedOn: '2026-05-01' }),
  ],
  ['LICENCE_IN_FORCE', 'expired', (f) => (f.licence = { ...f.licence!, expiresOn: '2026-06-29' })],
  [
    'LICENCE_IN_FORCE',
    'not yet effective',
    (f) => (f.licence = { ...f.licence!, status: 'SIGNED', effectiveOn: null }),
  ],
  [
    'SUBLICENCE_IN_EFFECT',
    'suspended',
    (f) => Object.assign(f.sublicense, { status: 'SUSPENDED', suspendedReason: 'audit' }),
  ],
  ['SUBLICENCE_IN_EFFECT', 'a draft', (f) => (f.sublicense.status = 'DRAFT')],
  ['SUBLICENCE_IN_EFFECT', 'lapsed', (f) => (f.sublicense.validTo = '2026-06-29')],
  ['PURPOSE', 'another purpose', (f) => (f.sublicense.purpose = 'OTHER')],
  [
    'SUPPLY_RECIPIENTS',
    'supplies Fengfan',
    (f) => (f.sublicense.materials = [{ material: 'powder', recipients: ['LICENSEE', 'FENGFAN'] }]),
  ],
  ['WRITTEN_AGREEMENT', 'no agreement', (f) => (f.sublicense.agreementExecutedOn = null)],
  [
    'NO_FURTHER_SUBLICENSING',
    'may sublicense',
    (f) => (f.sublicense.noFurtherSublicensing = false),
  ],
  ['NO_POWDER_OFFER', 'may offer powder', (f) => (f.sublicense.noPowderOffer = false)],
  ['VALENCE_TERMS', 'no indemnity', (f) => (f.sublicense.valenceTerms = false)],
  ['CONFIDENTIALITY', 'no undertaking', (f) => (f.sublicense.confidentialityUndertaking = false)],
  [
    'NOT_FENGFAN_AFFILIATE',
    'an Affiliate',
    (f) =>
      (f.affiliation = {
        affiliation: 'CONTROLLED_BY_FENGFAN',
        chain: [],
        message:
          'Hebei Cathode Co is 60% owned by Fengfan Holdings; Fengfan Holdings is 100% owned by Baoding Fengfan Group: Fengfan controls Hebei Cathode Co',
      }),
  ],
  [
    'EXPORT_CONTROL',
    'a refused check',
    (f) =>
      (f.transfers = [
        {
          description: 'LVP process sheet',
          gatePassed: false,
          gateCheckId: 'c2',
          gateReason: 'the check is LICENSE_REQUIRED',
        },
      ]),
  ],
  [
    'SCREENING',
    'a confirmed Entity List match',
    (f) =>
      (f.screening.hits = [
        {
          source: DES,
          entryId: '123',
          entryName: 'HEBEI CATHODE',
          matchedName: 'HEBEI CATHODE',
          screenedName: 'Hebei Cathode Co',
          review: 'CONFIRMED',
        },
      ]),
  ],
];

describe('checkSublicense', () => {
  it('is VALID when every condition holds, one PASS finding per condition', () => {
    const result = checkSublicense(valid());
    expect(result.verdict).toBe('VALID');
    expect(result.findings.map((f) => f.status)).toEqual(Array(12).fill('PASS'));
  });

  it.each(FAILING)(
    '%s failing alone (%s) is INVALID with that finding only',
    (condition, _why, breakIt) => {
      const facts = valid();
      breakIt(facts);
      const result = checkSublicense(facts);
      expect(result.verdict).toBe('INVALID');
      expect(result.findings.filter((f) => f.status !== 'PASS').map((f) => f.condition)).toEqual([
        condition,
      ]);
    },
  );

  it('names the chain of an Affiliate and cites TIC 2.4', () => {
    const facts = valid();
    FAILING.find(([c]) => c === 'NOT_FENGFAN_AFFILIATE')![2](facts);
    const finding = checkSublicense(facts).findings.find(
      (f) => f.condition === 'NOT_FENGFAN_AFFILIATE',
    )!;
    expect(finding.message).toBe(
      'Hebei Cathode Co is 60% owned by Fengfan Holdings; Fengfan Holdings is 100% owned by Baoding Fengfan Group: Fengfan controls Hebei Cathode Co: a Fengfan Affiliate may not be sublicensed, TIC 2.4',
    );
  });

  it('a terminated TIC: every sublicence lapses with the licence (TIC 2.6)', () => {
    const facts = valid();
    facts.licence = { ...facts.licence!, status: 'TERMINATED', terminatedOn: '2026-05-01' };
    const finding = checkSublicense(facts).findings[0];
    expect(finding).toMatchObject({
      condition: 'LICENCE_IN_FORCE',
      status: 'FAIL',
      article: 'TIC 2.6, 11.1',
    });
    expect(finding.message).toContain('terminated on 2026-05-01');
    // The day before the termination the licence was still in force.
    facts.asOf = '2026-04-30';
    expect(checkSublicense(facts).verdict).toBe('VALID');
  });

  const UNKNOWN: Array<[SublicenseCondition, string, Breaker]> = [
    ['WRITTEN_AGREEMENT', 'no document hash', (f) => (f.sublicense.documentSha256 = null)],
    ['NO_POWDER_OFFER', 'term not recorded', (f) => (f.sublicense.noPowderOffer = null)],
    [
      'NOT_FENGFAN_AFFILIATE',
      'no owner on record',
      (f) => (f.affiliation = { affiliation: 'UNKNOWN', chain: [], message: 'no holder' }),
    ],
    [
      'EXPORT_CONTROL',
      'no export check found',
      (f) =>
        (f.transfers = [
          {
            description: 'LVP process sheet',
            gatePassed: false,
            gateCheckId: null,
            gateReason: 'no export check',
          },
        ]),
    ],
    ['SCREENING', 'never screened', (f) => (f.screening.screenedOn = null)],
    [
      'SCREENING',
      'an unreviewed match',
      (f) =>
        (f.screening.hits = [
          {
            source: DES,
            entryId: '1',
            entryName: 'X',
            matchedName: 'X',
            screenedName: 'Y',
            review: null,
          },
        ]),
    ],
    ['SCREENING', 'screened against an earlier list', (f) => (f.screening.onCurrentList = false)],
  ];
  it.each(UNKNOWN)('%s: %s is NEEDS_REVIEW', (condition, _why, breakIt) => {
    const facts = valid();
    breakIt(facts);
    const result = checkSublicense(facts);
    expect(result.verdict).toBe('NEEDS_REVIEW');
    expect(result.findings.filter((f) => f.status !== 'PASS')).toEqual([
      expect.objectContaining({ condition, status: 'UNKNOWN' }),
    ]);
  });

  it('a match a reviewer cleared does not count', () => {
    const facts = valid();
    facts.screening.hits = [
      {
        source: DES,
        entryId: '1',
        entryName: 'X',
        matchedName: 'X',
        screenedName: 'Y',
        review: 'CLEARED',
      },
    ];
    expect(checkSublicense(facts).verdict).toBe('VALID');
  });

  it('a failure outweighs a missing fact', () => {
    const facts = valid();
    facts.sublicense.noPowderOffer = null;
    facts.sublicense.valenceTerms = false;
    expect(checkSublicense(facts).verdict).toBe('INVALID');
  });
});
