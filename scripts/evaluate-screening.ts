import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/config';
import { seedDatabase } from '../src/seed/seed';
import { openDatabase } from '../src/db/open-database';
import { importScreeningList } from '../src/services/export/screening-import';
import {
  screenName,
  screeningSettings,
  type ScreeningSettings,
} from '../src/services/export/screening.service';
import { buildEvaluationSet, readCsl, type EvaluationOptions } from './screening-evaluation-set';

/**
 * `npm run evaluate:screening -- <consolidated_screening_list.csv[.gz]> [--per-category N]`
 *
 * Builds the evaluation set from the list (screening-evaluation-set.ts), imports the list into
 * the database (DATABASE_URL, or the embedded cluster; it REPLACES the current list there),
 * screens every name as an export check does and prints, per category, the recall (variants
 * whose entry is found) or the false positives (clear names that match anything), at POSSIBLE
 * and at STRONG.
 */

export interface CategoryResult {
  category: string;
  kind: 'variant' | 'clear';
  names: number;
  /** Variants: the entry is found at POSSIBLE or above. Clear names: any match at POSSIBLE or above. */
  possible: number;
  strong: number;
  /** A few names that failed, to read. */
  failures: string[];
}

export interface EvaluationReport {
  categories: CategoryResult[];
  variants: { names: number; possible: number; strong: number };
  clear: { names: number; possible: number; strong: number };
}

export async function evaluateScreening(
  db: DataSource,
  file: string,
  settings: ScreeningSettings,
  options: EvaluationOptions = {},
): Promise<EvaluationReport> {
  const set = buildEvaluationSet(await readCsl(file), options);
  const results = new Map<string, CategoryResult>();
  const tally = (category: string, kind: CategoryResult['kind']) => {
    const found = results.get(category) ?? {
      category,
      kind,
      names: 0,
      possible: 0,
      strong: 0,
      failures: [],
    };
    results.set(category, found);
    return found;
  };
  for (const variant of set.variants) {
    const matches = await db.transaction((m) => screenName(m, { name: variant.name }, settings));
    const hit = matches.find((match) => match.entryId === variant.entryId);
    const result = tally(variant.category, 'variant');
    result.names += 1;
    if (hit) result.possible += 1;
    if (hit?.level === 'STRONG') result.strong += 1;
    if (!hit && result.failures.length < 8) {
      result.failures.push(`${variant.name}  →  ${variant.listedName}`);
    }
  }
  for (const clear of set.clear) {
    const matches = await db.transaction((m) => screenName(m, { name: clear.name }, settings));
    const result = tally(clear.category, 'clear');
    result.names += 1;
    if (matches.length > 0) result.possible += 1;
    if (matches.some((m) => m.level === 'STRONG')) result.strong += 1;
    if (matches.length > 0 && result.failures.length < 8) {
      result.failures.push(`${clear.name}  →  ${matches[0].matchedName} (${matches[0].level})`);
    }
  }
  const categories = [...results.values()];
  const sum = (kind: CategoryResult['kind']) => {
    const of = categories.filter((c) => c.kind === kind);
    return {
      names: of.reduce((n, c) => n + c.names, 0),
      possible: of.reduce((n, c) => n + c.possible, 0),
      strong: of.reduce((n, c) => n + c.strong, 0),
    };
  };
  return { categories, variants: sum('variant'), clear: sum('clear') };
}

const pct = (n: number, of: number) =>
  of === 0 ? '   -  ' : `${((100 * n) / of).toFixed(1)}%`.padStart(6);

export function formatReport(report: EvaluationReport, verbose = false): string {
  const lines = ['category              kind     names  at POSSIBLE  at STRONG'];
  for (const c of report.categories) {
    const label = c.kind === 'variant' ? 'recall' : 'false+';
    lines.push(
      `${c.category.padEnd(21)} ${label.padEnd(7)} ${String(c.names).padStart(6)}  ` +
        `${pct(c.possible, c.names).padStart(11)}  ${pct(c.strong, c.names).padStart(9)}`,
    );
    if (verbose) for (const failure of c.failures) lines.push(`    ${failure}`);
  }
  const { variants: v, clear: k } = report;
  lines.push(
    '',
    `variants: recall ${pct(v.possible, v.names)} at POSSIBLE, ${pct(v.strong, v.names)} at STRONG (${v.names} names)`,
    `clear names: false positives ${pct(k.possible, k.names)} at POSSIBLE, ${pct(k.strong, k.names)} at STRONG (${k.names} names)`,
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      verbose: { type: 'boolean', short: 'v', default: false },
      'per-category': { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || !existsSync(file)) {
    console.error(
      'Usage: npm run evaluate:screening -- <consolidated_screening_list.csv[.gz]> [--per-category N] [--verbose]\n' +
        'The list is imported into DATABASE_URL (or the embedded database), replacing the current one.',
    );
    process.exit(2);
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  // The parties must exist: the import is audited in the name of one of them.
  await seedDatabase(database.db);
  try {
    const report = await importScreeningList(database.db, file);
    console.log(
      `Imported ${report.rows} entries (${report.names} names), list date ${report.listDate}`,
    );
    const perCategory = values['per-category'] ? Number(values['per-category']) : undefined;
    const result = await evaluateScreening(database.db, file, screeningSettings(config.screening), {
      perCategory,
    });
    console.log(formatReport(result, values.verbose));
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
