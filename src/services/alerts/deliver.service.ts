import { lookup } from 'node:dns/promises';
import type { DataSource } from 'typeorm';
import type { AlertSettings } from '../../config';
import { AlertEntity, WebhookEntity } from '../../entities';
import { isInternalAddress } from '../../rules/alerts/internal-address';
import { nextRetryDelaySeconds } from '../../rules/alerts/retry-backoff';
import { SIGNATURE_HEADER, signPayload } from '../../rules/alerts/webhook-signature';
import type { Mailer } from './mailer';
import { alertPayload, alertText } from './payload';

export interface DeliveryReport {
  delivered: number;
  retrying: number;
  failed: number;
}

/** How long a claimed delivery is left to the instance that claimed it before another may retry it. */
const CLAIM_SECONDS = 300;
const BATCH = 50;

interface Claimed {
  id: string;
  ref_id: string;
  alert_id: string;
  attempts: number;
}

/**
 * Claims the deliveries due at `now` (SKIP LOCKED, and a lease in `claimed_until`, so two
 * instances never send the same one at once), sends them, logs every attempt with the
 * receiver's status, and schedules a retry with exponential backoff or gives up.
 */
export async function deliverWebhooks(
  db: DataSource,
  settings: AlertSettings,
  now: Date,
): Promise<DeliveryReport> {
  const claimed = await claim(db, 'webhook_delivery', 'webhook_id', now);
  const report: DeliveryReport = { delivered: 0, retrying: 0, failed: 0 };
  if (claimed.length === 0) return report;
  const webhooks = await db
    .getRepository(WebhookEntity)
    .createQueryBuilder('w')
    .addSelect('w.secret')
    .where('w.id IN (:...ids)', { ids: [...new Set(claimed.map((c) => c.ref_id))] })
    .getMany();
  const alerts = await loadAlerts(db, claimed);
  await Promise.all(
    claimed.map(async (delivery) => {
      const webhook = webhooks.find((w) => w.id === delivery.ref_id)!;
      const alert = alerts.get(delivery.alert_id)!;
      if (!webhook.active) {
        await db.query(`UPDATE webhook_delivery SET status = 'CANCELLED' WHERE id = $1`, [
          delivery.id,
        ]);
        return;
      }
      const body = JSON.stringify(
        alertPayload(alert, { id: delivery.id, attempt: delivery.attempts }),
      );
      const started = Date.now();
      const outcome = await post(webhook, body, delivery, alert, now, settings);
      const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
      await db.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, response_status, error, duration_ms)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            delivery.id,
            delivery.attempts,
            now,
            outcome.status,
            outcome.error,
            Date.now() - started,
          ],
        );
        const { status, next, tally } = settle(ok, delivery.attempts, settings, now);
        await manager.query(
          `UPDATE webhook_delivery
              SET status = $2, last_response_status = $3, delivered_at = $4,
                  next_attempt_at = COALESCE($5, next_attempt_at), claimed_until = NULL
            WHERE id = $1`,
          [delivery.id, status, outcome.status, ok ? now : null, next],
        );
        report[tally] += 1;
      });
    }),
  );
  return report;
}

/** Sends the due e-mails the same way: claimed, sent, retried with backoff. */
export async function deliverEmails(
  db: DataSource,
  settings: AlertSettings,
  mailer: Mailer,
  now: Date,
): Promise<DeliveryReport> {
  const claimed = await claim(db, 'email_delivery', 'user_id', now);
  const report: DeliveryReport = { delivered: 0, retrying: 0, failed: 0 };
  if (claimed.length === 0) return report;
  const alerts = await loadAlerts(db, claimed);
  const addresses = new Map(
    (
      await db.query<Array<{ id: string; address: string }>>(
        `SELECT id, address FROM email_delivery WHERE id = ANY($1::uuid[])`,
        [claimed.map((c) => c.id)],
      )
    ).map((row) => [row.id, row.address]),
  );
  for (const delivery of claimed) {
    const alert = alerts.get(delivery.alert_id)!;
    let error: string | null = null;
    try {
      await mailer.send({
        id: delivery.id,
        to: addresses.get(delivery.id)!,
        subject: `[${alert.kind}] ${alert.title}`,
        text: alertText(alert),
      });
    } catch (cause) {
      error = (cause as Error).message.slice(0, 500);
    }
    const { status, next, tally } = settle(!error, delivery.attempts, settings, now);
    await db.query(
      `UPDATE email_delivery
          SET status = $2, sent_at = $3, error = $4,
              next_attempt_at = COALESCE($5, next_attempt_at), claimed_until = NULL
        WHERE id = $1`,
      [delivery.id, status, error ? null : now, error, next],
    );
    report[tally] += 1;
  }
  return report;
}

