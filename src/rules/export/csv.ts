import { parse } from 'csv-parse/sync';
/**
 * CSV text to records for the reference tables in data/export-control, with a strict header
 * check. Pure: text in, records out.
 */

/** The rows of a CSV text as arrays of fields; a trailing line end adds no empty row. */
export function parseCsv({ text }: { text: string }): string[][] {
  // RFC 4180 via csv-parse; a malformed file (an unclosed quote) is an error, not a guess.
  return parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
}

/**
 * The records of a CSV text keyed by its header, which must be exactly `columns` (in order):
 * a renamed or missing column is an error, not a silently empty field.
 */
export function csvRecords<C extends string>({
  text,
  columns,
  name,
}: {
  text: string;
  columns: readonly C[];
  name: string;
}): Array<Record<C, string>> {
  const [header, ...rows] = parseCsv({ text });
  if (!header || header.join(',') !== columns.join(',')) {
    throw new Error(
      `${name}: expected the header ${columns.join(',')}, got ${header?.join(',') ?? 'nothing'}`,
    );
  }
  return rows.map((fields, index) => {
    if (fields.length !== columns.length) {
      throw new Error(
        `${name} line ${index + 2}: expected ${columns.length} fields, got ${fields.length}`,
      );
    }
    const record = {} as Record<C, string>;
    columns.forEach((column, i) => {
      record[column] = fields[i];
    });
    return record;
  });
}
