import {
  supplierScreeningAlerts,
  type SupplierMatchForAlert,
} from '../../../src/rules/alerts/supplier-screening-alerts';

const match = (over: Partial<SupplierMatchForAlert> = {}): SupplierMatchForAlert => ({
  key: 'EL|Sugon|中科曙光',
  fingerprint: 'f1',
  source: 'Entity List (EL) - Bureau of Industry and Security',
  listCode: 'EL',
  entryId: 'e1',
  entryName: 'Sugon',
  matchedName: 'Zhongke Shuguang',
  queryName: '中科曙光',
  level: 'STRONG',
  programs: ['EAR'],
  firstSeenOn: '2026-06-30',
  reviewed: false,
  ...over,
});

const alerts = (matches: SupplierMatchForAlert[], sublicenseIds: string[] = []) =>
  supplierScreeningAlerts({
    party: 'JV',
    suppliers: [{ id: 's1', legalName: 'Langfang Cathode', sublicenseIds, matches }],
    today: '2026-06-30',
    lookbackDays: 7,
  });

describe('supplierScreeningAlerts: new, unreviewed hits on a supplier (TIC 12.2, 2.4)', () => {
  it('alerts an unreviewed hit once, its occasion the match and the entry content', () => {
    const [draft, ...rest] = alerts([match(), match()]);
    expect(rest).toEqual([]);
    expect(draft).toMatchObject({
      recipientParty: 'JV',
      kind: 'SUPPLIER_SCREENING_HIT',
      recordType: 'Supplier',
      recordId: 's1',
      occasion: 'EL|Sugon|中科曙光|f1',
      article: 'TIC 12.2',
      link: '/graphql#Supplier/s1',
    });
  });

  it('cites TIC 2.4 and links the sublicences the supplier holds', () => {
    const [draft] = alerts([match()], ['l1']);
    expect(draft.article).toBe('TIC 12.2; TIC 2.4');
    expect(draft.detail.sublicenses).toEqual([
      { id: 'l1', link: '/graphql#SupplierSublicense/l1' },
    ]);
  });

  it('a changed entry is another occasion', () => {
    expect(alerts([match(), match({ fingerprint: 'f2' })]).map((d) => d.occasion)).toEqual([
      'EL|Sugon|中科曙光|f1',
      'EL|Sugon|中科曙光|f2',
    ]);
  });

  it('is silent on a reviewed match and on a hit first seen before the lookback', () => {
    expect(alerts([match({ reviewed: true })])).toEqual([]);
    expect(alerts([match({ firstSeenOn: '2026-06-23' })])).toHaveLength(1);
    expect(alerts([match({ firstSeenOn: '2026-06-22' })])).toEqual([]);
  });
});
