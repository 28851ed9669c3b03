import { isDatabaseUnavailable } from '../../../src/db/unavailable';
import { emailDomainRefusal } from '../../../src/rules/email-domain';
import { normaliseLicenceNumber } from '../../../src/rules/export/licence-number';
import { serviceTokenTtl } from '../../../src/rules/service-token';
import { badTextReason, findBadText } from '../../../src/server/input-hygiene';
import { throttledLog } from '../../../src/server/throttled-log';

describe('emailDomainRefusal: an ADMIN creates users in its own party’s domains only', () => {
  const domains = ['valence.demo', 'valence.com'];
  it.each([
    { email: 'new.hire@valence.com', refused: false },
    { email: 'new.hire@VALENCE.COM', refused: false },
    { email: 'new.hire@fengfan.demo', refused: true },
    { email: 'new.hire@mail.valence.com', refused: true },
    { email: 'new.hire@valence.com.evil.example', refused: true },
    { email: 'no-at-sign', refused: true },
  ])('$email → refused: $refused', ({ email, refused }) => {
    expect(emailDomainRefusal({ email, domains }) !== null).toBe(refused);
  });

  it('refuses everything for a party with no domains yet', () => {
    expect(emailDomainRefusal({ email: 'a@valence.com', domains: [] })).toMatchObject({
      field: 'email',
    });
  });
});

describe('normaliseLicenceNumber: one spelling per licence', () => {
  it.each([
    ['X-D-2', 'X-D-2'],
    ['x-d-2', 'X-D-2'],
    ['X-D-2\u200B', 'X-D-2'],
    ['\uFEFFX-D-2', 'X-D-2'],
    ['X\u2011D\u20132', 'X-D-2'],
    ['Ｘ－Ｄ－２', 'X-D-2'],
    ['  d 1234   567 ', 'D 1234 567'],
    ['\u200B', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseLicenceNumber(input)).toBe(expected);
  });
});

describe('serviceTokenTtl: capped lifetimes', () => {
  it.each([
    { requested: null, cap: 3600, expected: { seconds: 3600 } },
    { requested: 600, cap: 3600, expected: { seconds: 600 } },
    { requested: 86400, cap: 3600, expected: { seconds: 3600 } },
    { requested: 0, cap: 3600, expected: { refusal: expect.any(String) } },
    { requested: 1.5, cap: 3600, expected: { refusal: expect.any(String) } },
    { requested: Number.NaN, cap: 3600, expected: { refusal: expect.any(String) } },
  ])('asked $requested, cap $cap', ({ requested, cap, expected }) => {
    expect(serviceTokenTtl({ requested, cap })).toEqual(expected);
  });
});

describe('text no field accepts', () => {
  it.each([
    ['plain', null],
    ['emoji 🚀 (a surrogate pair)', null],
    ['a\u0000b', 'must not contain NUL characters'],
    ['\uD800', 'must be valid Unicode text'],
    ['x\uDC00', 'must be valid Unicode text'],
    ['\uDBFF\uDFFF', null],
  ])('%j → %j', (value, reason) => {
    expect(badTextReason(value)).toBe(reason);
  });

  it('names the path inside the variables', () => {
    expect(findBadText({ input: { names: ['ok', 'b\u0000d'] } }, '')).toEqual({
      field: 'input.names',
      reason: 'must not contain NUL characters',
    });
    expect(findBadText({ input: { ok: 1, nested: { fine: 'yes' } } }, '')).toBeNull();
  });
});

describe('isDatabaseUnavailable', () => {
  it.each([
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, true],
    [{ code: '57P01', message: 'terminating connection due to administrator command' }, true],
    [{ code: '57014', message: 'canceling statement due to statement timeout' }, true],
    [{ code: '08006', message: 'connection failure' }, true],
    [{ message: 'timeout exceeded when trying to connect' }, true],
    [{ message: 'Query failed', driverError: { code: '53300' } }, true],
    [{ code: '23505', message: 'duplicate key value' }, false],
    [{ code: '42501', message: 'permission denied' }, false],
    [new TypeError('x is undefined'), false],
  ])('%j → %s', (error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});

describe('throttledLog', () => {
  it('writes the first occurrence, then once per interval with the count in between', () => {
    jest.useFakeTimers();
    try {
      const lines: Array<[unknown, number]> = [];
      const log = throttledLog(10_000, (error, suppressed) => lines.push([error, suppressed]));
      for (let i = 0; i < 3000; i += 1) log(`e${i}`);
      jest.advanceTimersByTime(10_000);
      log('later');
      expect(lines).toEqual([
        ['e0', 0],
        ['later', 2999],
      ]);
    } finally {
      jest.useRealTimers();
    }
  });
});
