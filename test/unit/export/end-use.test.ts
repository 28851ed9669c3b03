import {
  detectEndUseTerms,
  endUseFindings,
  type EndUseCategory,
  type EndUseFlag,
} from '../../../src/rules/export/end-use';
import { loadExportReferenceData } from '../../../src/services/export/reference-files';

const { groups } = loadExportReferenceData();

describe('detectEndUseTerms: whole words only, each with where it stands', () => {
  it.each<{ text: string; expected: Array<[EndUseCategory, string]> }>([
    { text: 'Cathode powder for electric bus batteries', expected: [] },
    // Terms inside other words do not count: "chemical" in electrochemical, "PLA" in plasma, "army"
    // in armchair, "navy" in navigation, "drones" in Dronesville.
    {
      text: 'Electrochemical cells; plasma coating; armchair; navigation; Dronesville',
      expected: [],
    },
    // "PLA" only in capitals (polylactic acid is written "PLA" too: a reviewer sees the excerpt).
    { text: 'pla film and PLAN approval', expected: [] },
    { text: 'Batteries for the PLA', expected: [['MILITARY', 'PLA']] },
    {
      text: "Supply to the People's Liberation Army",
      expected: [['MILITARY', "People's Liberation Army"]],
    },
    { text: 'Backup power for a nuclear power plant', expected: [['NUCLEAR', 'nuclear']] },
    {
      text: 'Part of a nuclear weapon programme',
      expected: [['NUCLEAR_WEAPON', 'nuclear weapon']],
    },
    {
      text: 'nuclear-explosive device tests',
      expected: [['NUCLEAR_WEAPON', 'nuclear-explosive device']],
    },
    {
      text: 'chemical or biological weapons',
      expected: [['CHEMICAL_BIOLOGICAL_WEAPON', 'chemical or biological weapons']],
    },
    { text: 'Chemical plant for electrolyte salts', expected: [] },
    {
      text: 'cells for UAVs and cruise missiles',
      expected: [
        ['MISSILE', 'UAVs'],
        ['MISSILE', 'missiles'],
      ],
    },
    {
      text: 'Drone and rocket hobby kits',
      expected: [
        ['MISSILE', 'Drone'],
        ['MISSILE', 'rocket'],
      ],
    },
    {
      text: 'unmanned aerial vehicle range extender',
      expected: [['MISSILE', 'unmanned aerial vehicle']],
    },
    {
      text: 'Military trucks and weapons',
      expected: [
        ['MILITARY', 'Military'],
        ['MILITARY', 'weapons'],
      ],
    },
    { text: 'Lithium-6 enrichment', expected: [['NUCLEAR', 'Lithium-6']] },
    {
      text: 'Ministry of National Defense procurement',
      expected: [['MILITARY', 'National Defense']],
    },
  ])('$text', ({ text, expected }) => {
    expect(detectEndUseTerms({ text }).map((t) => [t.category, t.term])).toEqual(expected);
  });

  it('reports the position and an excerpt of the words around the term', () => {
    const text =
      'The JV will supply standby batteries to a nuclear power station in Fujian province.';
    expect(detectEndUseTerms({ text })).toEqual([
      {
        category: 'NUCLEAR',
        term: 'nuclear',
        index: 42,
        excerpt: '…supply standby batteries to a nuclear power station in Fujian provi…',
      },
    ]);
  });

  it('a weapon phrase is counted once, as the weapon, not also as "nuclear" or "weapon"', () => {
    expect(detectEndUseTerms({ text: 'nuclear weapons' }).map((t) => t.category)).toEqual([
      'NUCLEAR_WEAPON',
    ]);
  });
});

