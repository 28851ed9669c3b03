import type { EventKind } from '../../../src/domain/contracts';
import type { PartyCode } from '../../../src/domain/parties';
import {
  eventEffects,
  type EventContract,
  type RecurringDuty,
} from '../../../src/rules/event-effects';

/**
 * What recording an event does, worked from the texts. The TIC was signed on 8 July 2003; the
 * JV is established on 10 February 2026 (JVC Art. 8, 103).
 */
const TIC: EventContract = {
  code: 'TIC',
  status: 'SIGNED',
  statusToday: 'SIGNED',
  signedOn: '2003-07-08',
  termStartsOn: null,
};
const JVC: EventContract = { ...TIC, code: 'JVC', signedOn: '2002-11-08' };
const TIC_PARTIES = [
  { party: 'VALENCE' as PartyCode, role: 'LICENSOR' },
  { party: 'FENGFAN' as PartyCode, role: 'PARTY' },
  { party: 'JV' as PartyCode, role: 'LICENSEE' },
];
const JVC_PARTIES = [
  { party: 'FENGFAN' as PartyCode, role: 'PARTY_A' },
  { party: 'VALENCE' as PartyCode, role: 'PARTY_B' },
  { party: 'JV' as PartyCode, role: 'JOINT_VENTURE_COMPANY' },
];
const DUTIES: RecurringDuty[] = [
  {
    code: 'annual',
    recurrence: 'CALENDAR_YEAR',
    metByEventKind: 'BOARD_MEETING',
    startsOn: '2026-02-10',
  },
  {
    code: 'monthly',
    recurrence: 'CALENDAR_MONTH',
    metByEventKind: 'MONTHLY_REPORT_FURNISHED',
    startsOn: '2026-02-10',
  },
];

function onTic(
  kind: EventKind,
  occurredOn: string,
  recordedKinds: Partial<Record<EventKind, string>> = {},
) {
  return eventEffects({
    governing: 'TIC',
    contract: TIC,
    parties: TIC_PARTIES,
    kind,
    occurredOn,
    concernsParty: null,
    period: null,
    today: '2026-06-30',
    recordedKinds,
    recurring: [],
    establishedOn: '2026-02-10',
  });
}

function onJvc(
  kind: EventKind,
  occurredOn: string,
  extra: { period?: string; concernsParty?: PartyCode } = {},
) {
  return eventEffects({
    governing: 'JVC',
    contract: JVC,
    parties: JVC_PARTIES,
    kind,
    occurredOn,
    concernsParty: extra.concernsParty ?? null,
    period: extra.period ?? null,
    today: '2026-06-30',
    recordedKinds: { ESTABLISHMENT_DATE: '2026-02-10' },
    recurring: DUTIES,
    establishedOn: null,
  });
}

