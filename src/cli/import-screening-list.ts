import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { seedDatabase } from '../seed/seed';
import { openDatabase } from '../db/open-database';
import { downloadScreeningList, isUrl } from '../services/export/screening-download';
import { importScreeningList } from '../services/export/screening-import';
import { runAlertScan } from '../services/alerts/scan.service';
import { todayAt } from '../services/clock';

const USAGE =
  'Usage: npm run import:screening-list -- <file.csv[.gz] | file.json[.gz] | https://…> [--date YYYY-MM-DD]';

/**
 * `npm run import:screening-list -- <file or URL> [--date YYYY-MM-DD]`: replaces the current
 * Consolidated Screening List with the entries of a file (CSV or JSON form, plain or .gz) or of
 * the official file fetched from its URL, atomically.
 */
async function run(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { date: { type: 'string' } },
  });
  const given = positionals[0];
  if (!given) throw new Error(USAGE);
  const download = isUrl(given) ? await downloadScreeningList(given) : null;
  const file = download?.file ?? given;
  // The screening tables are loaded by the schema owner; the application only reads them.
  const database = await openDatabase(loadConfig(), { keepOwner: true });
  // The parties must exist: the import is audited in the name of one of them.
  await seedDatabase(database.db);
  const bar = new SingleBar(
    { format: 'importing {bar} {percentage}% | {value}/{total} bytes' },
    Presets.shades_classic,
  );
  let started = false;
  try {
    const report = await importScreeningList(database.owner ?? database.db, file, {
      listDate: values.date ?? null,
      source: download ? given : undefined,
      onProgress: (read, total) => {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(read);
      },
    });
    bar.stop();
    // The suppliers were re-screened against the new list: alert their new hits now.
    const now = new Date();
    const scan = await runAlertScan(database.db, loadConfig(), { today: todayAt(now), now });
    console.log(`Alert scan: ${scan.alertsRaised} alerts raised`);
    console.log(
      `Imported ${report.rows} entries (${report.names} names) as version ${report.versionId}, list date ${report.listDate ?? 'unknown'}` +
        (report.replacedVersionId ? `, replacing ${report.replacedVersionId}` : ''),
    );
  } finally {
    if (started) bar.stop();
    await database.close();
    await download?.remove();
  }
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
