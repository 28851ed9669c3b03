import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';

/** `npm run migrate`: applies every pending migration (openDatabase does it) and exits. */
async function run(): Promise<void> {
  const database = await openDatabase(loadConfig());
  const applied = await database.db.query('SELECT name FROM schema_migration ORDER BY id');
  console.log(`Schema is up to date: ${applied.length} migration(s) applied.`);
  await database.close();
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
