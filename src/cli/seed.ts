import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { seedDatabase } from '../seed/seed';

/** `npm run seed`: loads parties, demo users and both contracts; safe to run again. */
async function run(): Promise<void> {
  const database = await openDatabase(loadConfig());
  try {
    const report = await seedDatabase(database.db);
    console.log('Seed complete:', report);
  } finally {
    await database.close();
  }
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
