import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature a receiver checks: HMAC-SHA256 with the webhook's secret over
 * `<timestamp>.<body>` (the timestamp in Unix seconds, so a replayed old request is told
 * apart), sent as `X-Compliance-Signature: t=<timestamp>,v1=<hex>`.
 */
export const SIGNATURE_HEADER = 'x-compliance-signature';

export function signPayload({
  secret,
  timestamp,
  body,
}: {
  secret: string;
  timestamp: number;
  body: string;
}): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

/**
 * What a receiver does: parse the header, recompute, compare in constant time, and refuse a
 * timestamp more than `toleranceSeconds` from its own clock.
 */
export function verifySignature({
  secret,
  header,
  body,
  nowSeconds,
  toleranceSeconds = 300,
}: {
  secret: string;
  header: string | undefined;
  body: string;
  nowSeconds: number;
  toleranceSeconds?: number;
}): { valid: true } | { valid: false; reason: string } {
  const parts = Object.fromEntries(
    (header ?? '').split(',').map((part) => part.split('=', 2) as [string, string]),
  );
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !parts.v1) return { valid: false, reason: 'malformed' };
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
    return { valid: false, reason: 'timestamp outside tolerance' };
  }
  const expected = Buffer.from(signPayload({ secret, timestamp, body }).split('v1=')[1], 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { valid: false, reason: 'signature mismatch' };
  }
  return { valid: true };
}
