import { isAllowed } from '../../src/auth/policy';
import type { PartyCode, Role } from '../../src/domain/parties';

describe('isAllowed', () => {
  it.each<[PartyCode, Role[], Parameters<typeof isAllowed>[1], boolean]>([
    ['VALENCE', ['ADMIN'], 'manageUsers', true],
    ['FENGFAN', ['LEGAL'], 'manageUsers', false],
    ['JV', ['VIEWER', 'ADMIN'], 'readUsers', true],
    ['JV', ['VIEWER'], 'readAuditEvents', false],
    ['FENGFAN', ['LEGAL'], 'readAuditEvents', true],
    ['FENGFAN', ['VIEWER'], 'readContracts', true],
    ['VALENCE', [], 'me', false],
  ])('%s %j → %s: %s', (party, roles, permission, expected) => {
    expect(isAllowed({ party, roles }, permission)).toBe(expected);
  });
});
