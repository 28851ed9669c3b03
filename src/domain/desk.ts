/**
 * The records a party may take out of the API as files (issue 16), and the file formats: one
 * closed vocabulary, used by the export route and its rule alike.
 */
export const EXPORT_DATASETS = ['obligations', 'notices', 'export-checks', 'audit-events'] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

/** CSV for spreadsheets (RFC 4180, a header row); JSON lines for pipelines (one object a line). */
export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
