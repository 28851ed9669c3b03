import { hitFindings, type ScreeningHit } from '../../../src/rules/export/hit-findings';
import {
  KNOWN_SOURCES,
  listConsequence,
  type ListConsequenceKind,
} from '../../../src/rules/export/list-consequence';

describe('listConsequence: a hit means what its list means (DOMAIN.md)', () => {
  // Every distinct `source` value of ../shared/data/export-control/csl/*.csv.gz (2022-05 complete:
  // 13 values; the 2023-11 partial file has the same 13), copied here as written.
  it.each<{ source: string; code: string; consequence: ListConsequenceKind; citation: string }>([
    {
      source: 'Denied Persons List (DPL) - Bureau of Industry and Security',
      code: 'DPL',
      consequence: 'STOP',
      citation: '15 C.F.R. 764.3(a)(2) and 736.2(b)(4) (General Prohibition Four)',
    },
    {
      source: 'Entity List (EL) - Bureau of Industry and Security',
      code: 'EL',
      consequence: 'LICENSE_REQUIRED',
      citation: '15 C.F.R. 744.11 and Supp. No. 4 to Part 744',
    },
    {
      source: 'Unverified List (UVL) - Bureau of Industry and Security',
      code: 'UVL',
      consequence: 'REVIEW',
      citation: '15 C.F.R. 744.15 and Supp. No. 6 to Part 744',
    },
    {
      source: 'Military End User (MEU) List - Bureau of Industry and Security',
      code: 'MEU',
      consequence: 'LICENSE_REQUIRED',
      citation: '15 C.F.R. 744.21(b) and Supp. No. 7 to Part 744 (items: Supp. No. 2 to Part 744)',
    },
    {
      source: 'Specially Designated Nationals (SDN) - Treasury Department',
      code: 'SDN',
      consequence: 'STOP',
      citation: '31 C.F.R. Chapter V; 15 C.F.R. 744.8',
    },
    {
      source: 'Foreign Sanctions Evaders (FSE) - Treasury Department',
      code: 'FSE',
      consequence: 'STOP',
      citation: 'E.O. 13608 § 1; 31 C.F.R. Chapter V',
    },
    {
      source: 'Sectoral Sanctions Identifications List (SSI) - Treasury Department',
      code: 'SSI',
      consequence: 'FINDING',
      citation: '31 C.F.R. Part 589; E.O. 13662 Directives 1–4',
    },
    {
      source: 'Palestinian Legislative Council List (PLC) - Treasury Department',
      code: 'PLC',
      consequence: 'FINDING',
      citation: '31 C.F.R. Chapter V (NS-PLC)',
    },
    {
      source: 'Capta List (CAP) - Treasury Department',
      code: 'CAP',
      consequence: 'FINDING',
      citation: '31 C.F.R. Chapter V (CAPTA)',
    },
    {
      source: 'Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department',
      code: 'NS-MBS',
      consequence: 'REVIEW',
      citation: '31 C.F.R. Chapter V (NS-MBS)',
    },
    {
      source:
        'Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department',
      code: 'CMIC',
      consequence: 'FINDING',
      citation: 'E.O. 13959, E.O. 14032; 31 C.F.R. Part 586',
    },
    {
      source: 'ITAR Debarred (DTC) - State Department',
      code: 'DTC',
      consequence: 'FINDING',
      citation: '22 C.F.R. 127.7',
    },
    {
      // Issue 9: the measures of a nonproliferation sanction can include a ban on U.S. export
      // licences; a reviewer must read which apply.
      source: 'Nonproliferation Sanctions (ISN) - State Department',
      code: 'ISN',
      consequence: 'REVIEW',
      citation: 'State Department nonproliferation sanctions (programme named in the entry)',
    },
  ])('$code → $consequence', ({ source, code, consequence, citation }) => {
    const result = listConsequence({ source });
    expect(result).toEqual(
      expect.objectContaining({
        listCode: code,
        consequence,
        citation,
        explanation: expect.any(String),
      }),
    );
    expect(result.programme.length).toBeGreaterThan(0);
  });

  it('knows exactly those 13 sources', () => {
    expect(KNOWN_SOURCES.map((s) => s.listCode).sort()).toEqual(
      [
        'CAP',
        'CMIC',
        'DPL',
        'DTC',
        'EL',
        'FSE',
        'ISN',
        'MEU',
        'NS-MBS',
        'PLC',
        'SDN',
        'SSI',
        'UVL',
      ].sort(),
    );
  });

  it('forgives spacing and case, not other wording', () => {
    expect(
      listConsequence({ source: '  entity list (EL) -  Bureau of Industry and Security ' })
        .listCode,
    ).toBe('EL');
    expect(listConsequence({ source: 'Entity List' }).listCode).toBe('UNKNOWN');
  });

  it.each(['Entity List', 'UN Security Council Consolidated List', ''])(
    'an unknown source (%j) → REVIEW',
    (source) => {
      expect(listConsequence({ source })).toEqual(
        expect.objectContaining({ listCode: 'UNKNOWN', consequence: 'REVIEW' }),
      );
    },
  );
});

