import { countryGroupsOf, isInCountryGroup } from '../../../src/rules/export/country-groups';
import { destinationFindings } from '../../../src/rules/export/destination-controls';
import { loadExportReferenceData } from '../../../src/services/export/reference-files';
import type { CountryGroup, CountryGroupRow } from '../../../src/rules/export/types';

const { groups } = loadExportReferenceData();

describe('countryGroupsOf: Supp. No. 1 to Part 740 for the destinations the parties deal with', () => {
  // Written out from the 2026-09-24 edition; Hong Kong is read as China since 2020-12-23.
  it.each<{ destination: string; read: string; groups: CountryGroup[]; embargoed: boolean }>([
    { destination: 'CN', read: 'CN', groups: ['D:1', 'D:3', 'D:4', 'D:5'], embargoed: false },
    { destination: 'HK', read: 'CN', groups: ['D:1', 'D:3', 'D:4', 'D:5'], embargoed: false },
    { destination: 'US', read: 'US', groups: ['A:1', 'A:2', 'A:3', 'A:4', 'B'], embargoed: false },
    { destination: 'SG', read: 'SG', groups: ['A:6', 'B'], embargoed: false },
    {
      destination: 'DE',
      read: 'DE',
      groups: ['A:1', 'A:2', 'A:3', 'A:4', 'A:5', 'B'],
      embargoed: false,
    },
    {
      destination: 'RU',
      read: 'RU',
      groups: ['D:1', 'D:2', 'D:3', 'D:4', 'D:5'],
      embargoed: false,
    },
    { destination: 'IR', read: 'IR', groups: ['D:2', 'D:3', 'D:4', 'D:5', 'E:1'], embargoed: true },
    {
      destination: 'KP',
      read: 'KP',
      groups: ['D:1', 'D:2', 'D:3', 'D:4', 'D:5', 'E:1'],
      embargoed: true,
    },
    { destination: 'CU', read: 'CU', groups: ['D:2', 'D:3', 'D:5', 'E:2'], embargoed: true },
    { destination: 'SY', read: 'SY', groups: ['D:3', 'D:4', 'D:5', 'E:1'], embargoed: true },
  ])('$destination → $groups', ({ destination, read, groups: expected, embargoed }) => {
    expect(countryGroupsOf({ destination, groups })).toEqual({
      destination,
      earDestination: read,
      known: true,
      name: expect.any(String),
      groups: expected,
      embargoed,
      citation: '15 C.F.R. Part 740, Supp. No. 1',
    });
  });

  it('E:1 holds exactly Iran, North Korea and Syria, and E:2 Cuba', () => {
    const members = (group: CountryGroup) =>
      groups.filter((g) => g.groups.includes(group)).map((g) => g.iso2);
    expect(members('E:1')).toEqual(['IR', 'KP', 'SY']);
    expect(members('E:2')).toEqual(['CU']);
  });

  it('isInCountryGroup; an unknown destination belongs to no group', () => {
    expect(isInCountryGroup({ destination: 'CN', group: 'D:4', groups })).toBe(true);
    expect(isInCountryGroup({ destination: 'DE', group: 'D:4', groups })).toBe(false);
    expect(countryGroupsOf({ destination: 'LI', groups })).toEqual(
      expect.objectContaining({ known: false, groups: [], embargoed: false }),
    );
  });

  it('works on a hand-made table', () => {
    const table: CountryGroupRow[] = [{ name: 'Testland', iso2: 'TL', groups: ['E:2'] }];
    expect(countryGroupsOf({ destination: 'tl', groups: table }).embargoed).toBe(true);
  });
});

describe('destinationFindings: controls the Country Chart does not show', () => {
  it.each<{ destination: string; eccn: string; effects: Array<[string, string]> }>([
    // E:1 / E:2: Part 746 embargo and TIC 12.2 ("any destination restricted or prohibited by U.S.
    // export control laws") — a stop, whatever the item.
    {
      destination: 'IR',
      eccn: 'EAR99',
      effects: [
        ['DESTINATION_COUNTRY_GROUPS', 'NONE'],
        ['DESTINATION_EMBARGOED', 'STOP'],
      ],
    },
    {
      destination: 'KP',
      eccn: '3E991',
      effects: [
        ['DESTINATION_COUNTRY_GROUPS', 'NONE'],
        ['DESTINATION_EMBARGOED', 'STOP'],
      ],
    },
    {
      destination: 'CU',
      eccn: 'EAR99',
      effects: [
        ['DESTINATION_COUNTRY_GROUPS', 'NONE'],
        ['DESTINATION_EMBARGOED', 'STOP'],
      ],
    },
    // § 746.8: a licence for every CCL item to Russia, even an AT-only one the chart leaves open.
    {
      destination: 'RU',
      eccn: '3E991',
      effects: [
        ['DESTINATION_COUNTRY_GROUPS', 'NONE'],
        ['DESTINATION_RUSSIA_BELARUS_SANCTIONS', 'LICENSE_REQUIRED'],
      ],
    },
    {
      destination: 'BY',
      eccn: 'EAR99',
      effects: [
        ['DESTINATION_COUNTRY_GROUPS', 'NONE'],
        ['DESTINATION_RUSSIA_BELARUS_SANCTIONS', 'REVIEW'],
      ],
    },
    { destination: 'CN', eccn: '3E001', effects: [['DESTINATION_COUNTRY_GROUPS', 'NONE']] },
    { destination: 'HK', eccn: '3E001', effects: [['DESTINATION_COUNTRY_GROUPS', 'NONE']] },
    { destination: 'SG', eccn: 'EAR99', effects: [['DESTINATION_COUNTRY_GROUPS', 'NONE']] },
    { destination: 'DE', eccn: 'EAR99', effects: [['DESTINATION_COUNTRY_GROUPS', 'NONE']] },
    { destination: 'US', eccn: '3E001', effects: [['DESTINATION_UNITED_STATES', 'NONE']] },
    {
      destination: 'LI',
      eccn: 'EAR99',
      effects: [['DESTINATION_NOT_IN_COUNTRY_GROUPS', 'REVIEW']],
    },
  ])('$destination, $eccn → $effects', ({ destination, eccn, effects }) => {
    const findings = destinationFindings({ destination, eccn, groups });
    expect(findings.map((f) => [f.code, f.effect])).toEqual(effects);
    expect(findings.every((f) => f.step === 'DESTINATION')).toBe(true);
  });

  it('the embargo stop cites Part 746, the groups and TIC 12.2', () => {
    const stop = destinationFindings({ destination: 'IR', eccn: 'EAR99', groups }).find(
      (f) => f.effect === 'STOP',
    );
    expect(stop?.citation).toBe('15 C.F.R. Part 746; Supp. No. 1 to Part 740 (E:1, E:2); TIC 12.2');
    expect(stop?.message).toMatch(/^Iran \(IR\) is in Country Group E:1/);
  });
});
