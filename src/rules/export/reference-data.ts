import { csvRecords } from './csv';
import { parseEccn } from './eccn';
import {
  CHART_COLUMNS,
  COUNTRY_GROUPS,
  REASONS_FOR_CONTROL,
  type ChartColumn,
  type ConditionalControl,
  type CountryChartRow,
  type CountryGroup,
  type CountryGroupRow,
  type EccnEntry,
  type EccnProvenance,
  type ReasonForControl,
} from './types';

/**
 * The reference tables of data/export-control (see its README.md for sources and editions):
 * pure parsers that turn each CSV text into a typed, validated table, and one loader that reads
 * the files once per process. The rules take the tables as parameters, so tests can hand them
 * small tables of their own.
 */

const ISO2 = /^[A-Z]{2}$/;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

function splitList(value: string, separator: string): string[] {
  return value
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function oneOf<T extends string>(list: readonly T[], value: string, what: string): T {
  if (!isOneOf(list, value)) throw new Error(`${what}: unknown value ${value}`);
  return value;
}

function xCells<T extends string>(
  record: Record<string, string>,
  columns: readonly { key: string; value: T }[],
  where: string,
): T[] {
  return columns.flatMap(({ key, value }) => {
    const cell = record[key];
    if (cell !== 'X' && cell !== '') throw new Error(`${where} ${key}: expected X or blank`);
    return cell === 'X' ? [value] : [];
  });
}

function checkIso2(iso2: string, where: string): string {
  if (!ISO2.test(iso2)) throw new Error(`${where}: ${iso2} is not an ISO 3166-1 alpha-2 code`);
  return iso2;
}

function uniqueBy<T>(rows: T[], key: (row: T) => string, name: string): T[] {
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(key(row))) throw new Error(`${name}: ${key(row)} appears twice`);
    seen.add(key(row));
  }
  return rows;
}

const CHART_HEADER = ['country_name_ear', 'iso2', 'footnotes', ...CHART_COLUMNS] as const;

/** country-chart.csv: one row per destination, X per Country Chart column. */
export function parseCountryChart({ text }: { text: string }): CountryChartRow[] {
  const records = csvRecords({ text, columns: CHART_HEADER, name: 'country-chart.csv' });
  const columns = CHART_COLUMNS.map((column) => ({ key: column, value: column }));
  const rows = records.map((record) => ({
    name: record.country_name_ear,
    iso2: checkIso2(record.iso2, `country-chart.csv ${record.country_name_ear}`),
    footnotes: splitList(record.footnotes, ';'),
    columns: xCells<ChartColumn>(record, columns, `country-chart.csv ${record.iso2}`),
  }));
  return uniqueBy(rows, (row) => row.iso2, 'country-chart.csv');
}

const GROUP_KEYS = COUNTRY_GROUPS.map((group) => group.replace(':', ''));
const GROUPS_HEADER = ['country_name_ear', 'iso2', ...GROUP_KEYS] as const;

/** country-groups.csv: one row per destination, X per Country Group (A1 … E2 = A:1 … E:2). */
export function parseCountryGroups({ text }: { text: string }): CountryGroupRow[] {
  const records = csvRecords({ text, columns: GROUPS_HEADER, name: 'country-groups.csv' });
  const columns = COUNTRY_GROUPS.map((group, i) => ({ key: GROUP_KEYS[i], value: group }));
  const rows = records.map((record) => ({
    name: record.country_name_ear,
    iso2: checkIso2(record.iso2, `country-groups.csv ${record.country_name_ear}`),
    groups: xCells<CountryGroup>(record, columns, `country-groups.csv ${record.iso2}`),
  }));
  return uniqueBy(rows, (row) => row.iso2, 'country-groups.csv');
}

const ECCN_HEADER = [
  'designation',
  'description',
  'reasons_for_control',
  'chart_columns',
  'conditional_controls',
  'license_exceptions',
  'provenance',
  'citation',
  'notes',
] as const;
const PROVENANCES: readonly EccnProvenance[] = ['CCL_EXTRACT', 'CFR_TEXT'];

function checkDesignation(value: string, where: string): string {
  const parsed = parseEccn({ value });
  if (!parsed.valid || parsed.eccn !== value) {
    throw new Error(`${where}: ${value} is not an ECCN written in its normal form`);
  }
  return value;
}

/** 'NS1=3A001|3B|!3B002.c;OUTSIDE_CHART=3A090' → the conditional controls it describes. */
export function parseConditionalControls({
  value,
  where,
}: {
  value: string;
  where: string;
}): ConditionalControl[] {
  return splitList(value, ';').map((entry) => {
    const [column, targets, extra] = entry.split('=');
    if (extra !== undefined || !targets) throw new Error(`${where}: malformed control ${entry}`);
    const items = splitList(targets, '|');
    const check = (item: string) => checkDesignation(item, where);
    const control: ConditionalControl = {
      column:
        column === 'OUTSIDE_CHART'
          ? 'OUTSIDE_CHART'
          : oneOf(CHART_COLUMNS, column, `${where} column`),
      appliesTo: items
        .filter((item) => !item.startsWith('!'))
        .map((item) => (/^\d[A-E]$/.test(item) ? item : check(item))),
      except: items.filter((item) => item.startsWith('!')).map((item) => check(item.slice(1))),
    };
    if (control.appliesTo.length === 0) throw new Error(`${where}: ${entry} applies to nothing`);
    return control;
  });
}

/** eccns.csv: one row per ECCN or ECCN paragraph (see the README for each column). */
export function parseEccnTable({ text }: { text: string }): EccnEntry[] {
  const records = csvRecords({ text, columns: ECCN_HEADER, name: 'eccns.csv' });
  const rows = records.map((record): EccnEntry => {
    const where = `eccns.csv ${record.designation}`;
    return {
      designation: checkDesignation(record.designation, where),
      description: record.description,
      reasonsForControl: splitList(record.reasons_for_control, ';').map(
        (reason): ReasonForControl => oneOf(REASONS_FOR_CONTROL, reason, `${where} reason`),
      ),
      chartColumns: splitList(record.chart_columns, ';').map((column): ChartColumn =>
        oneOf(CHART_COLUMNS, column, `${where} column`),
      ),
      conditionalControls: parseConditionalControls({ value: record.conditional_controls, where }),
      licenseExceptions: record.license_exceptions,
      provenance: oneOf(PROVENANCES, record.provenance, `${where} provenance`),
      citation: record.citation,
      notes: record.notes,
    };
  });
  return uniqueBy(rows, (row) => row.designation, 'eccns.csv');
}

/** The three files of data/export-control and what each becomes. */
export const REFERENCE_FILES = {
  eccns: 'eccns.csv',
  chart: 'country-chart.csv',
  groups: 'country-groups.csv',
} as const;
