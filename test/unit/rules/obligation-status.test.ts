import { obligationStatusOn } from '../../../src/rules/obligation-status';

const DUTY = {
  status: 'OPEN' as const,
  nature: 'DUTY' as const,
  dueOn: '2026-04-03',
  hasCondition: false,
  conditionMetOn: null,
};

describe('obligationStatusOn', () => {
  it.each([
    ['an open duty on its due date', DUTY, '2026-04-03', 'OPEN'],
    ['an open duty the day after', DUTY, '2026-04-04', 'MISSED'],
    ['a met duty long after', { ...DUTY, status: 'MET' as const }, '2030-01-01', 'MET'],
    // TIC 7.1(a): due a month after the Effective Date, but the export approval (TIC 4.1) is
    // not recorded: SUSPENDED, never MISSED.
    [
      'a delivery awaiting export approval',
      { ...DUTY, hasCondition: true },
      '2026-06-01',
      'SUSPENDED',
    ],
    [
      'a delivery whose export approval comes after the as-of date',
      { ...DUTY, hasCondition: true, conditionMetOn: '2026-05-01' },
      '2026-04-30',
      'SUSPENDED',
    ],
    [
      'a delivery after its export approval and due date',
      { ...DUTY, dueOn: '2026-05-01', hasCondition: true, conditionMetOn: '2026-05-01' },
      '2026-05-02',
      'MISSED',
    ],
    // JVC Art. 103: the extension window closes six months before expiry; unused, it lapses.
    [
      'an option on its last day',
      { ...DUTY, nature: 'OPTION' as const, dueOn: '2075-08-10' },
      '2075-08-10',
      'OPEN',
    ],
    [
      'an option after its last day',
      { ...DUTY, nature: 'OPTION' as const, dueOn: '2075-08-10' },
      '2075-08-11',
      'LAPSED',
    ],
    ['an undated duty', { ...DUTY, dueOn: null, hasCondition: true }, '2099-01-01', 'OPEN'],
  ] as const)('%s, as of %s: %s', (_label, obligation, asOf, expected) => {
    expect(obligationStatusOn({ ...obligation, asOf })).toBe(expected);
  });
});
