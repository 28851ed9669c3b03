import 'reflect-metadata';
import { loadTokenKey } from './auth/signing-key';
import { signDevelopmentToken } from './auth/tokens';
import { loadConfig } from './config';
import { openDatabase } from './db/open-database';
import { UserEntity } from './entities';
import { logger } from './logger';
import { seedDatabase, type SeedReport } from './seed/seed';
import { currentScreeningList } from './services/export/screening-list.service';
import { createApp } from './server/app';
import { startAlertJobs, type AlertJobs } from './services/alerts/job-runner';

async function main(): Promise<void> {
  const config = loadConfig();
  const key = loadTokenKey(config);
  let report: SeedReport | null = null;
  // Every start brings the seed up to date, as the owner and under the start-up lock.
  const database = await openDatabase(config, {
    prepare: async (owner) => {
      report = await seedDatabase(owner, { demoUsers: !config.production });
    },
  });
  const { db } = database;
  const seeded = report as SeedReport | null;
  if (seeded && (seeded.contractsAdded > 0 || seeded.usersAdded > 0 || seeded.keyTermsAdded > 0)) {
    logger.info(seeded, 'seeded what the database lacked of the parties, users and contracts');
  }
  // A fresh development database gets ready-to-paste tokens; production prints none.
  if (!config.production && seeded?.contractsAdded && key.sign !== null) {
    const legalUsers = await db.getRepository(UserEntity).find({ order: { partyCode: 'ASC' } });
    const lines = legalUsers
      .filter((user) => user.roles.includes('LEGAL'))
      .map(
        (user) =>
          `  ${user.partyCode} LEGAL (${user.email}):\n    ${signDevelopmentToken(user.id, key, config)}`,
      );
    process.stdout.write(
      `\nDevelopment tokens (Authorization: Bearer <token>); more with npm run token -- --email <user>:\n${lines.join('\n')}\n\n`,
    );
  }

  // Fail closed, and say so at start: without a current list every export check needs review.
  const list = await currentScreeningList(db.manager);
  if (!list || list.stale) {
    logger.warn(
      list
        ? { listDate: list.listDate, importedAt: list.importedAt, maxAgeDays: list.maxAgeDays }
        : {},
      `${list ? 'the screening list is stale' : 'no screening list is imported'}: every export check is NEEDS_REVIEW until one is; ` +
        'import it with npm run import:screening-list -- <consolidated.csv[.gz] | consolidated.json | https://… official file URL>',
    );
  }

  const app = await createApp(db, config, key);
  await new Promise<void>((resolve) => app.httpServer.listen(config.port, config.host, resolve));
  // Reminders and alerts: the job runner shares the scans and deliveries with other instances.
  // It starts after the server answers /readyz, so the signal handlers below are installed
  // before it is awaited: a SIGTERM during its start still drains and exits 0.
  const jobsStarting: Promise<AlertJobs | null> = config.alerts.jobs
    ? startAlertJobs(db, config)
    : Promise.resolve(null);
  logger.info(
    {
      host: config.host ?? 'every interface',
      port: config.port,
      embeddedDatabase: database.embedded,
    },
    `GraphQL on http://${config.host ?? 'localhost'}:${config.port}/graphql`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    try {
      // New requests get 503 while those already read are answered; then the pools close
      // and, last, the embedded PostgreSQL this process owns stops.
      await app.close();
      await (await jobsStarting.catch(() => null))?.stop();
      await database.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  await jobsStarting;
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'server failed to start');
  process.exit(1);
});
