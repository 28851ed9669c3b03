import { parseArgs } from 'node:util';
import { isIsoDate } from '../rules/iso-date';

/**
 * `npm run check:suppliers -- --url <graphql url> --token <token> [--as-of <date>]
 * [--since <date>] [--format table|json]`: asks the API whether every supplier sublicence is
 * valid, as a client of it (HTTP, the caller's token; no database access), prints a table or
 * JSON, and exits 0 when all are valid, 1 when any is invalid or needs review, 2 on a usage,
 * network or authentication error.
 */
const USAGE =
  'Usage: npm run check:suppliers -- --url <graphql url> --token <token> ' +
  '[--as-of <YYYY-MM-DD>] [--since <YYYY-MM-DD>] [--format table|json]';

const QUERY = `query SupplierCheck($asOf: LocalDate, $since: LocalDate) {
  supplierSublicenseReport(asOf: $asOf, since: $since) {
    asOf since
    totals { total valid invalid needsReview }
    checks {
      sublicenseId supplierId supplierName status verdict
      findings { condition article status message }
    }
    changes { sublicenseId supplierName kind on message }
  }
}`;

interface Report {
  asOf: string;
  since: string | null;
  totals: { total: number; valid: number; invalid: number; needsReview: number };
  checks: Array<{
    sublicenseId: string;
    supplierName: string;
    status: string;
    verdict: string;
    findings: Array<{ condition: string; article: string; status: string; message: string }>;
  }>;
  changes: Array<{ supplierName: string; kind: string; on: string; message: string }>;
}

/** A failure that ends the run with exit code 2 and a message for a person. */
class UsageOrAccessError extends Error {}

function options(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        token: { type: 'string' },
        'as-of': { type: 'string' },
        since: { type: 'string' },
        format: { type: 'string', default: 'table' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageOrAccessError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) throw new UsageOrAccessError(USAGE);
  if (!values.url || !values.token)
    throw new UsageOrAccessError(`--url and --token are required\n${USAGE}`);
  if (values.format !== 'table' && values.format !== 'json') {
    throw new UsageOrAccessError(`--format must be table or json\n${USAGE}`);
  }
  for (const name of ['as-of', 'since'] as const) {
    const value = values[name];
    if (value !== undefined && !isIsoDate(value)) {
      throw new UsageOrAccessError(`--${name} must be a date YYYY-MM-DD\n${USAGE}`);
    }
  }
  return {
    url: values.url,
    token: values.token,
    asOf: values['as-of'] ?? null,
    since: values.since ?? null,
    format: values.format,
  };
}

async function fetchReport(opts: ReturnType<typeof options>): Promise<Report> {
  let response: Response;
  try {
    response = await fetch(opts.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${opts.token}`,
      },
      body: JSON.stringify({ query: QUERY, variables: { asOf: opts.asOf, since: opts.since } }),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    throw new UsageOrAccessError(`Cannot reach ${opts.url}: ${cause ?? (error as Error).message}`);
  }
  let body: {
    data?: { supplierSublicenseReport?: Report | null } | null;
    errors?: Array<{ message: string; extensions?: { code?: string; article?: string } }>;
  };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new UsageOrAccessError(
      `${opts.url} answered HTTP ${response.status}, not a GraphQL response`,
    );
  }
  const error = body.errors?.[0];
  if (response.status === 401 || error?.extensions?.code === 'UNAUTHENTICATED') {
    throw new UsageOrAccessError(
      `Authentication failed: ${error?.message ?? 'HTTP 401'} (check --token)`,
    );
  }
  if (error) {
    const article = error.extensions?.article ? ` (${error.extensions.article})` : '';
    throw new UsageOrAccessError(
      `The API refused the report: ${error.extensions?.code ?? 'ERROR'}: ${error.message}${article}`,
    );
  }
  const report = body.data?.supplierSublicenseReport;
  if (!report)
    throw new UsageOrAccessError(`${opts.url} returned no report (HTTP ${response.status})`);
  return report;
}

/** The report as a table a person reads: one line per sublicence, then what did not pass. */
export function formatTable(report: Report): string {
  const lines: string[] = [
    `Supplier sublicences as of ${report.asOf}${report.since ? ` (changes since ${report.since})` : ''}`,
    '',
  ];
  const width = Math.max(8, ...report.checks.map((c) => c.supplierName.length));
  lines.push(
    `${'VERDICT'.padEnd(13)} ${'SUPPLIER'.padEnd(width)} ${'STATUS'.padEnd(10)} SUBLICENCE`,
  );
  for (const c of report.checks) {
    lines.push(
      `${c.verdict.padEnd(13)} ${c.supplierName.padEnd(width)} ${c.status.padEnd(10)} ${c.sublicenseId}`,
    );
    for (const f of c.findings.filter((x) => x.status !== 'PASS')) {
      lines.push(`  ${f.status.padEnd(7)} ${f.condition} (${f.article}): ${f.message}`);
    }
  }
  if (report.checks.length === 0) lines.push('(no supplier sublicence on record)');
  if (report.since) {
    lines.push('', `Changes since ${report.since}:`);
    if (report.changes.length === 0) lines.push('  none');
    for (const ch of report.changes) {
      lines.push(`  ${ch.on} ${ch.kind.padEnd(18)} ${ch.supplierName}: ${ch.message}`);
    }
  }
  const t = report.totals;
  lines.push(
    '',
    `Total ${t.total}: ${t.valid} valid, ${t.invalid} invalid, ${t.needsReview} need review`,
  );
  return lines.join('\n');
}

async function main(): Promise<number> {
  try {
    const opts = options(process.argv.slice(2));
    const report = await fetchReport(opts);
    console.log(opts.format === 'json' ? JSON.stringify(report, null, 2) : formatTable(report));
    return report.totals.valid === report.totals.total ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageOrAccessError) {
      console.error(error.message);
      return 2;
    }
    console.error(`Unexpected error: ${(error as Error).message}`);
    return 2;
  }
}

if (require.main === module) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
