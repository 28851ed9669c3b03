import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { seedDatabase, type SeedReport } from '../seed/seed';

/**
 * `npm run seed`: loads parties and both contracts (and, outside production, the demo
 * users); safe to run again.
 */
async function run(): Promise<void> {
  const config = loadConfig();
  let report: SeedReport | undefined;
  const database = await openDatabase(config, {
    prepare: async (owner) => {
      report = await seedDatabase(owner, { demoUsers: !config.production });
    },
  });
  await database.close();
  console.log('Seed complete:', report);
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
