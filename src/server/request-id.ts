import { randomUUID } from 'node:crypto';

/**
 * A request id a caller may choose (a gateway's or a client's own, so one id follows a request
 * across systems) when it is a short token of safe characters; anything else — spaces, quotes,
 * control characters, an id longer than 128 — could forge or break log lines, and is replaced.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const REQUEST_ID_HEADER = 'X-Request-Id';

export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}
