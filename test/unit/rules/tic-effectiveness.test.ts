import { ticEffectiveness } from '../../../src/rules/tic-effectiveness';

/**
 * TIC 1.4 (ratification following establishment), JVC Art. 42 (approval by the Authority; the
 * Board ratifies at its first meeting) and TIC 4.1 (export approval, a condition of taking
 * effect). The JV is established on 10 February 2026.
 */
const ESTABLISHED = '2026-02-10';

describe('ticEffectiveness', () => {
  it.each([
    {
      label: 'ratified 3 March, approved 20 January, export approval 1 April',
      ratifiedOn: '2026-03-03',
      authorityApprovedOn: '2026-01-20',
      exportApprovedOn: '2026-04-01',
      effectiveDate: '2026-03-03',
      takesEffectOn: '2026-04-01',
    },
    {
      label: 'export approval before the ratification: effective on ratification',
      ratifiedOn: '2026-03-03',
      authorityApprovedOn: '2026-01-20',
      exportApprovedOn: '2025-12-01',
      effectiveDate: '2026-03-03',
      takesEffectOn: '2026-03-03',
    },
    {
      label: "the Authority's approval after the ratification: effective on approval",
      ratifiedOn: '2026-03-03',
      authorityApprovedOn: '2026-03-20',
      exportApprovedOn: '2026-03-05',
      effectiveDate: '2026-03-20',
      takesEffectOn: '2026-03-20',
    },
    {
      label: 'no export approval yet: an Effective Date, but not in effect',
      ratifiedOn: '2026-03-03',
      authorityApprovedOn: '2026-01-20',
      exportApprovedOn: null,
      effectiveDate: '2026-03-03',
      takesEffectOn: null,
    },
    {
      label: 'a ratification before the establishment counts for nothing',
      ratifiedOn: '2026-02-01',
      authorityApprovedOn: '2026-01-20',
      exportApprovedOn: '2026-04-01',
      effectiveDate: null,
      takesEffectOn: null,
    },
  ])('$label', ({ label: _label, effectiveDate, takesEffectOn, ...events }) => {
    const result = ticEffectiveness({ establishedOn: ESTABLISHED, ...events });
    expect([result.effectiveDate, result.takesEffectOn]).toEqual([effectiveDate, takesEffectOn]);
  });

  it('names what is missing, with its article', () => {
    expect(
      ticEffectiveness({
        establishedOn: null,
        ratifiedOn: null,
        authorityApprovedOn: '2026-01-20',
        exportApprovedOn: null,
      }).missing,
    ).toEqual([
      { condition: "the Licensee's establishment", article: 'TIC 1.4; JVC Art. 8' },
      { condition: "the Licensee's ratification", article: 'TIC 1.4; JVC Art. 42' },
      { condition: 'the U.S. export approval', article: 'TIC 4.1' },
    ]);
  });
});
