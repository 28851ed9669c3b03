import {
  checkCureAnswer,
  checkCureClaim,
  signContinuation,
} from '../../../src/rules/cure-and-continuation';
import {
  checkInsolvencyRecord,
  signMutualTermination,
} from '../../../src/rules/mutual-termination';

const today = '2026-12-01';
const notice = {
  kind: 'BREACH' as const,
  sentOn: '2026-09-24',
  cureClaimedOn: null,
  cureAnswer: null,
};

describe('checkCureClaim and checkCureAnswer (TIC 11.2; JVC Art. 104(2))', () => {
  it.each([
    { over: {}, curedOn: '2026-11-20', ok: true },
    { over: {}, curedOn: '2026-09-23', ok: false, field: 'curedOn' },
    { over: {}, curedOn: '2026-12-02', ok: false, field: 'curedOn' },
    { over: { kind: 'GENERAL' as const }, curedOn: '2026-11-20', ok: false, field: 'noticeId' },
    { over: { cureClaimedOn: '2026-11-01' }, curedOn: '2026-11-20', ok: false, field: 'noticeId' },
    {
      over: { cureClaimedOn: '2026-11-01', cureAnswer: 'DISPUTED' as const },
      curedOn: '2026-11-20',
      ok: true,
    },
    {
      over: { cureClaimedOn: '2026-11-01', cureAnswer: 'ACCEPTED' as const },
      curedOn: '2026-11-20',
      ok: false,
      field: 'noticeId',
    },
  ])('claim $curedOn on $over → $ok', ({ over, curedOn, ok, field }) => {
    const ruling = checkCureClaim({
      governingContract: 'TIC',
      notice: { ...notice, ...over },
      curedOn,
      today,
    });
    expect(ruling.ok).toBe(ok);
    if (!ruling.ok) expect(ruling.refusal).toMatchObject({ field, article: 'TIC 11.2' });
  });

  it('an answer needs a claim not yet answered, dated no earlier than the claimed cure', () => {
    const answer = (over: object, answeredOn: string) =>
      checkCureAnswer({
        governingContract: 'JVC',
        notice: { ...notice, ...over },
        answeredOn,
        today,
      });
    expect(answer({}, '2026-11-20')).toMatchObject({
      ok: false,
      refusal: { kind: 'state', article: 'JVC Art. 104(2)' },
    });
    expect(answer({ cureClaimedOn: '2026-11-10' }, '2026-11-09')).toMatchObject({
      ok: false,
      refusal: { field: 'answeredOn' },
    });
    expect(answer({ cureClaimedOn: '2026-11-10' }, '2026-11-10').ok).toBe(true);
    expect(
      answer({ cureClaimedOn: '2026-11-10', cureAnswer: 'ACCEPTED' }, '2026-11-12'),
    ).toMatchObject({
      ok: false,
      refusal: { kind: 'state' },
    });
  });
});

describe('signContinuation (JVC Art. 105): both Parties, each within the window', () => {
  const termination = {
    kind: 'TERMINATION' as const,
    sentOn: '2026-10-01',
    continuationSignatures: [],
  };
  const sign = (over: object) =>
    signContinuation({
      notice: termination,
      governingContract: 'JVC',
      windowEndsOn: '2026-11-16',
      party: 'FENGFAN',
      signedBy: 'user-1',
      signedOn: '2026-11-10',
      today,
      parties: ['FENGFAN', 'VALENCE'],
      ...over,
    });
  it('one signature is not the agreement; the second makes it, dated by the later', () => {
    const first = sign({});
    expect(first).toMatchObject({ ok: true, value: { agreedOn: null } });
    const second = sign({
      notice: { ...termination, continuationSignatures: first.ok ? first.value.signatures : [] },
      party: 'VALENCE',
      signedOn: '2026-11-16',
    });
    expect(second).toMatchObject({ ok: true, value: { agreedOn: '2026-11-16' } });
  });
  it('refuses a signature after the rolled window end, twice by one Party, or on a TIC notice', () => {
    expect(sign({ signedOn: '2026-11-17' })).toMatchObject({
      ok: false,
      refusal: { kind: 'state', article: 'JVC Art. 105' },
    });
    expect(
      sign({
        notice: {
          ...termination,
          continuationSignatures: [{ party: 'FENGFAN', signedBy: 'u', signedOn: '2026-11-01' }],
        },
      }),
    ).toMatchObject({ ok: false, refusal: { kind: 'state' } });
    expect(sign({ governingContract: 'TIC' })).toMatchObject({
      ok: false,
      refusal: { field: 'noticeId' },
    });
  });
});

describe('signMutualTermination (TIC 11.1) and checkInsolvencyRecord (TIC 11.3(a))', () => {
  it('takes effect on the last of the three signatures', () => {
    const base = {
      effectiveOn: null,
      signedBy: 'u',
      today,
      parties: ['VALENCE', 'FENGFAN', 'JV'] as const,
    };
    const two = [
      { party: 'VALENCE' as const, signedBy: 'u', signedOn: '2026-04-28' },
      { party: 'JV' as const, signedBy: 'u', signedOn: '2026-04-30' },
    ];
    expect(
      signMutualTermination({
        ...base,
        signatures: two.slice(0, 1),
        party: 'JV',
        signedOn: '2026-04-30',
      }),
    ).toMatchObject({ ok: true, value: { effectiveOn: null } });
    expect(
      signMutualTermination({ ...base, signatures: two, party: 'FENGFAN', signedOn: '2026-04-29' }),
    ).toMatchObject({ ok: true, value: { effectiveOn: '2026-04-30' } });
    expect(
      signMutualTermination({ ...base, signatures: two, party: 'JV', signedOn: '2026-05-01' }),
    ).toMatchObject({ ok: false, refusal: { kind: 'state', article: 'TIC 11.1' } });
  });
  it('a dismissal never precedes the commencement, and is recorded once', () => {
    const base = { governingContract: 'TIC' as const, commencedOn: '2026-03-20', today };
    expect(
      checkInsolvencyRecord({ ...base, dismissedOn: '2026-03-19', alreadyDismissedOn: null }),
    ).toMatchObject({
      ok: false,
      refusal: { field: 'dismissedOn' },
    });
    expect(
      checkInsolvencyRecord({ ...base, dismissedOn: '2026-04-19', alreadyDismissedOn: null }).ok,
    ).toBe(true);
    expect(
      checkInsolvencyRecord({
        ...base,
        dismissedOn: '2026-04-19',
        alreadyDismissedOn: '2026-04-01',
      }),
    ).toMatchObject({ ok: false, refusal: { kind: 'state' } });
    expect(
      checkInsolvencyRecord({
        ...base,
        governingContract: 'JVC',
        dismissedOn: null,
        alreadyDismissedOn: null,
      }),
    ).toMatchObject({ ok: false, refusal: { field: 'contractId' } });
  });
});
