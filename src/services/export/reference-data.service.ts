import type { ReferenceVersion } from '../../domain/export';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  ChartColumn,
  ConditionalControl,
  CountryGroup,
  EccnEntry,
  EccnProvenance,
  ExportReferenceData,
  ReasonForControl,
} from '../../rules/export/types';
import { loadExportReferenceData } from './reference-files';

interface CountryRow {
  iso2: string;
  name: string;
  chart_footnotes: string[];
  in_chart: boolean;
  in_groups: boolean;
}

export type { ReferenceVersion };

/**
 * Loads data/export-control (Country Chart, country groups, ECCNs) into their tables when a
 * file changed since the last load, in one transaction; returns what was (re)loaded. Run at
 * start-up and by the seed, so the tables always match the files shipped with the code.
 */
export async function syncExportReferenceData(db: DataSource): Promise<string[]> {
  const files = loadExportReferenceData();
  return db.transaction(async (manager) => {
    const loaded: ReferenceVersion[] = await manager.query(
      'SELECT file, sha256 FROM reference_data_version FOR UPDATE',
    );
    const stale = files.versions.filter(
      (f) => !loaded.some((l) => l.file === f.file && l.sha256 === f.sha256),
    );
    if (stale.length === 0) return [];
    const { chart, groups, eccns } = files;

    // Rebuilt together: the three tables always come from one set of files.
    await manager.query('DELETE FROM country');
    await manager.query('DELETE FROM eccn');
    await manager.query(
      `INSERT INTO country (iso2, name, chart_footnotes, in_chart, in_groups)
       SELECT u.iso2, u.name, ARRAY(SELECT jsonb_array_elements_text(u.footnotes::jsonb)), true,
              u.iso2 = ANY($4::text[])
         FROM unnest($1::text[], $2::text[], $3::text[]) AS u(iso2, name, footnotes)`,
      [
        chart.map((c) => c.iso2),
        chart.map((c) => c.name),
        chart.map((c) => JSON.stringify(c.footnotes)),
        groups.map((g) => g.iso2),
      ],
    );
    const missing = groups.filter((g) => !chart.some((c) => c.iso2 === g.iso2));
    if (missing.length > 0) {
      await manager.query(
        `INSERT INTO country (iso2, name, in_chart, in_groups)
         SELECT u.iso2, u.name, false, true FROM unnest($1::text[], $2::text[]) AS u(iso2, name)`,
        [missing.map((g) => g.iso2), missing.map((g) => g.name)],
      );
    }
    const cells = chart.flatMap((c) => c.columns.map((column) => [c.iso2, column]));
    await manager.query(
      `INSERT INTO country_chart_cell (country, column_code) SELECT * FROM unnest($1::text[], $2::text[])`,
      [cells.map((c) => c[0]), cells.map((c) => c[1])],
    );
    const members = groups.flatMap((g) => g.groups.map((group) => [g.iso2, group]));
    await manager.query(
      `INSERT INTO country_group_member (country, group_code) SELECT * FROM unnest($1::text[], $2::text[])`,
      [members.map((m) => m[0]), members.map((m) => m[1])],
    );
    for (const entry of eccns) {
      await manager.query(
        `INSERT INTO eccn (designation, description, reasons, chart_columns, conditional_controls,
           license_exceptions, provenance, citation, notes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          entry.designation,
          entry.description,
          entry.reasonsForControl,
          entry.chartColumns,
          JSON.stringify(entry.conditionalControls),
          entry.licenseExceptions,
          entry.provenance,
          entry.citation,
          entry.notes,
        ],
      );
    }
    await manager.query('DELETE FROM reference_data_version');
    await manager.query(
      `INSERT INTO reference_data_version (file, sha256) SELECT * FROM unnest($1::text[], $2::text[])`,
      [files.versions.map((f) => f.file), files.versions.map((f) => f.sha256)],
    );
    return stale.map((f) => f.file);
  });
}

/** The reference tables as the pure rules take them, with the versions to record on a check. */
export async function readExportReferenceTables(
  manager: EntityManager,
): Promise<ExportReferenceData & { versions: ReferenceVersion[] }> {
  // One after the other: inside a transaction the manager holds a single connection, and pg
  // refuses (deprecated, removed in pg 9) a query on a client that is still running one.
  const countries = await manager.query(
    'SELECT iso2, name, chart_footnotes, in_chart, in_groups FROM country ORDER BY iso2',
  );
  const cells = await manager.query('SELECT country, column_code FROM country_chart_cell');
  const members = await manager.query('SELECT country, group_code FROM country_group_member');
  const eccnRows = await manager.query('SELECT * FROM eccn ORDER BY designation');
  const versions = await manager.query(
    'SELECT file, sha256 FROM reference_data_version ORDER BY file',
  );
  const columnsOf = new Map<string, ChartColumn[]>();
  for (const cell of cells)
    columnsOf.set(cell.country, [...(columnsOf.get(cell.country) ?? []), cell.column_code]);
  const groupsOf = new Map<string, CountryGroup[]>();
  for (const m of members)
    groupsOf.set(m.country, [...(groupsOf.get(m.country) ?? []), m.group_code]);
  const eccns: EccnEntry[] = eccnRows.map((row: Record<string, unknown>): EccnEntry => ({
    designation: row.designation as string,
    description: row.description as string,
    reasonsForControl: row.reasons as ReasonForControl[],
    chartColumns: row.chart_columns as ChartColumn[],
    conditionalControls: row.conditional_controls as ConditionalControl[],
    licenseExceptions: row.license_exceptions as string,
    provenance: row.provenance as EccnProvenance,
    citation: row.citation as string,
    notes: row.notes as string,
  }));
  return {
    eccns,
    chart: countries
      .filter((c: CountryRow) => c.in_chart)
      .map((c: CountryRow) => ({
        name: c.name,
        iso2: c.iso2,
        footnotes: c.chart_footnotes,
        columns: columnsOf.get(c.iso2) ?? [],
      })),
    groups: countries
      .filter((c: CountryRow) => c.in_groups)
      .map((c: CountryRow) => ({
        name: c.name,
        iso2: c.iso2,
        groups: groupsOf.get(c.iso2) ?? [],
      })),
    versions,
  };
}
