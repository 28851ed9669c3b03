import { createHmac } from 'node:crypto';
import { nextRetryDelaySeconds } from '../../../src/rules/alerts/retry-backoff';
import { screeningAlerts } from '../../../src/rules/alerts/screening-alerts';
import { signPayload, verifySignature } from '../../../src/rules/alerts/webhook-signature';
import { webhookUrl } from '../../../src/rules/alerts/webhook-url';

describe('the webhook signature', () => {
  const secret = 'whsec_test';
  const body = '{"a":1}';

  it('is HMAC-SHA256 over "<timestamp>.<body>", sent as t=…,v1=…', () => {
    const expected = createHmac('sha256', secret).update('1735689600.{"a":1}').digest('hex');
    expect(signPayload({ secret, timestamp: 1735689600, body })).toBe(
      `t=1735689600,v1=${expected}`,
    );
  });

  it('verifies with the secret, and refuses another secret, another body or an old timestamp', () => {
    const header = signPayload({ secret, timestamp: 1735689600, body });
    expect(verifySignature({ secret, header, body, nowSeconds: 1735689660 })).toEqual({
      valid: true,
    });
    expect(verifySignature({ secret: 'other', header, body, nowSeconds: 1735689660 }).valid).toBe(
      false,
    );
    expect(verifySignature({ secret, header, body: '{"a":2}', nowSeconds: 1735689660 }).valid).toBe(
      false,
    );
    expect(verifySignature({ secret, header, body, nowSeconds: 1735689600 + 301 })).toEqual({
      valid: false,
      reason: 'timestamp outside tolerance',
    });
    expect(verifySignature({ secret, header: undefined, body, nowSeconds: 1735689600 }).valid).toBe(
      false,
    );
  });
});

describe('retry backoff', () => {
  it.each([
    [1, 30],
    [2, 60],
    [3, 120],
    [7, 1920],
    [8, null], // the eighth failure is the last
  ])('after %i failed attempt(s) → %s seconds', (attemptsMade, delay) => {
    expect(nextRetryDelaySeconds({ attemptsMade, baseSeconds: 30, maxAttempts: 8 })).toBe(delay);
  });

  it('never waits more than six hours', () => {
    expect(nextRetryDelaySeconds({ attemptsMade: 20, baseSeconds: 60, maxAttempts: 30 })).toBe(
      21600,
    );
  });
});

describe('webhook URLs', () => {
  it.each([
    ['https://hooks.example.com/compliance', true, true],
    ['http://hooks.example.com/compliance', true, false],
    ['http://127.0.0.1:8080/hook', true, true],
    ['http://127.0.0.1:8080/hook', false, false],
    ['https://user:pw@hooks.example.com/', true, false],
    ['ftp://hooks.example.com/', true, false],
    ['not a url', true, false],
  ])('%s (loopback http allowed: %s) → accepted %s', (url, allowLoopbackHttp, ok) => {
    const verdict = webhookUrl({ url, allowLoopbackHttp });
    expect(verdict.ok).toBe(ok);
    if (!verdict.ok) expect(verdict.refusal).toMatchObject({ field: 'url', kind: 'input' });
  });
});

describe('screeningAlerts (TIC 12.2)', () => {
  const hit = {
    source: 'Entity List (EL) - Bureau of Industry and Security',
    entryId: 'e-1',
    entryName: 'Acme Batteries',
    matchedName: 'ACME BATTERIES',
    queryName: 'Acme Batteries Ltd',
    level: 'STRONG' as const,
    programs: ['EAR'],
  };

  it('alerts an entry the check did not match when it ran, once per entry', () => {
    const drafts = screeningAlerts({
      party: 'JV',
      checks: [{ id: 'c1', destination: 'CN', storedMatches: [], currentMatches: [hit, hit] }],
    });
    expect(drafts).toEqual([
      expect.objectContaining({
        kind: 'SCREENING_HIT',
        recordType: 'ExportCheck',
        recordId: 'c1',
        occasion: `${hit.source}|e-1`,
        article: 'TIC 12.2',
      }),
    ]);
  });

  it('is silent about a match the check already had', () => {
    expect(
      screeningAlerts({
        party: 'JV',
        checks: [
          {
            id: 'c1',
            destination: 'CN',
            storedMatches: [{ source: hit.source, entryId: 'e-1' }],
            currentMatches: [hit],
          },
        ],
      }),
    ).toEqual([]);
  });
});
