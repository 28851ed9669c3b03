import type { CureClock } from '../../../src/rules/notice-clocks';
import {
  checkBasisFits,
  decideTermination,
  isProtectedArticle,
  type BasisNotice,
} from '../../../src/rules/termination-basis';

const today = '2026-12-01';

// Valence's breach notice of 24 September 2026 to the JV: cure by 23 November, termination
// available from 8 December (rules/notice-clocks.ts, both readings of TIC 11.2).
const cure: CureClock = {
  byNoticeDate: { rolledOn: '2026-11-23', unrolledOn: '2026-11-23', rule: '', article: '' },
  byReceipt: { rolledOn: '2026-12-07', unrolledOn: '2026-12-07', rule: '', article: '' },
  deadline: '2026-11-23',
  terminationFrom: '2026-12-08',
  article: 'TIC 11.2',
  reading: '',
};
const breach: BasisNotice = {
  kind: 'BREACH',
  senderParty: 'VALENCE',
  recipientParties: ['JV'],
  sentOn: '2026-09-24',
  breachedArticle: 'TIC 6.3',
  curedOn: null,
  cure,
  deemedAgreedToTerminate: false,
  dissolutionApprovedOn: null,
};

describe('decideTermination: the record decides, the date cannot precede it', () => {
  it('TIC 11.2: from the day after the later reading of the cure period', () => {
    const record = { basis: 'UNCURED_BREACH' as const, notice: breach };
    expect(
      decideTermination({
        governingContract: 'TIC',
        terminatedOn: '2026-12-08',
        today: '2026-12-08',
        record,
      }),
    ).toEqual({
      ok: true,
      value: {
        article: 'TIC 11.2',
        availableFrom: '2026-12-08',
        reason: expect.stringContaining('TIC 11.2'),
      },
    });
    expect(
      decideTermination({
        governingContract: 'TIC',
        terminatedOn: '2026-12-07',
        today: '2026-12-08',
        record,
      }),
    ).toEqual({
      ok: false,
      refusal: expect.objectContaining({
        kind: 'input',
        field: 'terminatedOn',
        article: 'TIC 11.2',
      }),
    });
  });

  it('TIC 11.2: an accepted cure closes the right; no deemed receipt, no cure period', () => {
    const cured = {
      basis: 'UNCURED_BREACH' as const,
      notice: { ...breach, curedOn: '2026-11-20' },
    };
    expect(
      decideTermination({
        governingContract: 'TIC',
        terminatedOn: '2026-12-08',
        today: '2026-12-08',
        record: cured,
      }),
    ).toMatchObject({ ok: false, refusal: { kind: 'state', article: 'TIC 11.2' } });
    const unreceived = { basis: 'UNCURED_BREACH' as const, notice: { ...breach, cure: null } };
    expect(
      decideTermination({
        governingContract: 'TIC',
        terminatedOn: '2026-12-08',
        today: '2026-12-08',
        record: unreceived,
      }),
    ).toMatchObject({ ok: false, refusal: { kind: 'state' } });
  });

  it('TIC 11.3(a): proceeding commenced 20 March, not dismissed within 60 calendar days (by 19 May): from 20 May', () => {
    const record = {
      basis: 'INSOLVENCY' as const,
      proceeding: { debtorParty: 'JV' as const, commencedOn: '2026-03-20', dismissedOn: null },
    };
    expect(
      decideTermination({ governingContract: 'TIC', terminatedOn: '2026-05-20', today, record }),
    ).toMatchObject({ ok: true, value: { article: 'TIC 11.3(a)', availableFrom: '2026-05-20' } });
    expect(
      decideTermination({ governingContract: 'TIC', terminatedOn: '2026-05-19', today, record }),
    ).toMatchObject({ ok: false, refusal: { field: 'terminatedOn' } });
    // Dismissed on the 60th day: no right arises.
    const dismissed = {
      ...record,
      proceeding: { ...record.proceeding, dismissedOn: '2026-05-19' },
    };
    expect(
      decideTermination({
        governingContract: 'TIC',
        terminatedOn: '2026-06-01',
        today,
        record: dismissed,
      }),
    ).toMatchObject({ ok: false, refusal: { kind: 'state', article: 'TIC 11.3(a)' } });
    // Dismissed on the 61st day: the right had arisen the day before.
    const late = { ...record, proceeding: { ...record.proceeding, dismissedOn: '2026-05-20' } };
    expect(
      decideTermination({
        governingContract: 'TIC',
        terminatedOn: '2026-06-01',
        today,
        record: late,
      }),
    ).toMatchObject({ ok: true });
  });

  it.each([
    { article: 'TIC 2.4', protectedArticle: true },
    { article: 'TIC 2.8', protectedArticle: true },
    { article: 'TIC 8.1', protectedArticle: true },
    { article: 'TIC 10.4', protectedArticle: true },
    { article: 'TIC 6.3', protectedArticle: false },
    { article: 'TIC 12.2', protectedArticle: false },
    { article: 'TIC 1.8', protectedArticle: false },
  ])(
    'TIC 11.3(b) covers Art. 2, 8 and 10: $article → $protectedArticle',
    ({ article, protectedArticle }) => {
      expect(isProtectedArticle(article)).toBe(protectedArticle);
      const record = {
        basis: 'PROTECTED_ARTICLE_BREACH' as const,
        notice: { ...breach, breachedArticle: article },
      };
      const ruling = decideTermination({
        governingContract: 'TIC',
        terminatedOn: '2026-09-24',
        today,
        record,
      });
      expect(ruling.ok).toBe(protectedArticle);
      if (ruling.ok) {
        // No cure period in TIC 11.3: from the notice's date.
        expect(ruling.value).toMatchObject({ article: 'TIC 11.3(b)', availableFrom: '2026-09-24' });
      }
    },
  );

  it('TIC 11.3(b) needs Valence’s notice to Fengfan or the Licensee', () => {
    const fromJv = {
      basis: 'PROTECTED_ARTICLE_BREACH' as const,
      notice: {
        ...breach,
        senderParty: 'JV' as const,
        recipientParties: ['VALENCE' as const],
        breachedArticle: 'TIC 2.4',
      },
    };
    expect(
      decideTermination({
        governingContract: 'TIC',
        terminatedOn: '2026-10-01',
        today,
        record: fromJv,
      }),
    ).toMatchObject({ ok: false, refusal: { field: 'basisId', article: 'TIC 11.3(b)' } });
  });

  it('TIC 11.1: only once every party has signed, never before the last signature', () => {
    expect(
      decideTermination({
        governingContract: 'TIC',
        terminatedOn: '2026-05-01',
        today,
        record: { basis: 'MUTUAL_AGREEMENT', effectiveOn: null },
      }),
    ).toMatchObject({ ok: false, refusal: { kind: 'state', article: 'TIC 11.1' } });
    expect(
      decideTermination({
        governingContract: 'TIC',
        terminatedOn: '2026-05-01',
        today,
        record: { basis: 'MUTUAL_AGREEMENT', effectiveOn: '2026-05-01' },
      }),
    ).toMatchObject({ ok: true, value: { article: 'TIC 11.1', availableFrom: '2026-05-01' } });
  });

  it('JVC: the deemed agreement to terminate and the Authority’s approval, from the approval', () => {
    const notice: BasisNotice = { ...breach, kind: 'TERMINATION', cure: null };
    const record = (over: Partial<BasisNotice>) => ({
      basis: 'JVC_DISSOLUTION' as const,
      notice: { ...notice, ...over },
    });
    const decide = (terminatedOn: string, over: Partial<BasisNotice>) =>
      decideTermination({ governingContract: 'JVC', terminatedOn, today, record: record(over) });
    expect(decide('2026-09-15', {})).toMatchObject({ ok: false, refusal: { kind: 'state' } });
    expect(decide('2026-09-15', { deemedAgreedToTerminate: true })).toMatchObject({
      ok: false,
      refusal: { kind: 'state', reason: expect.stringContaining('Approval Authority') },
    });
    expect(
      decide('2026-09-09', { deemedAgreedToTerminate: true, dissolutionApprovedOn: '2026-09-10' }),
    ).toMatchObject({ ok: false, refusal: { field: 'terminatedOn' } });
    expect(
      decide('2026-09-15', { deemedAgreedToTerminate: true, dissolutionApprovedOn: '2026-09-10' }),
    ).toMatchObject({
      ok: true,
      value: { article: 'JVC Art. 104, 105', availableFrom: '2026-09-10' },
    });
  });

  it('a TIC that has not taken effect ends only by mutual agreement (TIC 1.4, 4.1, 11.1)', () => {
    const record = { basis: 'UNCURED_BREACH' as const, notice: breach };
    expect(
      decideTermination({
        governingContract: 'TIC',
        status: 'SIGNED',
        terminatedOn: '2026-12-08',
        today: '2026-12-08',
        record,
      }),
    ).toMatchObject({ ok: false, refusal: { kind: 'state', article: 'TIC 1.4, 4.1, 11.1' } });
    expect(
      decideTermination({
        governingContract: 'TIC',
        status: 'SIGNED',
        terminatedOn: '2026-05-01',
        today,
        record: { basis: 'MUTUAL_AGREEMENT', effectiveOn: '2026-05-01' },
      }).ok,
    ).toBe(true);
  });

  it('a termination date in the future is refused', () => {
    expect(
      decideTermination({
        governingContract: 'TIC',
        terminatedOn: '2026-12-02',
        today,
        record: { basis: 'MUTUAL_AGREEMENT', effectiveOn: '2026-05-01' },
      }),
    ).toMatchObject({ ok: false, refusal: { kind: 'input', field: 'terminatedOn' } });
  });

  it.each([
    { governingContract: 'TIC', basis: 'JVC_DISSOLUTION', ok: false },
    { governingContract: 'JVC', basis: 'UNCURED_BREACH', ok: false },
    { governingContract: 'JVC', basis: 'MUTUAL_AGREEMENT', ok: false },
    { governingContract: 'TIC', basis: 'INSOLVENCY', ok: true },
    { governingContract: 'JVC', basis: 'JVC_DISSOLUTION', ok: true },
  ] as const)('$governingContract provides for $basis: $ok', ({ governingContract, basis, ok }) => {
    expect(checkBasisFits({ governingContract, basis }).ok).toBe(ok);
  });
});
