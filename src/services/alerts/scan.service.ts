import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config';
import { ALERT_KINDS } from '../../domain/alerts';
import type { AlertDraft } from '../../rules/alerts/alert-draft';
import { materialiseRecurring } from '../recurring-instances';
import { ALERT_PRODUCERS, audienceOf } from './producers';

export interface ScanReport {
  asOf: string;
  /** Alerts stored by this scan (an alert already stored by an earlier or concurrent scan is not counted). */
  alertsRaised: number;
  webhookDeliveriesQueued: number;
  emailsQueued: number;
}

/**
 * The due-alert scan for one day: every producer decides what is due from the rows each party
 * may see; the alerts are stored once (UNIQUE recipient party, kind, record, occasion — a
 * concurrent scan on another instance waits on the key and stores nothing twice) and the
 * deliveries of the alerts this scan stored are queued, all in one transaction. The day is a
 * parameter: the job runner passes today, tests any date.
 */
export function runAlertScan(
  db: DataSource,
  config: AppConfig,
  { today, now }: { today: string; now: Date },
): Promise<ScanReport> {
  return db.transaction((manager) => scanInTransaction(manager, config, { today, now }));
}

/** The scan inside a transaction the caller holds (the on-demand mutation's, with its audit). */
export async function scanInTransaction(
  manager: EntityManager,
  config: AppConfig,
  { today, now }: { today: string; now: Date },
): Promise<ScanReport> {
  // Recurring duties (JVC Art. 58, 88) have rows for every period up to today.
  await materialiseRecurring(manager, today);
  const drafts: AlertDraft[] = [];
  for (const producer of ALERT_PRODUCERS) {
    drafts.push(...(await producer.produce({ manager, today, config })));
  }
  const stored = await storeAlerts(manager, drafts, today);
  const queued = await queueDeliveries(manager, stored, now);
  return { asOf: today, alertsRaised: stored.length, ...queued };
}

async function storeAlerts(
  manager: EntityManager,
  drafts: AlertDraft[],
  today: string,
): Promise<string[]> {
  if (drafts.length === 0) return [];
  const rows = await manager.query<Array<{ id: string }>>(
    `INSERT INTO alert (recipient_party, kind, record_type, record_id, occasion, title, article,
                        link, due_on, raised_on, detail)
     SELECT d."recipientParty", d.kind, d."recordType", d."recordId", d.occasion, d.title,
            d.article, d.link, d."dueOn", $2, d.detail
       FROM jsonb_to_recordset($1::jsonb) AS d("recipientParty" text, kind text,
            "recordType" text, "recordId" uuid, occasion text, title text, article text,
            link text, "dueOn" date, detail jsonb)
     ON CONFLICT ON CONSTRAINT alert_once DO NOTHING
     RETURNING id`,
    [JSON.stringify(drafts), today],
  );
  return rows.map((row) => row.id);
}

/**
 * Each new alert goes to every active webhook of its recipient party that takes its kind, and
 * by e-mail to the party's active people whose roles are the kind's audience.
 */
async function queueDeliveries(
  manager: EntityManager,
  alertIds: string[],
  now: Date,
): Promise<{ webhookDeliveriesQueued: number; emailsQueued: number }> {
  if (alertIds.length === 0) return { webhookDeliveriesQueued: 0, emailsQueued: 0 };
  const webhooks = await manager.query<unknown[]>(
    `INSERT INTO webhook_delivery (webhook_id, alert_id, party, next_attempt_at)
     SELECT w.id, a.id, a.recipient_party, $2
       FROM alert a JOIN webhook w
         ON w.party = a.recipient_party AND w.active AND a.kind = ANY(w.event_kinds)
      WHERE a.id = ANY($1::uuid[])
     ON CONFLICT ON CONSTRAINT webhook_delivery_once DO NOTHING RETURNING id`,
    [alertIds, now],
  );
  const audiences = ALERT_KINDS.map((kind) => ({ kind, roles: audienceOf(kind) }));
  const emails = await manager.query<unknown[]>(
    `INSERT INTO email_delivery (alert_id, user_id, address, next_attempt_at)
     SELECT a.id, u.id, u.email, $2
       FROM alert a
       JOIN jsonb_to_recordset($3::jsonb) AS audience(kind text, roles text[])
         ON audience.kind = a.kind
       JOIN app_user u
         ON u.party_code = a.recipient_party AND u.active AND u.kind = 'PERSON'
        AND u.roles && audience.roles
      WHERE a.id = ANY($1::uuid[])
     ON CONFLICT ON CONSTRAINT email_delivery_once DO NOTHING RETURNING id`,
    [alertIds, now, JSON.stringify(audiences)],
  );
  return { webhookDeliveriesQueued: webhooks.length, emailsQueued: emails.length };
}
