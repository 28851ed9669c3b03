import { ticEndOn, useStatusOn } from '../../../src/rules/trademarks/cessation';

describe('ticEndOn: how the TIC has ended as of a day (TIC 11.1, 11.4, 11.6)', () => {
  const base = { terminatedOn: null, expiresOn: '2026-03-01', status: 'EFFECTIVE' };

  it('is in force on the last day of its term and expired from the day after', () => {
    expect(ticEndOn({ ...base, on: '2026-03-01' })).toBeNull();
    expect(ticEndOn({ ...base, on: '2026-03-02' })).toEqual({
      by: 'EXPIRY',
      lastDay: '2026-03-01',
      onDay: '2026-03-02',
    });
  });

  it('a termination before the term ends wins from its day', () => {
    expect(
      ticEndOn({ ...base, terminatedOn: '2025-05-05', status: 'TERMINATED', on: '2026-04-01' }),
    ).toMatchObject({ by: 'TERMINATION', lastDay: '2025-05-05' });
    expect(ticEndOn({ ...base, terminatedOn: '2026-05-05', on: '2026-02-01' })).toBeNull();
  });

  it('a TIC that never took effect does not expire', () => {
    expect(ticEndOn({ ...base, status: 'SIGNED', on: '2030-01-01' })).toBeNull();
    expect(ticEndOn({ ...base, expiresOn: null, on: '2030-01-01' })).toBeNull();
  });
});

describe('useStatusOn: a use after the TIC expired', () => {
  const end = { by: 'EXPIRY', lastDay: '2026-03-01', onDay: '2026-03-02' } as const;
  const use = {
    status: 'APPROVED',
    markOwner: 'VALENCE',
    product: 'POWDER_LVP',
    periodTo: '2026-12-31',
  } as const;

  it('ceases an approved use of a Valence mark running past the term', () => {
    expect(useStatusOn({ use, end })).toBe('CEASED');
    expect(useStatusOn({ use: { ...use, periodTo: null }, end })).toBe('CEASED');
  });

  it('keeps a battery use for the sell-off of existing inventory', () => {
    expect(useStatusOn({ use: { ...use, product: 'BELLCORE_LCO_CELLS' }, end })).toBe('APPROVED');
  });

  it("leaves alone uses that ended before, other parties' marks and undecided uses", () => {
    expect(useStatusOn({ use: { ...use, periodTo: '2026-03-01' }, end })).toBe('APPROVED');
    expect(useStatusOn({ use: { ...use, markOwner: 'FENGFAN' }, end })).toBe('APPROVED');
    expect(useStatusOn({ use: { ...use, status: 'REQUESTED' }, end })).toBe('REQUESTED');
    expect(useStatusOn({ use, end: null })).toBe('APPROVED');
  });
});
