import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config';
import { logger } from '../../logger';
import { todayAt } from '../clock';
import { deliverEmails, deliverWebhooks } from './deliver.service';
import { DELIVER_QUEUE, JOB_SCHEMA, SCAN_QUEUE } from './job-queues';
import { createMailer } from './mailer';
import { runAlertScan } from './scan.service';

export interface AlertJobs {
  /** Asks for a scan now; whichever instance fetches the job runs it. */
  requestScan(): Promise<string | null>;
  /** Stops fetching, lets a running job finish (up to `timeoutMs`), closes its pool. */
  stop(): Promise<void>;
}

/**
 * The job runner: pg-boss on the application's own PostgreSQL, as the application's role. The
 * schema and the queues were created by the owner (migration 1763901500100), so pg-boss
 * starts with `migrate: false`. Every instance works the same two queues; pg-boss hands each
 * job to one of them (SKIP LOCKED), its cron schedule makes one job per slot whatever the
 * number of instances, and the queues' singleton policy lets one run at a time. Whatever the
 * runner does twice changes nothing: alerts are unique, deliveries are claimed.
 */
export async function startAlertJobs(
  db: DataSource,
  config: AppConfig,
  options: { now?: () => Date } = {},
): Promise<AlertJobs> {
  const clock = options.now ?? (() => new Date());
  const url = (db.options as { url?: string }).url;
  if (!url) throw new Error('The alert job runner needs the database URL of the application');
  const boss = new PgBoss({
    connectionString: url,
    schema: JOB_SCHEMA,
    migrate: false,
    max: 2,
    application_name: 'compliance-alerts',
  });
  boss.on('error', (error) => logger.error({ err: error }, 'alert job runner error'));
  await boss.start();
  const mailer = createMailer(config.alerts);

  await boss.work(SCAN_QUEUE, async () => {
    const now = clock();
    const report = await runAlertScan(db, config, { today: todayAt(now), now });
    logger.info(report, 'due-alert scan');
    if (report.webhookDeliveriesQueued + report.emailsQueued > 0) {
      await boss.send(DELIVER_QUEUE, {});
    }
  });
  await boss.work(DELIVER_QUEUE, async () => {
    const now = clock();
    const webhooks = await deliverWebhooks(db, config.alerts, now);
    const emails = await deliverEmails(db, config.alerts, mailer, now);
    logger.info({ webhooks, emails }, 'alert deliveries');
  });
  await boss.schedule(SCAN_QUEUE, config.alerts.scanCron);
  await boss.schedule(DELIVER_QUEUE, config.alerts.deliverCron);

  let stopping: Promise<void> | null = null;
  return {
    requestScan: () => boss.send(SCAN_QUEUE, {}),
    stop: () =>
      (stopping ??= boss
        .stop({ graceful: true, wait: true, timeout: config.shutdownGraceMs })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'alert job runner did not stop cleanly');
        })),
  };
}
