/**
 * Shared vocabulary of the export-control rules (TIC 4.1, 12.2; 15 C.F.R. Parts 730–774): the
 * columns of the Commerce Country Chart, the Country Groups, the typed reference tables, and
 * the shape of one finding of an export check.
 */

/** The columns of the Commerce Country Chart, in the regulation's order (Supp. No. 1 to Part 738). */
export const CHART_COLUMNS = [
  'CB1',
  'CB2',
  'CB3',
  'NP1',
  'NP2',
  'NS1',
  'NS2',
  'MT1',
  'RS1',
  'RS2',
  'FC1',
  'CC1',
  'CC2',
  'CC3',
  'AT1',
  'AT2',
] as const;
export type ChartColumn = (typeof CHART_COLUMNS)[number];

/** Reasons for control named in CCL entries (15 C.F.R. 738.2(d)(2)). */
export const REASONS_FOR_CONTROL = [
  'AT',
  'CB',
  'CC',
  'CW',
  'EI',
  'FC',
  'MT',
  'NP',
  'NS',
  'RS',
  'SI',
  'SL',
  'SS',
  'UN',
] as const;
export type ReasonForControl = (typeof REASONS_FOR_CONTROL)[number];

/** The Country Groups of Supp. No. 1 to Part 740, written as the regulation writes them. */
export const COUNTRY_GROUPS = [
  'A:1',
  'A:2',
  'A:3',
  'A:4',
  'A:5',
  'A:6',
  'B',
  'D:1',
  'D:2',
  'D:3',
  'D:4',
  'D:5',
  'E:1',
  'E:2',
] as const;
export type CountryGroup = (typeof COUNTRY_GROUPS)[number];

/**
 * A control of a CCL entry that applies to part of the entry only: the column applies when the
 * item (or, for software and technology, the commodity it is for) falls under one of `appliesTo`
 * and under none of `except`. `OUTSIDE_CHART` marks a licence requirement the entry states
 * without a Country Chart column (worldwide, or to named destinations).
 */
export interface ConditionalControl {
  column: ChartColumn | 'OUTSIDE_CHART';
  appliesTo: readonly string[];
  except: readonly string[];
}

/** Where a row of eccns.csv comes from (see data/export-control/README.md). */
export type EccnProvenance = 'CCL_EXTRACT' | 'CFR_TEXT';

/** One row of data/export-control/eccns.csv. */
export interface EccnEntry {
  /** '3A001', '3A001.e.1.b', 'EAR99'. */
  designation: string;
  description: string;
  reasonsForControl: readonly ReasonForControl[];
  /** Columns that apply to every item the row covers. */
  chartColumns: readonly ChartColumn[];
  conditionalControls: readonly ConditionalControl[];
  licenseExceptions: string;
  provenance: EccnProvenance;
  citation: string;
  notes: string;
}

/** One destination of the Commerce Country Chart: the columns with an X. */
export interface CountryChartRow {
  name: string;
  iso2: string;
  footnotes: readonly string[];
  columns: readonly ChartColumn[];
}

/** One destination of Supp. No. 1 to Part 740 and the groups it is in. */
export interface CountryGroupRow {
  name: string;
  iso2: string;
  groups: readonly CountryGroup[];
}

export interface ExportReferenceData {
  eccns: readonly EccnEntry[];
  chart: readonly CountryChartRow[];
  groups: readonly CountryGroupRow[];
}

/** The steps of an export check, in the EAR's order (15 C.F.R. 732.1–732.5). */
export const EXPORT_STEPS = [
  'CLASSIFICATION',
  'DESTINATION',
  'COUNTRY_CHART',
  'SCREENING',
  'END_USE',
  'LICENCE',
] as const;
export type ExportStep = (typeof EXPORT_STEPS)[number];

/**
 * What a finding does to the decision: STOP makes the transfer prohibited, LICENSE_REQUIRED
 * needs a licence on file, REVIEW needs a person to resolve it, NONE leaves the decision alone.
 */
export type ExportEffect = 'STOP' | 'LICENSE_REQUIRED' | 'REVIEW' | 'NONE';

export type ExportFindingStatus = 'PASS' | 'INFO' | 'WARN' | 'FAIL';

/** One explainable result of one step of an export check, with the rule it applies. */
export interface ExportFinding {
  step: ExportStep;
  code: string;
  status: ExportFindingStatus;
  effect: ExportEffect;
  citation: string;
  message: string;
}