describe('hitFindings: one finding per hit, showing list, entry, matched name, programme', () => {
  const hit = (over: Partial<ScreeningHit>): ScreeningHit => ({
    party: 'Shenzhen Example Trading Co., Ltd.',
    source: 'Entity List (EL) - Bureau of Industry and Security',
    entryName: 'Shenzhen Example Trading Company',
    matchedName: 'Shenzhen Example Trading',
    status: 'CONFIRMED',
    ...over,
  });

  it.each<{
    name: string;
    hit: Partial<ScreeningHit>;
    code: string;
    status: string;
    effect: string;
  }>([
    {
      name: 'a confirmed Denied Persons match stops the export',
      hit: { source: 'Denied Persons List (DPL) - Bureau of Industry and Security' },
      code: 'SCREENING_DPL_CONFIRMED',
      status: 'FAIL',
      effect: 'STOP',
    },
    {
      name: 'a confirmed SDN match stops the export',
      hit: { source: 'Specially Designated Nationals (SDN) - Treasury Department' },
      code: 'SCREENING_SDN_CONFIRMED',
      status: 'FAIL',
      effect: 'STOP',
    },
    {
      name: 'a confirmed Entity List match requires a licence',
      hit: {},
      code: 'SCREENING_EL_CONFIRMED',
      status: 'FAIL',
      effect: 'LICENSE_REQUIRED',
    },
    {
      name: 'a confirmed MEU match requires a licence',
      hit: { source: 'Military End User (MEU) List - Bureau of Industry and Security' },
      code: 'SCREENING_MEU_CONFIRMED',
      status: 'FAIL',
      effect: 'LICENSE_REQUIRED',
    },
    {
      name: 'a confirmed UVL match needs the UVL statement first',
      hit: { source: 'Unverified List (UVL) - Bureau of Industry and Security' },
      code: 'SCREENING_UVL_CONFIRMED',
      status: 'WARN',
      effect: 'REVIEW',
    },
    {
      name: 'a UVL match with the statement on file has no further effect',
      hit: {
        source: 'Unverified List (UVL) - Bureau of Industry and Security',
        reviewResolved: true,
      },
      code: 'SCREENING_UVL_CONFIRMED',
      status: 'INFO',
      effect: 'NONE',
    },
    {
      name: 'resolving is for REVIEW lists only: an Entity List match still needs its licence',
      hit: { reviewResolved: true },
      code: 'SCREENING_EL_CONFIRMED',
      status: 'FAIL',
      effect: 'LICENSE_REQUIRED',
    },
    {
      name: 'a CMIC match is a finding, not an export prohibition',
      hit: {
        source:
          'Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department',
      },
      code: 'SCREENING_CMIC_CONFIRMED',
      status: 'WARN',
      effect: 'NONE',
    },
    {
      name: 'a menu-based sanctions match needs its measures read',
      hit: { source: 'Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department' },
      code: 'SCREENING_NS_MBS_CONFIRMED',
      status: 'WARN',
      effect: 'REVIEW',
    },
    {
      name: 'an unreviewed possible Denied Persons match is REVIEW, not yet a stop',
      hit: {
        source: 'Denied Persons List (DPL) - Bureau of Industry and Security',
        status: 'POSSIBLE',
      },
      code: 'SCREENING_DPL_POSSIBLE_MATCH',
      status: 'WARN',
      effect: 'REVIEW',
    },
    {
      name: 'an unreviewed possible Entity List match is REVIEW',
      hit: { status: 'POSSIBLE' },
      code: 'SCREENING_EL_POSSIBLE_MATCH',
      status: 'WARN',
      effect: 'REVIEW',
    },
    {
      // A CMIC (non-SDN) hit is a finding for the reviewer, fuzzy or exact (E.O. 13959).
      name: 'a possible CMIC match is a finding for the reviewer, as a confirmed one is',
      hit: {
        source:
          'Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department',
        status: 'POSSIBLE',
      },
      code: 'SCREENING_CMIC_POSSIBLE_MATCH',
      status: 'WARN',
      effect: 'NONE',
    },
    {
      name: 'a possible nonproliferation sanctions match goes to review',
      hit: { source: 'Nonproliferation Sanctions (ISN) - State Department', status: 'POSSIBLE' },
      code: 'SCREENING_ISN_POSSIBLE_MATCH',
      status: 'WARN',
      effect: 'REVIEW',
    },
    {
      name: 'a confirmed nonproliferation sanctions match goes to review',
      hit: { source: 'Nonproliferation Sanctions (ISN) - State Department' },
      code: 'SCREENING_ISN_CONFIRMED',
      status: 'WARN',
      effect: 'REVIEW',
    },
    {
      name: 'a match cleared as another person has no effect',
      hit: { status: 'CLEARED' },
      code: 'SCREENING_EL_CLEARED',
      status: 'INFO',
      effect: 'NONE',
    },
    {
      name: 'a confirmed match on an unknown list is REVIEW',
      hit: { source: 'Some New List (SNL) - Department' },
      code: 'SCREENING_UNKNOWN_CONFIRMED',
      status: 'WARN',
      effect: 'REVIEW',
    },
  ])('$name', ({ hit: over, code, status, effect }) => {
    expect(hitFindings({ hits: [hit(over)] })).toEqual([
      expect.objectContaining({ step: 'SCREENING', code, status, effect }),
    ]);
  });

  it('the message names the party, list, entry, matched name, programme and licence terms', () => {
    const [f] = hitFindings({
      hits: [
        hit({
          entryId: 'e-123',
          programs: [],
          licenseRequirement: 'For all items subject to the EAR. (See §744.11 of the EAR)',
          licensePolicy: 'Presumption of denial.',
        }),
      ],
    });
    expect(f.citation).toBe('15 C.F.R. 744.11 and Supp. No. 4 to Part 744');
    expect(f.message).toBe(
      'Shenzhen Example Trading Co., Ltd.: Entity List (Commerce (BIS)) entry e-123 "Shenzhen ' +
        'Example Trading Company", matched on "Shenzhen Example Trading"; programme Entity List ' +
        '(15 C.F.R. 744.11, Supp. No. 4 to Part 744); licence requirement: For all items subject ' +
        'to the EAR. (See §744.11 of the EAR); licence review policy: Presumption of denial.. ' +
        'Confirmed match (LICENSE_REQUIRED): A licence is required for the items the entry names ' +
        '(its licence requirement, often all items subject to the EAR), reviewed under the policy ' +
        'the entry states (often a presumption of denial); licence exceptions are mostly unavailable',
    );
  });

  it('names the programmes of the entry when it has them', () => {
    const [f] = hitFindings({
      hits: [
        hit({
          source: 'Specially Designated Nationals (SDN) - Treasury Department',
          programs: ['RUSSIA-EO14024', 'UKRAINE-EO13662'],
        }),
      ],
    });
    expect(f.message).toMatch(
      /; programme RUSSIA-EO14024, UKRAINE-EO13662\. Confirmed match \(STOP\)/,
    );
  });

  it('a remembered clearance names who cleared the match, when and why', () => {
    const [f] = hitFindings({
      hits: [
        hit({
          status: 'CLEARED',
          remembered: {
            clearanceId: 'c-1',
            outcome: 'CLEARED',
            reason: 'Another company, registered in Shenzhen in 2019',
            decidedBy: 'compliance@jv.demo',
            decidedAt: '2026-11-02T09:00:00.000Z',
          },
        }),
      ],
    });
    expect(f).toEqual(expect.objectContaining({ code: 'SCREENING_EL_CLEARED', status: 'INFO' }));
    expect(f.message).toContain(
      'cleared by compliance@jv.demo on 2026-11-02, "Another company, registered in Shenzhen in 2019"; clearance c-1',
    );
  });

  it('no hits → one PASS finding', () => {
    expect(hitFindings({ hits: [] })).toEqual([
      expect.objectContaining({ code: 'SCREENING_NO_MATCH', status: 'PASS', effect: 'NONE' }),
    ]);
  });
});
