import { keyTermValue, type KeyTermFacts } from '../../../src/rules/key-term-value';

const none = { amount: null, currency: null, unit: null, dateValue: null, textValue: null };

describe('keyTermValue', () => {
  it.each<[KeyTermFacts, string]>([
    [{ ...none, kind: 'MONEY', amount: '7241000.00', currency: 'USD' }, 'USD 7241000'], // TIC 6.1
    [{ ...none, kind: 'PERIOD', amount: '60', unit: 'DAYS' }, '60 DAYS'], // TIC 11.2
    [{ ...none, kind: 'PERIOD', amount: '1.5', unit: 'MONTHS' }, '1.5 MONTHS'], // TIC 7.1(b)
    [{ ...none, kind: 'PERCENTAGE', amount: '49' }, '49%'], // JVC Art. 31
    [{ ...none, kind: 'COUNT', amount: '130' }, '130'], // TIC 7.3(a)
    [{ ...none, kind: 'DATE', dateValue: '2003-07-08' }, '2003-07-08'], // TIC 13.11
    [
      { ...none, kind: 'DATE', textValue: 'June __, 2003 (day left blank)' },
      'June __, 2003 (day left blank)',
    ],
  ])('%j → %s', (term, expected) => {
    expect(keyTermValue({ term })).toBe(expected);
  });
});
