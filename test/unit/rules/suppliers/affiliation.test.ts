import {
  fengfanAffiliation,
  type Company,
  type OwnershipLink,
} from '../../../../src/rules/suppliers/affiliation';

/**
 * Worked cases of TIC 1.1 and JVC Art. 2: control is 50% or more of the capital, or the power
 * to appoint the general manager (JVC Art. 2) or a board majority (TIC 1.1: the power to direct
 * management through an equity interest); Affiliates are controlled by, control, or are under
 * common control with Fengfan, directly or indirectly, while the control exists.
 */
const C = (id: string, name: string, partyCode: Company['partyCode'] = null): Company => ({
  id,
  name,
  partyCode,
});
const FENGFAN = C('fengfan', 'Baoding Fengfan Group', 'FENGFAN');
const VALENCE = C('valence', 'Valence Technology', 'VALENCE');
const HOLDINGS = C('holdings', 'Fengfan Holdings');
const SUPPLIER = C('supplier', 'Hebei Cathode Co');
const OTHER = C('other', 'Independent Capital');
const PARENT = C('parent', 'Baoding State Assets');
const COMPANIES = [FENGFAN, VALENCE, HOLDINGS, SUPPLIER, OTHER, PARENT];

const link = (
  holderId: string,
  heldId: string,
  sharePercent: number | null,
  extra: Partial<OwnershipLink> = {},
): OwnershipLink => ({
  holderId,
  heldId,
  sharePercent,
  appointsGeneralManager: false,
  appointsBoardMajority: false,
  from: null,
  endedOn: null,
  ...extra,
});

const judge = (links: OwnershipLink[], asOf = '2026-06-30', companyId = 'supplier') =>
  fengfanAffiliation({ companies: COMPANIES, links, companyId, asOf });

describe('Fengfan Affiliates (TIC 1.1; JVC Art. 2)', () => {
  it('two levels down: Fengfan owns 100% of Holdings, which owns 60% of the supplier', () => {
    const result = judge([link('fengfan', 'holdings', 100), link('holdings', 'supplier', 60)]);
    expect(result.affiliation).toBe('CONTROLLED_BY_FENGFAN');
    expect(result.chain.map((s) => `${s.holder}>${s.held}`)).toEqual([
      'Baoding Fengfan Group>Fengfan Holdings',
      'Fengfan Holdings>Hebei Cathode Co',
    ]);
    expect(result.message).toBe(
      'Hebei Cathode Co is 60% owned by Fengfan Holdings; Fengfan Holdings is 100% owned by ' +
        'Baoding Fengfan Group: Fengfan controls Hebei Cathode Co',
    );
  });

  it('control by the power to appoint the general manager, with a 20% share (JVC Art. 2)', () => {
    const result = judge([
      link('fengfan', 'supplier', 20, { appointsGeneralManager: true }),
      link('other', 'supplier', 80),
    ]);
    expect(result.affiliation).toBe('CONTROLLED_BY_FENGFAN');
    expect(result.message).toContain(
      '20% owned by Baoding Fengfan Group, which appoints its general manager',
    );
  });

  it('a 30% minority holder without any appointing power does not control: not an Affiliate', () => {
    const result = judge([link('fengfan', 'supplier', 30), link('other', 'supplier', 70)]);
    expect(result.affiliation).toBe('NONE');
    expect(result.chain).toEqual([]);
  });

  it('exactly 50% is control ("fifty percent (50%) or more", JVC Art. 2)', () => {
    expect(judge([link('fengfan', 'supplier', 50)]).affiliation).toBe('CONTROLLED_BY_FENGFAN');
    expect(
      judge([link('fengfan', 'supplier', 49.99), link('other', 'supplier', 50.01)]).affiliation,
    ).toBe('NONE');
  });

  it('shares held by Fengfan and a company it controls add up: 30% + 25% indirectly', () => {
    const result = judge([
      link('fengfan', 'holdings', 100),
      link('fengfan', 'supplier', 30),
      link('holdings', 'supplier', 25),
      link('other', 'supplier', 45),
    ]);
    expect(result.affiliation).toBe('CONTROLLED_BY_FENGFAN');
  });

  it('a 60% share in a company Fengfan only holds 40% of does not pass control down', () => {
    const result = judge([
      link('fengfan', 'holdings', 40),
      link('other', 'holdings', 60),
      link('holdings', 'supplier', 60),
    ]);
    expect(result.affiliation).toBe('NONE');
  });

  it('a company that controls Fengfan is an Affiliate (JVC Art. 2: "controls … Party A")', () => {
    const result = judge([link('supplier', 'fengfan', 51)]);
    expect(result.affiliation).toBe('CONTROLS_FENGFAN');
  });

  it('a sister company under common control with Fengfan is an Affiliate (TIC 1.1)', () => {
    const result = judge([link('parent', 'fengfan', 100), link('parent', 'supplier', 55)]);
    expect(result.affiliation).toBe('COMMON_CONTROL');
    expect(result.message).toContain('Baoding State Assets controls both');
  });

  it('Fengfan itself', () => {
    expect(judge([], '2026-06-30', 'fengfan').affiliation).toBe('IS_FENGFAN');
  });

  it('an Affiliate "only for the time during which such control exists" (TIC 1.1)', () => {
    const links = [
      link('fengfan', 'supplier', 60, { endedOn: '2026-01-01' }),
      link('other', 'supplier', 60, { from: '2026-01-01' }),
    ];
    expect(judge(links, '2025-12-31').affiliation).toBe('CONTROLLED_BY_FENGFAN');
    expect(judge(links, '2026-01-01').affiliation).toBe('NONE');
  });

  it('no holder on record: UNKNOWN, never NONE', () => {
    const result = judge([link('fengfan', 'holdings', 100)]);
    expect(result.affiliation).toBe('UNKNOWN');
    expect(result.message).toContain('No holder of Hebei Cathode Co is on record');
  });

  it('a cycle of cross-holdings ends', () => {
    const result = judge([
      link('holdings', 'other', 60),
      link('other', 'holdings', 60),
      link('other', 'supplier', 10),
    ]);
    expect(result.affiliation).toBe('NONE');
  });
});
