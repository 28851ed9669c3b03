import type { DataSource } from 'typeorm';

/** One key for everything that changes the schema or its shared data at start-up. */
const START_UP_LOCK = 7_361_900_300;

/**
 * Runs `work` while holding a session-level PostgreSQL advisory lock, so that instances
 * starting at the same instant migrate, seed and load reference data one after another:
 * the second finds the work done instead of colliding with the first.
 */
export async function withStartUpLock<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [START_UP_LOCK]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [START_UP_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
