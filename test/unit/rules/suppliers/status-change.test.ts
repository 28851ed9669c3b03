import { sublicenseStatusChange } from '../../../../src/rules/suppliers/status-change';

describe('sublicence status changes (TIC 2.4)', () => {
  it.each([
    ['DRAFT', 'ACTIVE', null, null],
    ['ACTIVE', 'SUSPENDED', 'audit pending', null],
    ['SUSPENDED', 'ACTIVE', null, null],
    ['ACTIVE', 'TERMINATED', null, null],
    ['TERMINATED', 'ACTIVE', null, 'status'],
    ['ACTIVE', 'SUSPENDED', '  ', 'reason'],
    ['SUSPENDED', 'SUSPENDED', 'again', 'status'],
  ] as const)('%s -> %s (reason %p): refused on %p', (from, to, reason, field) => {
    expect(sublicenseStatusChange({ from, to, reason })?.field ?? null).toBe(field);
  });
});

it('names the input field that carries the reason when it is missing', () => {
  expect(
    sublicenseStatusChange({
      from: 'ACTIVE',
      to: 'SUSPENDED',
      reason: null,
      reasonField: 'statusReason',
    })?.field,
  ).toBe('statusReason');
});
