import { isInternalAddress, isLocalHostName } from '../../../src/rules/alerts/internal-address';
import { webhookUrl } from '../../../src/rules/alerts/webhook-url';
import { internalTarget } from '../../../src/services/alerts/deliver.service';

describe('internal addresses a webhook may not reach', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.20.30.40', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true], // cloud metadata
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['8.8.8.8', false],
    ['[::1]', true],
    ['fd12:3456::1', true],
    ['fe80::1', true],
    ['::ffff:10.0.0.1', true], // IPv4 written in IPv6
    ['::ffff:8.8.8.8', false],
    ['2001:4860:4860::8888', false],
    ['partner.example.com', false], // a name: judged by what it resolves to
  ])('%s → %s', (address, internal) => {
    expect(isInternalAddress(address)).toBe(internal);
  });

  it('knows the names of this machine', () => {
    expect(isLocalHostName('localhost')).toBe(true);
    expect(isLocalHostName('api.localhost')).toBe(true);
    expect(isLocalHostName('localhost.example.com')).toBe(false);
  });
});

describe('registering a webhook in production', () => {
  const production = (url: string) => webhookUrl({ url, allowLoopbackHttp: false });

  it('refuses an internal address or this machine, even over HTTPS', () => {
    for (const url of [
      'https://10.0.0.5/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]:8443/hook',
      'https://localhost/hook',
    ]) {
      const answer = production(url);
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.refusal.reason).toMatch(/private, loopback or link-local/);
    }
  });

  it('accepts a public HTTPS URL', () => {
    expect(production('https://alerts.partner.example/hook').ok).toBe(true);
  });
});

describe('delivering: what the host resolves to', () => {
  it('refuses a name that resolves to this machine', async () => {
    expect(await internalTarget('https://localhost:8443/hook')).toMatch(
      /^refused: localhost resolves to (127\.0\.0\.1|::1), an internal address/,
    );
  });

  it('refuses an internal literal, and lets a public one through', async () => {
    expect(await internalTarget('https://192.168.0.10/hook')).toMatch(/internal address/);
    expect(await internalTarget('https://8.8.8.8/hook')).toBeNull();
  });
});
