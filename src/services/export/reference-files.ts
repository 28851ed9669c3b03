import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  parseCountryChart,
  parseCountryGroups,
  parseEccnTable,
  REFERENCE_FILES,
} from '../../rules/export/reference-data';
import type { ExportReferenceData } from '../../rules/export/types';
import { projectPath } from '../../project-root';

/**
 * Reading data/export-control from disk (the rules only parse text): for the loader of the
 * database tables and for tests that run the rules on the real files.
 */
export interface ReferenceFileVersion {
  file: string;
  sha256: string;
}

export interface LoadedExportReferenceData extends ExportReferenceData {
  /** The directory read and the SHA-256 of each file, to record with every check. */
  directory: string;
  versions: readonly ReferenceFileVersion[];
}

/** Reads and validates the three tables of `directory` (synchronously). */
export function loadExportReferenceData({
  directory = projectPath('data', 'export-control'),
}: { directory?: string } = {}): LoadedExportReferenceData {
  const read = (file: string) => {
    const bytes = readFileSync(path.join(directory, file));
    return {
      text: bytes.toString('utf8'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  };
  const eccns = read(REFERENCE_FILES.eccns);
  const chart = read(REFERENCE_FILES.chart);
  const groups = read(REFERENCE_FILES.groups);
  return {
    directory,
    eccns: parseEccnTable({ text: eccns.text }),
    chart: parseCountryChart({ text: chart.text }),
    groups: parseCountryGroups({ text: groups.text }),
    versions: [
      { file: REFERENCE_FILES.eccns, sha256: eccns.sha256 },
      { file: REFERENCE_FILES.chart, sha256: chart.sha256 },
      { file: REFERENCE_FILES.groups, sha256: groups.sha256 },
    ],
  };
}

let cached: LoadedExportReferenceData | null = null;

/** The tables of data/export-control, read on first use and kept for the life of the process. */
export function exportReferenceData(): LoadedExportReferenceData {
  cached ??= loadExportReferenceData();
  return cached;
}
