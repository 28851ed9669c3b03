import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { createDataSource } from '../ormconfig';
import { ensureApplicationLogin } from '../src/db/application-role';
import { markForm } from '../src/rules/trademarks/mark-form';
import { seedDatabase } from '../src/seed/seed';
import { candidateQuery, checkMarkConflict } from '../src/services/trademarks/conflict.service';

/**
 * `npm run benchmark:mark-conflicts -- <admin postgres URL> [--explain]`
 *
 * Creates a throwaway database on that server (migrated and seeded), adds 5,000 generated
 * marks of the three parties (a fifth with a transliteration), then runs 200 conflict checks
 * (`checkMarkConflict`) one after the other and prints the median and the worst time; with
 * `--explain`, the EXPLAIN (ANALYZE) of one candidate query. Drops the database at the end.
 * A benchmark, not a test: nothing is asserted.
 */

const SYLLABLES = [
  'va',
  'len',
  'sa',
  'phi',
  'on',
  'feng',
  'fan',
  'tro',
  'lux',
  'cel',
  'ra',
  'mo',
  'ka',
  'zen',
  'tor',
  'vi',
  'nex',
  'qua',
  'dor',
  'li',
  'po',
  'mar',
  'ex',
  'tek',
  'sol',
  'ion',
];

/** A small deterministic generator (mulberry32), so every run measures the same register. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function word(next: () => number): string {
  const count = 2 + Math.floor(next() * 3);
  let text = '';
  for (let i = 0; i < count; i++) text += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return text.toUpperCase();
}

async function main(): Promise<void> {
  const [adminUrl] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!adminUrl)
    throw new Error('usage: benchmark-mark-conflicts <admin postgres URL> [--explain]');
  const explain = process.argv.includes('--explain');
  const name = `bench_marks_${process.pid}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await ensureApplicationLogin(adminUrl, 'bench_app', 'bench_app');
  const db = createDataSource(url.toString());
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await seedDatabase(db, { demoUsers: false });
    const next = random(15);
    const owners = ['VALENCE', 'FENGFAN', 'JV'];
    const seen = new Set<string>();
    for (let i = 0; seen.size < 5000; i++) {
      const text = word(next) + (next() < 0.3 ? ` ${word(next)}` : '');
      const owner = owners[i % 3];
      const form = markForm(text);
      if (seen.has(`${owner}:${form.letters}`)) continue;
      seen.add(`${owner}:${form.letters}`);
      const [row] = (await db.query(
        `INSERT INTO trademark (text, language, script, owner_party, protection_basis,
           letters, match_key, skeleton, tokens)
         VALUES ($1, 'en', $2, $3, 'NAMED_IN_CONTRACT', $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
        [text, form.script, owner, form.letters, form.key, form.skeleton, form.tokens],
      )) as Array<{ id: string }>;
      if (row && next() < 0.2) {
        const other = markForm(word(next));
        await db.query(
          `INSERT INTO trademark_rendering (mark_id, kind, text, language, script, letters, match_key, skeleton, tokens)
           VALUES ($1, 'TRANSLITERATION', $2, 'en', $3, $4, $5, $6, $7)`,
          [
            row.id,
            other.letters,
            other.script,
            other.letters,
            other.key,
            other.skeleton,
            other.tokens,
          ],
        );
      }
    }
    await db.query('VACUUM ANALYZE');
    const probes = Array.from({ length: 200 }, (_, i) =>
      i % 4 === 0 ? [...seen][i * 7].split(':')[1] : word(next),
    );
    if (explain) {
      const { sql, parameters } = candidateQuery({ text: 'Valensafion', forParty: 'FENGFAN' });
      const plan = (await db.query(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, parameters)) as Array<
        Record<string, string>
      >;
      console.log(plan.map((r) => Object.values(r)[0]).join('\n'));
    }
    await checkMarkConflict(db.manager, { text: 'WARMUP', forParty: 'JV', niceClasses: [9] });
    const times: number[] = [];
    for (const text of probes) {
      const start = process.hrtime.bigint();
      await checkMarkConflict(db.manager, { text, forParty: 'FENGFAN', niceClasses: [9] });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    // The candidate query alone (another statement with the same parameters may be given in
    // BENCH_CANDIDATES_SQL, e.g. the former one, to compare).
    const other = process.env.BENCH_CANDIDATES_SQL;
    const queryTimes: number[] = [];
    for (const text of probes) {
      const { sql, parameters } = candidateQuery({ text, forParty: 'FENGFAN' });
      const start = process.hrtime.bigint();
      await db.query(
        other ? readFileSync(other, 'utf8') : sql,
        other ? parameters.slice(0, 6) : parameters,
      );
      queryTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const summary = (label: string, values: number[]) => {
      values.sort((a, b) => a - b);
      const median = (values[99] + values[100]) / 2;
      return `${label}: median ${median.toFixed(1)} ms, worst ${values[values.length - 1].toFixed(1)} ms`;
    };
    console.log(`${seen.size} marks, ${times.length} checks`);
    console.log(summary('checkMarkConflict', times));
    console.log(summary('candidate query', queryTimes));
  } finally {
    if (db.isInitialized) await db.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
