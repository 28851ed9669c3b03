import { refuse as refusal, type Ruling } from '../refusal';
import { isInternalAddress, isLocalHostName } from './internal-address';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A webhook URL must be HTTPS: the payload names records and deadlines the contracts keep
 * confidential (TIC 8.1; JVC Art. 96). Plain HTTP is accepted only on loopback, and only when
 * the deployment allows it (development and tests, with a local receiver). No credentials in
 * the URL, no fragment. Unless loopback is allowed, the host may not be an internal address or
 * this machine's name (the delivery checks again what the name resolves to).
 */
export function webhookUrl({
  url,
  allowLoopbackHttp,
}: {
  url: string;
  allowLoopbackHttp: boolean;
}): Ruling<string> {
  const refuse = (reason: string) =>
    refusal({ kind: 'input', field: 'url', reason, article: 'TIC 8.1; JVC Art. 96' });
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return refuse('must be an absolute URL');
  }
  if (url.length > 2000) return refuse('must be at most 2000 characters');
  if (parsed.username || parsed.password) return refuse('must not carry credentials');
  if (parsed.hash) return refuse('must not have a fragment');
  if (
    !allowLoopbackHttp &&
    (isInternalAddress(parsed.hostname) || isLocalHostName(parsed.hostname))
  ) {
    return refuse('must not point at a private, loopback or link-local address');
  }
  if (parsed.protocol === 'https:') return { ok: true, value: parsed.toString() };
  if (parsed.protocol === 'http:' && allowLoopbackHttp && LOOPBACK.has(parsed.hostname)) {
    return { ok: true, value: parsed.toString() };
  }
  return refuse('must be an https:// URL');
}