async function claim(
  db: DataSource,
  table: 'webhook_delivery' | 'email_delivery',
  refColumn: 'webhook_id' | 'user_id',
  now: Date,
): Promise<Claimed[]> {
  // The table and column names are this module's constants, never input.
  return db.query<Claimed[]>(
    `WITH claimed AS (
     UPDATE ${table} d
        SET claimed_until = $1::timestamptz + make_interval(secs => $2), attempts = d.attempts + 1
       FROM (SELECT id FROM ${table}
              WHERE status = 'PENDING' AND next_attempt_at <= $1
                AND (claimed_until IS NULL OR claimed_until <= $1)
              ORDER BY next_attempt_at, id LIMIT $3
              FOR UPDATE SKIP LOCKED) due
      WHERE d.id = due.id
      RETURNING d.id, d.${refColumn} AS ref_id, d.alert_id, d.attempts)
     SELECT * FROM claimed`,
    [now, CLAIM_SECONDS, BATCH],
  );
}

async function loadAlerts(db: DataSource, claimed: Claimed[]): Promise<Map<string, AlertEntity>> {
  const rows = await db
    .getRepository(AlertEntity)
    .createQueryBuilder('a')
    .where('a.id IN (:...ids)', { ids: [...new Set(claimed.map((c) => c.alert_id))] })
    .getMany();
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Where a delivery stands after an attempt: DELIVERED, PENDING again until its retry at `next`
 * (exponential backoff), or FAILED once its attempts are spent; `tally` is its line in the report.
 */
function settle(
  ok: boolean,
  attemptsMade: number,
  settings: AlertSettings,
  now: Date,
): { status: 'DELIVERED' | 'PENDING' | 'FAILED'; next: Date | null; tally: keyof DeliveryReport } {
  if (ok) return { status: 'DELIVERED', next: null, tally: 'delivered' };
  const next = retryAt(attemptsMade, settings, now);
  return next
    ? { status: 'PENDING', next, tally: 'retrying' }
    : { status: 'FAILED', next, tally: 'failed' };
}

function retryAt(attemptsMade: number, settings: AlertSettings, now: Date): Date | null {
  const delay = nextRetryDelaySeconds({
    attemptsMade,
    baseSeconds: settings.webhookRetryBaseSeconds,
    maxAttempts: settings.webhookMaxAttempts,
  });
  return delay === null ? null : new Date(now.getTime() + delay * 1000);
}

async function post(
  webhook: WebhookEntity,
  body: string,
  delivery: Claimed,
  alert: AlertEntity,
  now: Date,
  settings: Pick<AlertSettings, 'webhookTimeoutMs' | 'allowLoopbackHttp'>,
): Promise<{ status: number | null; error: string | null }> {
  const timestamp = Math.floor(now.getTime() / 1000);
  try {
    const internal = settings.allowLoopbackHttp ? null : await internalTarget(webhook.url);
    if (internal) return { status: null, error: internal };
    const response = await fetch(webhook.url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(settings.webhookTimeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'fengfan-valence-compliance-alerts',
        [SIGNATURE_HEADER]: signPayload({ secret: webhook.secret, timestamp, body }),
        'x-compliance-delivery': delivery.id,
        'x-compliance-event': alert.kind,
      },
    });
    await response.body?.cancel();
    return { status: response.status, error: null };
  } catch (cause) {
    return { status: null, error: (cause as Error).message.slice(0, 500) };
  }
}

/**
 * Why a webhook's host may not be reached, or null: a name registered as public may resolve to
 * an internal address later (the registration rule sees only the name), so every delivery
 * resolves it and refuses internal addresses.
 */
export async function internalTarget(url: string): Promise<string | null> {
  const host = new URL(url).hostname;
  const addresses = isInternalAddress(host)
    ? [{ address: host }]
    : await lookup(host.replace(/^\[(.*)\]$/, '$1'), { all: true, verbatim: true });
  const internal = addresses.find((a) => isInternalAddress(a.address));
  return internal
    ? `refused: ${host} resolves to ${internal.address}, an internal address (no delivery is sent inside the deployment's network)`
    : null;
}
