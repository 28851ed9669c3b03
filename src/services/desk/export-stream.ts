import { stringify } from 'csv-stringify';
import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import type { ExportFormat } from '../../domain/desk';
import type { DatasetQuery } from './export-datasets';

/** A cell as a spreadsheet takes it: lists joined, structures as JSON, nothing as empty. */
function cell(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** The rows of an export as CSV (a header row first) or as JSON lines. */
export function formatter(format: ExportFormat, columns: string[]): Transform {
  if (format === 'csv') {
    return stringify({
      header: true,
      columns,
      // A cell starting with = + - @ is not run as a formula by the spreadsheet that opens it.
      escape_formulas: true,
      cast: { boolean: (v) => (v ? 'true' : 'false'), object: (v) => String(cell(v)) },
    });
  }
  return new Transform({
    writableObjectMode: true,
    transform(row: Record<string, unknown>, _encoding, done) {
      done(null, `${JSON.stringify(row)}\n`);
    },
  });
}

/** How long one export's cursor may run: an hour, far beyond any file a party has. */
const EXPORT_STATEMENT_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * Streams the rows of an export from a PostgreSQL cursor (pg-query-stream, a batch at a time)
 * through the formatter into `out`: memory holds a batch, never the file. A client that goes
 * away closes the cursor; the connection returns to the pool either way.
 */
export async function streamExport(
  db: DataSource,
  query: DatasetQuery,
  format: ExportFormat,
  out: Writable,
): Promise<void> {
  const runner = db.createQueryRunner();
  try {
    // One snapshot for the whole file, read only. A cursor's statement lasts as long as the
    // file, so the per-statement bound (DB_STATEMENT_TIMEOUT_MS) gives way to the export's
    // own.
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await runner.query(`SET LOCAL statement_timeout = ${EXPORT_STATEMENT_TIMEOUT_MS}`);
    const rows = (await runner.stream(query.sql, query.parameters)) as Readable;
    await pipeline(rows, formatter(format, query.columns), out);
    await runner.query('COMMIT');
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
