import type { PartyCode } from '../../../src/domain/parties';
import {
  checkDissolutionStep,
  checkTerminationNoticeGround,
  dissolutionStage,
} from '../../../src/rules/jvc-dissolution';

const facts = {
  windowEndsOn: '2026-08-14',
  continuationAgreedOn: null,
  dissolutionAppliedOn: null,
  dissolutionApprovedOn: null,
  terminatedOn: null,
};

describe('dissolutionStage: notice → window → deemed agreement → application → approval → liquidation', () => {
  it.each([
    { asOf: '2026-08-14', over: {}, stage: 'NEGOTIATION', article: 'JVC Art. 105' },
    { asOf: '2026-08-15', over: {}, stage: 'DEEMED_AGREED_TO_TERMINATE', article: 'JVC Art. 105' },
    {
      asOf: '2026-08-20',
      over: { dissolutionAppliedOn: '2026-08-17' },
      stage: 'APPLICATION_SUBMITTED',
      article: 'JVC Art. 105',
    },
    {
      asOf: '2026-09-12',
      over: { dissolutionAppliedOn: '2026-08-17', dissolutionApprovedOn: '2026-09-10' },
      stage: 'APPROVED',
      article: 'JVC Art. 105',
    },
    {
      asOf: '2026-09-15',
      over: {
        dissolutionAppliedOn: '2026-08-17',
        dissolutionApprovedOn: '2026-09-10',
        terminatedOn: '2026-09-15',
      },
      stage: 'LIQUIDATION',
      article: 'JVC Art. 106-112',
    },
    {
      asOf: '2026-09-01',
      over: { continuationAgreedOn: '2026-08-10' },
      stage: 'CONTINUED',
      article: 'JVC Art. 105',
    },
  ])('as of $asOf: $stage', ({ asOf, over, stage, article }) => {
    expect(dissolutionStage({ ...facts, ...over, asOf })).toMatchObject({ stage, article });
  });
});

describe('checkDissolutionStep (JVC Art. 105)', () => {
  const base = { ...facts, today: '2026-12-01' };
  it('the application only after the window ends', () => {
    expect(
      checkDissolutionStep({ ...base, step: 'APPLICATION_SUBMITTED', on: '2026-08-14' }),
    ).toMatchObject({
      ok: false,
      refusal: { kind: 'input', field: 'on' },
    });
    expect(
      checkDissolutionStep({ ...base, step: 'APPLICATION_SUBMITTED', on: '2026-08-15' }).ok,
    ).toBe(true);
  });
  it('the approval only after an application, never before it, and once', () => {
    expect(checkDissolutionStep({ ...base, step: 'APPROVED', on: '2026-09-10' })).toMatchObject({
      ok: false,
      refusal: { kind: 'state' },
    });
    const applied = { ...base, dissolutionAppliedOn: '2026-08-17' };
    expect(checkDissolutionStep({ ...applied, step: 'APPROVED', on: '2026-08-16' })).toMatchObject({
      ok: false,
      refusal: { field: 'on' },
    });
    expect(checkDissolutionStep({ ...applied, step: 'APPROVED', on: '2026-09-10' }).ok).toBe(true);
    expect(
      checkDissolutionStep({
        ...applied,
        dissolutionApprovedOn: '2026-09-10',
        step: 'APPROVED',
        on: '2026-09-11',
      }),
    ).toMatchObject({ ok: false, refusal: { kind: 'state' } });
  });
  it('nothing after an agreement to continue', () => {
    expect(
      checkDissolutionStep({
        ...base,
        continuationAgreedOn: '2026-08-01',
        step: 'APPLICATION_SUBMITTED',
        on: '2026-08-20',
      }),
    ).toMatchObject({ ok: false, refusal: { kind: 'state' } });
  });
});

describe('checkTerminationNoticeGround: a JVC termination notice names its Art. 104 event', () => {
  const breach = {
    kind: 'BREACH',
    senderParty: 'VALENCE' as PartyCode,
    recipientParties: ['FENGFAN'] as PartyCode[],
    terminationRightOpen: true,
  };
  it.each([
    { groundArticle: null, ok: false, field: 'groundArticle' },
    { groundArticle: 'JVC Art. 105', ok: false, field: 'groundArticle' },
    { groundArticle: 'JVC Art. 104(8)', ok: false, field: 'groundArticle' },
    { groundArticle: 'JVC Art. 104(3)', ok: true, field: null },
    { groundArticle: 'JVC Art. 55', ok: true, field: null },
  ])('$groundArticle → $ok', ({ groundArticle, ok, field }) => {
    const ruling = checkTerminationNoticeGround({
      groundArticle,
      sender: 'VALENCE',
      recipients: ['FENGFAN'],
      breach: null,
    });
    expect(ruling.ok).toBe(ok);
    if (!ruling.ok) expect(ruling.refusal.field).toBe(field);
  });
  it('Art. 104(2): the sender’s own breach notice to the same Party, its cure lapsed', () => {
    const check = (
      over: Partial<typeof breach> | null,
      sender: 'VALENCE' | 'FENGFAN' = 'VALENCE',
    ) =>
      checkTerminationNoticeGround({
        groundArticle: 'JVC Art. 104(2)',
        sender,
        recipients: ['FENGFAN'],
        breach: over === null ? null : { ...breach, ...over },
      });
    expect(check({}).ok).toBe(true);
    expect(check(null)).toMatchObject({ ok: false, refusal: { field: 'basisNoticeId' } });
    expect(check({ senderParty: 'FENGFAN' })).toMatchObject({
      ok: false,
      refusal: { field: 'basisNoticeId' },
    });
    expect(check({ terminationRightOpen: false })).toMatchObject({
      ok: false,
      refusal: { kind: 'state', article: 'JVC Art. 104(2)' },
    });
  });
});
