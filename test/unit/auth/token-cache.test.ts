/**
 * A token verified once is not verified again while it would still pass — and only while: the
 * cache answers for its own key only, and never past the token's expiry (with the clock
 * tolerance) or its maximum age.
 */
import { loadConfig, type AppConfig } from '../../../src/config';
import { loadTokenKey } from '../../../src/auth/signing-key';
import { signLocalToken, verifyToken } from '../../../src/auth/tokens';

const USER = '11111111-1111-4111-8111-111111111111';

function configWith(secret: string): AppConfig {
  const base = loadConfig();
  return {
    ...base,
    jwt: { ...base.jwt, secret, publicKey: undefined, issuers: [], clockToleranceSeconds: 30 },
  };
}

afterEach(() => jest.useRealTimers());

describe('recently verified tokens', () => {
  it('accepts the token again until its expiry plus the tolerance, then refuses it', async () => {
    jest.useFakeTimers({ now: new Date('2026-03-01T00:00:00Z') });
    const config = configWith('a-secret-of-the-test-that-is-long-enough');
    const key = loadTokenKey(config);
    const token = signLocalToken(USER, key, config, 600);
    expect(await verifyToken(token, key, config)).toEqual({ source: 'local', userId: USER });
    // 600 s to expiry and 30 s of tolerance: 629 s later it still passes, 631 s later not.
    jest.setSystemTime(new Date('2026-03-01T00:10:29Z'));
    expect(await verifyToken(token, key, config)).toEqual({ source: 'local', userId: USER });
    jest.setSystemTime(new Date('2026-03-01T00:10:31Z'));
    await expect(verifyToken(token, key, config)).rejects.toMatchObject({
      message: 'Invalid token: expired',
    });
  });

  it('never answers for another key', async () => {
    const config = configWith('the-first-secret-of-the-test-long-enough');
    const other = configWith('the-other-secret-of-the-test-long-enough');
    const key = loadTokenKey(config);
    const token = signLocalToken(USER, key, config, 600);
    expect(await verifyToken(token, key, config)).toEqual({ source: 'local', userId: USER });
    await expect(verifyToken(token, loadTokenKey(other), other)).rejects.toMatchObject({
      message: 'Invalid token: signature or format',
    });
  });
});
