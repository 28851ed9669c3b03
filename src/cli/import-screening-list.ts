import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { importScreeningList } from '../services/export/screening-import';

/**
 * `npm run import:screening-list -- <file.csv[.gz]> [--date YYYY-MM-DD]`: replaces the
 * current Consolidated Screening List with the file's entries, atomically.
 */
async function run(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { date: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file)
    throw new Error('Usage: npm run import:screening-list -- <file.csv[.gz]> [--date YYYY-MM-DD]');
  // The screening tables are loaded by the schema owner; the application only reads them.
  const database = await openDatabase(loadConfig(), { keepOwner: true });
  const bar = new SingleBar(
    { format: 'importing {bar} {percentage}% | {value}/{total} bytes' },
    Presets.shades_classic,
  );
  let started = false;
  try {
    const report = await importScreeningList(database.owner ?? database.db, file, {
      listDate: values.date ?? null,
      onProgress: (read, total) => {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(read);
      },
    });
    bar.stop();
    console.log(
      `Imported ${report.rows} entries (${report.names} names) as version ${report.versionId}, list date ${report.listDate ?? 'unknown'}` +
        (report.replacedVersionId ? `, replacing ${report.replacedVersionId}` : ''),
    );
  } finally {
    if (started) bar.stop();
    await database.close();
  }
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
