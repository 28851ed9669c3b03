import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { logger } from '../logger';
import { isIsoDate } from '../rules/iso-date';
import { todayAt } from '../services/clock';
import { deliverEmails, deliverWebhooks } from '../services/alerts/deliver.service';
import { createMailer } from '../services/alerts/mailer';
import { runAlertScan } from '../services/alerts/scan.service';

/**
 * `npm run alerts:run [-- --date YYYY-MM-DD]`: the due-alert scan for today (or the date
 * given, e.g. to catch up a day the runner missed), then one delivery round. Safe to run
 * beside the servers: alerts are raised once and deliveries are claimed.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const index = process.argv.indexOf('--date');
  const now = new Date();
  const today = index > 0 ? process.argv[index + 1] : todayAt(now);
  if (!isIsoDate(today)) throw new Error('--date must be a calendar date YYYY-MM-DD');
  const database = await openDatabase(config);
  try {
    const scan = await runAlertScan(database.db, config, { today, now });
    const webhooks = await deliverWebhooks(database.db, config.alerts, now);
    const emails = await deliverEmails(
      database.db,
      config.alerts,
      createMailer(config.alerts),
      now,
    );
    process.stdout.write(`${JSON.stringify({ scan, webhooks, emails }, null, 2)}\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'the alert scan failed');
  process.exit(1);
});
