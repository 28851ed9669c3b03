import type { NoticeMethod } from '../../../src/domain/contracts';
import type { CalendarCountry } from '../../../src/rules/calendar';
import type { GoverningContract } from '../../../src/rules/citation';
import { deemedReceipt } from '../../../src/rules/notice-receipt';

interface Input {
  governingContract: GoverningContract;
  method: NoticeMethod;
  sentAt: Date;
  confirmationReceived: boolean;
  senderCountry: CalendarCountry;
  recipientCountry: CalendarCountry;
  recipientRegion?: string;
  languages?: readonly string[];
}

// Unless an example says otherwise, the sender is in the recipient's country, so the day of a
// hand-over is the same calendar day for both.
const notice = (overrides: Partial<Input> & Pick<Input, 'sentAt'>): Input => ({
  governingContract: 'JVC',
  method: 'FAX',
  confirmationReceived: true,
  recipientCountry: 'CN',
  senderCountry: overrides.recipientCountry ?? 'CN',
  ...overrides,
});

describe('deemedReceipt: worked examples (TIC 13.3; JVC Art. 127)', () => {
  it.each<{ example: string; input: Input; expected: string; article: string }>([
    {
      example: 'courier letter to Fengfan handed over on Monday 2 March 2026: 14 days later',
      input: notice({
        governingContract: 'TIC',
        method: 'COURIER',
        sentAt: new Date('2026-03-02T09:00:00+08:00'),
        confirmationReceived: false,
      }),
      expected: '2026-03-16',
      article: 'TIC 13.3',
    },
    {
      // 01:00 UTC on 2 March is 09:00 on 2 March in Baoding, where Fengfan hands the letter to
      // the courier; in Nevada it is still 1 March, which does not matter: the hand-over is
      // the sender's act, on the sender's date.
      example: 'courier letter from Fengfan to Valence, counted from the day in Baoding (2 March)',
      input: notice({
        method: 'COURIER',
        sentAt: new Date('2026-03-02T01:00:00Z'),
        senderCountry: 'CN',
        recipientCountry: 'US',
      }),
      expected: '2026-03-16',
      article: 'JVC Art. 127',
    },
    {
      // The same instant, handed over by Valence in Nevada on Sunday 1 March (17:00 PST).
      example: 'courier letter from Valence to Fengfan, counted from the day in Nevada (1 March)',
      input: notice({
        method: 'COURIER',
        sentAt: new Date('2026-03-02T01:00:00Z'),
        senderCountry: 'US',
        recipientCountry: 'CN',
      }),
      expected: '2026-03-15',
      article: 'JVC Art. 127',
    },
    {
      example: 'letter by post over New Year: 14 calendar days, holidays included',
      input: notice({ method: 'POST', sentAt: new Date('2026-12-25T10:00:00+08:00') }),
      expected: '2027-01-08',
      article: 'JVC Art. 127',
    },
    {
      example: 'fax to Baoding on Friday 6 March 2026: next working day is Monday',
      input: notice({ governingContract: 'TIC', sentAt: new Date('2026-03-06T10:00:00+08:00') }),
      expected: '2026-03-09',
      article: 'TIC 13.3',
    },
    {
      // The State Council's 2026 arrangement gives Thursday 1 to Wednesday 7 October off
      // (National Day: 1-3 October statutory, a weekend, 6-7 October borrowed against the
      // make-up working days Sunday 20 September and Saturday 10 October).
      example: 'fax to Baoding on 30 September 2026, the day before National Day',
      input: notice({ sentAt: new Date('2026-09-30T15:00:00+08:00') }),
      expected: '2026-10-08',
      article: 'JVC Art. 127',
    },
    {
      example: 'fax to Baoding on Friday 9 October 2026: Saturday 10 October is a working day',
      input: notice({ sentAt: new Date('2026-10-09T10:00:00+08:00') }),
      expected: '2026-10-10',
      article: 'JVC Art. 127',
    },
    {
      // Saturday 14 February 2026 is a make-up working day (调休) before Spring Festival.
      example: 'fax to Baoding on Friday 13 February 2026: the make-up working Saturday',
      input: notice({ governingContract: 'TIC', sentAt: new Date('2026-02-13T10:00:00+08:00') }),
      expected: '2026-02-14',
      article: 'TIC 13.3',
    },
    {
      // Spring Festival 2026: Sunday 15 to Monday 23 February off, including the four statutory
      // days since 2025 (the eve, 16 February, and the 1st-3rd days, 17-19 February).
      example:
        'e-mail sent on the make-up working Saturday 14 February 2026: after Spring Festival',
      input: notice({ method: 'EMAIL', sentAt: new Date('2026-02-14T10:00:00+08:00') }),
      expected: '2026-02-24',
      article: 'JVC Art. 127',
    },
    {
      // Nevada knows no make-up working days: the same Friday fax to Valence waits for Monday.
      example: 'fax to Valence on Friday 9 October 2026: Columbus Day, so Tuesday 13 October',
      input: notice({ sentAt: new Date('2026-10-09T10:00:00-07:00'), recipientCountry: 'US' }),
      expected: '2026-10-13',
      article: 'JVC Art. 127',
    },
    {
      example: 'fax from Nevada on Thursday evening, already Friday in Baoding',
      input: notice({ sentAt: new Date('2026-03-05T20:00:00-08:00') }),
      expected: '2026-03-09',
      article: 'JVC Art. 127',
    },
    {
      example: 'the same fax to Valence in Nevada, where it is still Thursday',
      input: notice({ sentAt: new Date('2026-03-05T20:00:00-08:00'), recipientCountry: 'US' }),
      expected: '2026-03-06',
      article: 'JVC Art. 127',
    },
    {
      example: 'fax to Valence on Thursday 2 July 2026, before Independence Day (observed Friday)',
      input: notice({
        governingContract: 'TIC',
        sentAt: new Date('2026-07-02T16:00:00-07:00'),
        recipientCountry: 'US',
      }),
      expected: '2026-07-06',
      article: 'TIC 13.3',
    },
    {
      example: 'fax to Valence the day before Thanksgiving (federal holidays only)',
      input: notice({ sentAt: new Date('2026-11-25T10:00:00-08:00'), recipientCountry: 'US' }),
      expected: '2026-11-27',
      article: 'JVC Art. 127',
    },
    {
      example: 'the same fax with Nevada named: Family Day is a state holiday too',
      input: notice({
        sentAt: new Date('2026-11-25T10:00:00-08:00'),
        recipientCountry: 'US',
        recipientRegion: 'NV',
      }),
      expected: '2026-11-30',
      article: 'JVC Art. 127',
    },
    {
      example: 'e-mail under the JVC, with a confirmation receipt',
      input: notice({ method: 'EMAIL', sentAt: new Date('2026-03-06T10:00:00+08:00') }),
      expected: '2026-03-09',
      article: 'JVC Art. 127',
    },
  ])('$example → $expected ($article)', ({ input, expected, article }) => {
    const result = deemedReceipt(input);
    expect(result.deemedReceivedOn).toBe(expected);
    expect(result.article).toBe(article);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'NOTICE_DEEMED_RECEIVED', status: 'PASS', article }),
    );
    expect(result.findings.filter((f) => f.status === 'FAIL')).toEqual([]);
  });

  it.each<{ example: string; input: Input; code: string; article: string; says: RegExp }>([
    {
      example: 'e-mail under the TIC',
      input: notice({
        governingContract: 'TIC',
        method: 'EMAIL',
        sentAt: new Date('2026-03-06T10:00:00+08:00'),
      }),
      code: 'NOTICE_METHOD_NOT_PROVIDED',
      article: 'TIC 13.3',
      says: /registered air mail, courier and fax only/,
    },
    {
      example: 'fax under the TIC without a confirmation receipt',
      input: notice({
        governingContract: 'TIC',
        sentAt: new Date('2026-03-06T10:00:00+08:00'),
        confirmationReceived: false,
      }),
      code: 'NOTICE_CONFIRMATION_MISSING',
      article: 'TIC 13.3',
      says: /confirmation receipt/,
    },
    {
      example: 'e-mail under the JVC without a confirmation receipt',
      input: notice({
        method: 'EMAIL',
        sentAt: new Date('2026-03-06T10:00:00+08:00'),
        confirmationReceived: false,
      }),
      code: 'NOTICE_CONFIRMATION_MISSING',
      article: 'JVC Art. 127',
      says: /e-mail .*confirmation receipt/,
    },
  ])('$example: no deemed receipt, FAIL $code ($article)', ({ input, code, article, says }) => {
    const result = deemedReceipt(input);
    expect(result.deemedReceivedOn).toBeNull();
    expect(result.article).toBe(article);
    const fails = result.findings.filter((f) => f.status === 'FAIL');
    expect(fails).toEqual([expect.objectContaining({ code, article })]);
    expect(fails[0].message).toMatch(says);
  });

  it('reminds that JVC notices are in Chinese and English, and TIC mail is registered air mail', () => {
    const jvc = deemedReceipt(notice({ method: 'POST', sentAt: new Date('2026-03-02T09:00:00Z') }));
    expect(jvc.findings).toContainEqual(
      expect.objectContaining({
        code: 'NOTICE_LANGUAGES',
        status: 'INFO',
        article: 'JVC Art. 127',
      }),
    );
    const tic = deemedReceipt(
      notice({
        governingContract: 'TIC',
        method: 'POST',
        sentAt: new Date('2026-03-02T09:00:00Z'),
      }),
    );
    expect(tic.findings.map((f) => f.code)).toEqual([
      'NOTICE_REGISTERED_AIR_MAIL',
      'NOTICE_DEEMED_RECEIVED',
    ]);
  });

  it('asks for the confirmation letter by courier or post after a confirmed fax', () => {
    const result = deemedReceipt(
      notice({ governingContract: 'TIC', sentAt: new Date('2026-03-06T10:00:00+08:00') }),
    );
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'NOTICE_CONFIRMATION_LETTER', status: 'INFO' }),
    );
  });

  it('rejects an invalid sending instant', () => {
    expect(() => deemedReceipt(notice({ sentAt: new Date('not a date') }))).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});

describe('JVC Art. 127 languages, judged when the notice says what it is written in', () => {
  it.each([
    { languages: ['zh', 'en'], status: 'PASS' },
    { languages: ['en'], status: 'WARN' },
    { languages: [], status: 'WARN' },
  ])('$languages → $status', ({ languages, status }) => {
    const result = deemedReceipt(
      notice({ method: 'POST', sentAt: new Date('2026-03-02T09:00:00Z'), languages }),
    );
    expect(result.findings.filter((f) => f.code === 'NOTICE_LANGUAGES')).toEqual([
      expect.objectContaining({ status, article: 'JVC Art. 127' }),
    ]);
  });
});