describe('endUseFindings: 15 C.F.R. Part 744 and TIC 12.2', () => {
  const run = (
    declaredEndUse: string,
    destination: string,
    options: { flags?: EndUseFlag[]; eccn?: string } = {},
  ) =>
    endUseFindings({ declaredEndUse, destination, groups, ...options }).map((f) => [
      f.code,
      f.effect,
      f.citation,
    ]);

  it.each<{
    name: string;
    text: string;
    destination: string;
    flags?: EndUseFlag[];
    eccn?: string;
    expected: string[][];
  }>([
    {
      name: 'a civil end use has no red flag',
      text: 'Manufacture of LVP cells for electric buses in Baoding',
      destination: 'CN',
      expected: [['END_USE_NO_RED_FLAG', 'NONE', '15 C.F.R. 744.2–744.4 and 744.21; TIC 12.2']],
    },
    {
      // China is not in Supp. No. 3 to Part 744: § 744.2(a) requires a licence for any item used
      // in unsafeguarded nuclear activities or fuel-cycle facilities there.
      name: 'a nuclear end use in China requires a licence (744.2(a))',
      text: 'Backup power for a nuclear power plant',
      destination: 'CN',
      expected: [['END_USE_NUCLEAR', 'LICENSE_REQUIRED', '15 C.F.R. 744.2(a)']],
    },
    {
      name: 'the NUCLEAR flag alone does the same',
      text: 'Stationary storage',
      destination: 'CN',
      flags: ['NUCLEAR'],
      expected: [['END_USE_NUCLEAR', 'LICENSE_REQUIRED', '15 C.F.R. 744.2(a)']],
    },
    {
      // Germany is in Supp. No. 3 to Part 744: 744.2(a) does not apply there.
      name: 'a nuclear end use in Germany is outside 744.2(a)',
      text: 'Backup power for a nuclear power plant',
      destination: 'DE',
      expected: [['END_USE_NUCLEAR', 'NONE', '15 C.F.R. 744.2(a) and Supp. No. 3 to Part 744']],
    },
    {
      // TIC 12.2: no use "for biological, chemical or nuclear weapon proliferation purposes" —
      // a contractual prohibition, whatever the destination, that no licence lifts.
      name: 'a nuclear weapon end use is a stop, even in Germany',
      text: 'Power supplies for a nuclear weapon test site',
      destination: 'DE',
      expected: [['END_USE_NUCLEAR_WEAPON', 'STOP', 'TIC 12.2; 15 C.F.R. 744.2(a)(1)']],
    },
    {
      name: 'the CHEMICAL_BIOLOGICAL flag is a stop (744.4 concerns only such weapons)',
      text: 'Laboratory equipment',
      destination: 'SG',
      flags: ['CHEMICAL_BIOLOGICAL'],
      expected: [['END_USE_CHEMICAL_BIOLOGICAL_WEAPON', 'STOP', 'TIC 12.2; 15 C.F.R. 744.4(a)']],
    },
    {
      // China is in D:4: rockets/UAVs there need a licence (744.3(a)(1), (a)(3)).
      name: 'missiles or UAVs in a D:4 country require a licence',
      text: 'Cells for UAV propulsion',
      destination: 'CN',
      expected: [['END_USE_MISSILE', 'LICENSE_REQUIRED', '15 C.F.R. 744.3(a)(1) and (a)(3)']],
    },
    {
      name: 'drones outside D:4 need review of what they carry (744.3(a)(2))',
      text: 'Cells for agricultural drones',
      destination: 'DE',
      expected: [['END_USE_MISSILE', 'REVIEW', '15 C.F.R. 744.3(a)(2)']],
    },
    {
      // 3A991 is listed in full in Supp. No. 2 to Part 744.
      name: 'a military end use in China of a Supp. 2 item (3A991.j.2) requires a licence',
      text: 'Cells for PLA field radios',
      destination: 'CN',
      eccn: '3A991.j.2',
      expected: [
        [
          'END_USE_MILITARY',
          'LICENSE_REQUIRED',
          '15 C.F.R. 744.21(a)(1) and Supp. No. 2 to Part 744',
        ],
      ],
    },
    {
      name: 'Hong Kong is China for 744.21',
      text: 'military logistics',
      destination: 'HK',
      eccn: '3D991',
      expected: [
        [
          'END_USE_MILITARY',
          'LICENSE_REQUIRED',
          '15 C.F.R. 744.21(a)(1) and Supp. No. 2 to Part 744',
        ],
      ],
    },
    {
      name: 'a military end use in China of EAR99 technology is outside 744.21(a)(1) but needs review',
      text: 'Supply to the army',
      destination: 'CN',
      eccn: 'EAR99',
      expected: [['END_USE_MILITARY', 'REVIEW', '15 C.F.R. 744.21(a)(1), (e)(3) and 744.22']],
    },
    {
      name: '3E991 is listed only for oscilloscope technology: review',
      text: 'Military vehicles',
      destination: 'CN',
      eccn: '3E991',
      expected: [['END_USE_MILITARY', 'REVIEW', '15 C.F.R. 744.21(a)(1), (e)(3) and 744.22']],
    },
    {
      name: 'a military end use in China of an unclassified item is assumed to need a licence',
      text: 'Military vehicles',
      destination: 'CN',
      expected: [
        [
          'END_USE_MILITARY',
          'LICENSE_REQUIRED',
          '15 C.F.R. 744.21(a)(1) and Supp. No. 2 to Part 744',
        ],
      ],
    },
    {
      name: 'a military end use in Russia requires a licence for any item (744.21(a)(2))',
      text: 'Navy submarines',
      destination: 'RU',
      eccn: 'EAR99',
      expected: [['END_USE_MILITARY', 'LICENSE_REQUIRED', '15 C.F.R. 744.21(a)(2)']],
    },
    {
      name: 'a military end use outside the 744.21 countries is a red flag for review',
      text: 'Bundeswehr armed forces vehicles',
      destination: 'DE',
      eccn: 'EAR99',
      expected: [
        ['END_USE_MILITARY', 'REVIEW', '15 C.F.R. 744.21, 744.22 and Supp. No. 3 to Part 732'],
      ],
    },
    {
      name: 'several categories give one finding each, weapons first',
      text: 'PLA drones and chemical weapons',
      destination: 'CN',
      eccn: '3A991.j.2',
      expected: [
        ['END_USE_CHEMICAL_BIOLOGICAL_WEAPON', 'STOP', 'TIC 12.2; 15 C.F.R. 744.4(a)'],
        ['END_USE_MISSILE', 'LICENSE_REQUIRED', '15 C.F.R. 744.3(a)(1) and (a)(3)'],
        [
          'END_USE_MILITARY',
          'LICENSE_REQUIRED',
          '15 C.F.R. 744.21(a)(1) and Supp. No. 2 to Part 744',
        ],
      ],
    },
  ])('$name', ({ text, destination, flags, eccn, expected }) => {
    expect(run(text, destination, { flags, eccn })).toEqual(expected);
  });

  it('the message shows the evidence: flags and quoted terms with their excerpt', () => {
    const [f] = endUseFindings({
      declaredEndUse: 'Backup power for a nuclear power plant',
      flags: ['NUCLEAR'],
      destination: 'CN',
      groups,
    });
    expect(f.message).toMatch(
      /^nuclear end use \(flag NUCLEAR declared; "nuclear" in the declared end use at 19 \(Backup power for a nuclear power plant\)\): § 744\.2\(a\) requires a licence/,
    );
  });

  it.each([
    ['an empty declared end use', '   ', [], /^declaredEndUse:/],
    ['an unknown flag', 'Batteries', ['SPACE'], /^flags:/],
  ])('rejects %s with BAD_USER_INPUT', (_what, declaredEndUse, flags, message) => {
    expect(() =>
      endUseFindings({
        declaredEndUse,
        flags: flags as EndUseFlag[],
        destination: 'CN',
        groups,
      }),
    ).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) }),
    );
  });
});
