import { beneficiaryStanding } from '../../../src/rules/beneficiary-standing';
import { decidePerformance } from '../../../src/rules/performance-record';
import { decidePerformanceReview } from '../../../src/rules/performance-review';
import { decideWaiver } from '../../../src/rules/waiver';

/** The JVC Art. 88 report of March 2026: owed by the JV to both Parties, due 30 April 2026. */
const REPORT = {
  status: 'OPEN' as const,
  nature: 'DUTY' as const,
  dueOn: '2026-04-30',
  obligorParty: 'JV' as const,
  beneficiaryParties: ['FENGFAN', 'VALENCE'] as const,
  article: 'JVC Art. 88',
};

describe('decideWaiver (TIC 13.7; JVC Art. 120): a waiver binds only the beneficiary that gives it', () => {
  it("Fengfan's waiver leaves the report owed to Valence", () => {
    expect(decideWaiver({ obligation: REPORT, party: 'FENGFAN', waivedAlready: [] })).toEqual({
      ok: true,
      value: { complete: false, stillOwedTo: ['VALENCE'] },
    });
  });

  it("Valence's waiver after Fengfan's waives the report as a whole", () => {
    expect(
      decideWaiver({ obligation: REPORT, party: 'VALENCE', waivedAlready: ['FENGFAN'] }),
    ).toEqual({ ok: true, value: { complete: true, stillOwedTo: [] } });
  });

  it('a single beneficiary (Valence, TIC 6.3) waives the invoice as a whole', () => {
    const invoice = { ...REPORT, beneficiaryParties: ['VALENCE' as const], article: 'TIC 6.3' };
    expect(decideWaiver({ obligation: invoice, party: 'VALENCE', waivedAlready: [] })).toEqual({
      ok: true,
      value: { complete: true, stillOwedTo: [] },
    });
  });

  it.each([
    ['waived twice by the same party', REPORT, ['FENGFAN'] as const, 'state'],
    ['already met', { ...REPORT, status: 'MET' as const }, [] as const, 'state'],
    ['not yet dated', { ...REPORT, dueOn: null }, [] as const, 'state'],
    [
      'that is an option (JVC Art. 103)',
      { ...REPORT, nature: 'OPTION' as const },
      [] as const,
      'state',
    ],
  ])('refuses a waiver of an obligation %s', (_label, obligation, waivedAlready, kind) => {
    const ruling = decideWaiver({ obligation, party: 'FENGFAN', waivedAlready });
    expect(ruling.ok).toBe(false);
    if (!ruling.ok) expect(ruling.refusal.kind).toBe(kind);
  });
});

describe('decidePerformance: the obligor records, a beneficiary may record receipt', () => {
  it('the JV records its report: no acknowledgement yet', () => {
    expect(
      decidePerformance({
        obligation: REPORT,
        party: 'JV',
        metOn: '2026-04-20',
        today: '2026-05-01',
      }),
    ).toEqual({ ok: true, value: { acknowledgedBy: null } });
  });

  it("Valence records receiving it: that is Valence's acknowledgement", () => {
    expect(
      decidePerformance({
        obligation: REPORT,
        party: 'VALENCE',
        metOn: '2026-04-20',
        today: '2026-05-01',
      }),
    ).toEqual({ ok: true, value: { acknowledgedBy: 'VALENCE' } });
  });

  it('refuses a date after today (field metOn)', () => {
    const ruling = decidePerformance({
      obligation: REPORT,
      party: 'JV',
      metOn: '2026-05-02',
      today: '2026-05-01',
    });
    expect(ruling).toMatchObject({ ok: false, refusal: { kind: 'input', field: 'metOn' } });
  });
});

describe('decidePerformanceReview: a beneficiary acknowledges or disputes', () => {
  const MET = { status: 'MET' as const };
  const fresh = { waived: false, verdict: null };

  it('Fengfan disputes with a reason', () => {
    expect(
      decidePerformanceReview({
        obligation: MET,
        party: 'FENGFAN',
        verdict: 'DISPUTED',
        reason: 'The report omits the balance sheet',
        current: fresh,
      }),
    ).toEqual({ ok: true, value: { verdict: 'DISPUTED' } });
  });

  it.each([
    ['no performance recorded', { status: 'OPEN' as const }, 'DISPUTED', 'x', fresh, 'state'],
    ['a dispute without a reason', MET, 'DISPUTED', null, fresh, 'input'],
    [
      'by a beneficiary that waived',
      MET,
      'ACKNOWLEDGED',
      null,
      { waived: true, verdict: null },
      'state',
    ],
    [
      'the same answer twice',
      MET,
      'ACKNOWLEDGED',
      null,
      { waived: false, verdict: 'ACKNOWLEDGED' as const },
      'state',
    ],
  ] as const)('refuses %s', (_label, obligation, verdict, reason, current, kind) => {
    const ruling = decidePerformanceReview({
      obligation,
      party: 'FENGFAN',
      verdict,
      reason,
      current,
    });
    expect(ruling).toMatchObject({ ok: false, refusal: { kind } });
  });
});

describe('beneficiaryStanding: per beneficiary, and the performance as a whole', () => {
  const beneficiaries = ['FENGFAN', 'VALENCE'] as const;

  it('after Fengfan waives, the report is still owed to Valence', () => {
    const { standings, allWaived, performance } = beneficiaryStanding({
      beneficiaries,
      positions: [{ party: 'FENGFAN', waived: true, verdict: null }],
      performed: false,
    });
    expect(standings).toEqual([
      { party: 'FENGFAN', waived: true, stillOwed: false, verdict: null },
      { party: 'VALENCE', waived: false, stillOwed: true, verdict: null },
    ]);
    expect(allWaived).toBe(false);
    expect(performance).toBeNull();
  });

  it.each([
    ['nobody has answered', [], 'UNREVIEWED'],
    [
      'one of two acknowledged',
      [{ party: 'VALENCE', waived: false, verdict: 'ACKNOWLEDGED' }],
      'UNREVIEWED',
    ],
    [
      'both acknowledged',
      [
        { party: 'VALENCE', waived: false, verdict: 'ACKNOWLEDGED' },
        { party: 'FENGFAN', waived: false, verdict: 'ACKNOWLEDGED' },
      ],
      'ACKNOWLEDGED',
    ],
    [
      'one acknowledged and the other waived',
      [
        { party: 'VALENCE', waived: false, verdict: 'ACKNOWLEDGED' },
        { party: 'FENGFAN', waived: true, verdict: null },
      ],
      'ACKNOWLEDGED',
    ],
    [
      'one acknowledged, one disputed',
      [
        { party: 'VALENCE', waived: false, verdict: 'ACKNOWLEDGED' },
        { party: 'FENGFAN', waived: false, verdict: 'DISPUTED' },
      ],
      'DISPUTED',
    ],
  ] as const)('a performed report when %s is %s', (_label, positions, expected) => {
    expect(beneficiaryStanding({ beneficiaries, positions, performed: true }).performance).toBe(
      expected,
    );
  });
});