describe('the TIC takes effect from its conditions (TIC 1.4, 4.1; JVC Art. 42)', () => {
  it('the Effective Date cannot be recorded directly', () => {
    expect(onTic('EFFECTIVE_DATE', '2026-03-03')).toMatchObject({
      ok: false,
      refusal: { kind: 'input', field: 'kind' },
    });
  });

  it('the ratification, after the approval, fixes the Effective Date and the term, not yet the status', () => {
    const ruling = onTic('LICENSEE_RATIFICATION', '2026-03-03', {
      APPROVAL_AUTHORITY_APPROVAL: '2026-01-20',
    });
    expect(ruling).toMatchObject({
      ok: true,
      value: {
        contract: { effectiveOn: '2026-03-03', termStartsOn: '2026-03-03' },
        statusChange: null,
        derivedTriggers: [{ kind: 'EFFECTIVE_DATE', on: '2026-03-03' }],
        fulfils: null,
      },
    });
  });

  it('the export approval, last, makes it EFFECTIVE on its own date and releases the deliveries', () => {
    const ruling = onTic('EXPORT_APPROVAL', '2026-05-10', {
      APPROVAL_AUTHORITY_APPROVAL: '2026-01-20',
      LICENSEE_RATIFICATION: '2026-03-03',
    });
    expect(ruling).toMatchObject({
      ok: true,
      value: {
        contract: { status: 'EFFECTIVE' },
        statusChange: {
          from: 'SIGNED',
          to: 'EFFECTIVE',
          on: '2026-05-10',
          article: 'TIC 1.4, 4.1',
        },
        derivedTriggers: [],
        fulfils: { kind: 'EXPORT_APPROVAL', on: '2026-05-10' },
      },
    });
  });

  it('all three at once when the ratification comes last: effective on the ratification', () => {
    const ruling = onTic('LICENSEE_RATIFICATION', '2026-03-03', {
      APPROVAL_AUTHORITY_APPROVAL: '2026-01-20',
      EXPORT_APPROVAL: '2026-02-15',
    });
    expect(ruling).toMatchObject({
      ok: true,
      value: {
        contract: { status: 'EFFECTIVE', effectiveOn: '2026-03-03', termStartsOn: '2026-03-03' },
        statusChange: { on: '2026-03-03' },
        derivedTriggers: [{ kind: 'EFFECTIVE_DATE', on: '2026-03-03' }],
        conditionsMet: { EXPORT_APPROVAL: '2026-02-15' },
      },
    });
  });

  it('a ratification before the establishment is refused (TIC 1.4)', () => {
    expect(onTic('LICENSEE_RATIFICATION', '2026-02-09')).toMatchObject({
      ok: false,
      refusal: { kind: 'input', field: 'occurredOn', article: 'TIC 1.4' },
    });
  });

  it('an export approval cannot be recorded twice', () => {
    expect(onTic('EXPORT_APPROVAL', '2026-05-12', { EXPORT_APPROVAL: '2026-05-10' })).toMatchObject(
      {
        ok: false,
        refusal: { kind: 'state' },
      },
    );
  });

  it('Production Startup names its line (TIC 1.8)', () => {
    expect(onTic('PRODUCTION_STARTUP', '2026-05-20')).toMatchObject({
      ok: false,
      refusal: { field: 'kind', article: 'TIC 1.8' },
    });
    expect(onTic('CELL_PRODUCTION_STARTUP', '2026-05-20')).toMatchObject({
      ok: true,
      value: { concernedParties: ['JV', 'VALENCE'] },
    });
  });

  it('nothing is recorded for a day after today', () => {
    expect(onTic('EXPORT_APPROVAL', '2026-07-01')).toMatchObject({
      ok: false,
      refusal: { field: 'occurredOn' },
    });
  });

  it('nothing but an invoice starts a clock under a terminated contract (TIC 11.6, 6.3)', () => {
    const ended = { ...TIC, status: 'TERMINATED' as const, statusToday: 'TERMINATED' as const };
    const run = (kind: EventKind) =>
      eventEffects({
        governing: 'TIC',
        contract: ended,
        parties: TIC_PARTIES,
        kind,
        occurredOn: '2026-06-01',
        concernsParty: null,
        period: null,
        today: '2026-06-30',
        recordedKinds: {},
        recurring: [],
        establishedOn: '2026-02-10',
      });
    expect(run('CELL_PRODUCTION_STARTUP')).toMatchObject({ ok: false, refusal: { kind: 'state' } });
    expect(run('INVOICE').ok).toBe(true);
  });
});

describe('the JVC', () => {
  it("takes effect on the Authority's approval (JVC Art. 10, 126)", () => {
    expect(onJvc('APPROVAL_AUTHORITY_APPROVAL', '2026-01-05')).toMatchObject({
      ok: true,
      value: {
        contract: { status: 'EFFECTIVE', effectiveOn: '2026-01-05' },
        statusChange: {
          from: 'SIGNED',
          to: 'EFFECTIVE',
          on: '2026-01-05',
          article: 'JVC Art. 10, 126',
        },
      },
    });
  });

  it('a board meeting discharges the regular meeting of its calendar year (JVC Art. 58)', () => {
    expect(onJvc('BOARD_MEETING', '2026-04-15')).toMatchObject({
      ok: true,
      value: { periodLabel: '2026' },
    });
    expect(onJvc('BOARD_MEETING', '2026-04-15', { period: '2025' })).toMatchObject({
      ok: false,
      refusal: { field: 'period' },
    });
  });

  it.each([
    ['2026-03', { ok: true, value: { periodLabel: '2026-03' } }],
    [undefined, { ok: false, refusal: { field: 'period' } }],
    ['March 2026', { ok: false, refusal: { field: 'period' } }],
    ['2026-01', { ok: false, refusal: { field: 'period' } }], // before the establishment month
    ['2026-05', { ok: false, refusal: { field: 'period' } }], // not begun on 20 April
  ])('a monthly report furnished on 20 April naming %s (JVC Art. 88)', (period, expected) => {
    expect(onJvc('MONTHLY_REPORT_FURNISHED', '2026-04-20', { period })).toMatchObject(expected);
  });

  it('a capital verification report concerns Party A or Party B (JVC Art. 31, 35)', () => {
    expect(onJvc('CAPITAL_VERIFICATION_REPORT', '2026-03-01')).toMatchObject({
      ok: false,
      refusal: { field: 'concernsParty' },
    });
    expect(
      onJvc('CAPITAL_VERIFICATION_REPORT', '2026-03-01', { concernsParty: 'JV' }),
    ).toMatchObject({
      ok: false,
      refusal: { field: 'concernsParty', article: 'JVC Art. 31, 35' },
    });
    expect(
      onJvc('CAPITAL_VERIFICATION_REPORT', '2026-03-01', { concernsParty: 'VALENCE' }),
    ).toMatchObject({
      ok: true,
      value: { beneficiaries: ['VALENCE'] },
    });
  });
});
