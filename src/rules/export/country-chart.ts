import { EAR99, assertEccn, eccnFallsUnder, lookupEccn, parseEccn } from './eccn';
import { HONG_KONG_RULE, UNITED_STATES, earDestination } from './destination';
import type {
  ChartColumn,
  ConditionalControl,
  CountryChartRow,
  EccnEntry,
  ExportFinding,
  ReasonForControl,
} from './types';

/**
 * Step 3 of the check: cross the ECCN's reasons for control with the destination's row of the
 * Commerce Country Chart. An X in a column the ECCN is controlled under means a licence is
 * required (15 C.F.R. 738.4(a)); no X means none for that reason. EAR99 items are not on the
 * chart at all (734.3(c)).
 */
export const CHART_CITATION = '15 C.F.R. 738.4 and Supplement No. 1 to Part 738';
const EAR99_CITATION = '15 C.F.R. 734.3(c) and 738.4';
const NOT_AN_EXPORT_CITATION = '15 C.F.R. 734.13, 734.14 and 738.4';

export type Applicability = 'YES' | 'NO' | 'UNDETERMINED';

export interface ChartRequirement {
  column: ChartColumn;
  reason: ReasonForControl;
  /** ENTRY: the column applies to every item the row covers; PART: to some of them only. */
  scope: 'ENTRY' | 'PART';
  applies: Applicability;
  /** For PART: the items (or the commodities software and technology are for) it covers. */
  appliesTo: readonly string[];
  /** An X in the destination's cell. */
  x: boolean;
}

export interface OutsideChartControl {
  applies: Applicability;
  appliesTo: readonly string[];
}

export interface LicenceRequirements {
  eccn: string;
  destination: string;
  /** The chart row read (China's for Hong Kong); null when there is none. */
  chartDestination: string | null;
  requirements: readonly ChartRequirement[];
  outsideChart: readonly OutsideChartControl[];
  /** An applicable column has an X. */
  licenceRequired: boolean;
  findings: readonly ExportFinding[];
}

const reasonOf = (column: ChartColumn) => column.slice(0, 2) as ReasonForControl;

/**
 * Whether a control for part of an entry applies. The subject is the commodity the software or
 * technology is for (`relatedEccn`), or, for a commodity classified below the row that governs
 * it ('3A001.e.2' under the '3A001' row), the commodity itself; without one it is undetermined.
 */
function applicability(control: ConditionalControl, subject: string | null): Applicability {
  if (subject === null) return 'UNDETERMINED';
  const under = (pattern: string) => eccnFallsUnder({ designation: subject, pattern });
  return control.appliesTo.some(under) && !control.except.some(under) ? 'YES' : 'NO';
}

function subjectOf(eccn: string, row: EccnEntry, relatedEccn: string | undefined): string | null {
  if (relatedEccn !== undefined) return assertEccn({ field: 'relatedEccn', value: relatedEccn });
  const parsed = parseEccn({ value: eccn });
  const commodity = parsed.valid && ['A', 'B', 'C'].includes(parsed.productGroup ?? '');
  return commodity && eccn !== row.designation ? eccn : null;
}

function describe(row: CountryChartRow | undefined, code: string): string {
  return row ? `${row.name} (${code})` : code;
}

/**
 * The licence requirements of the Country Chart for an ECCN and a destination: for each column
 * the ECCN is controlled under, whether it applies and whether the destination's cell has an X.
 */
export function licenceRequirements({
  eccn,
  relatedEccn,
  destination,
  eccns,
  chart,
}: {
  eccn: string;
  /** For software and technology: the ECCN of the commodity it is for. */
  relatedEccn?: string;
  destination: string;
  eccns: readonly EccnEntry[];
  chart: readonly CountryChartRow[];
}): LicenceRequirements {
  const lookup = lookupEccn({ eccn, eccns });
  const code = destination.trim().toUpperCase();
  const read = earDestination({ destination });
  const row = chart.find((r) => r.iso2 === read);
  const step = 'COUNTRY_CHART' as const;
  const findings: ExportFinding[] = [];
  const base = { eccn: lookup.eccn, destination: code };
  const none = (chartDestination: string | null): LicenceRequirements => ({
    ...base,
    chartDestination,
    requirements: [],
    outsideChart: [],
    licenceRequired: false,
    findings,
  });

  if (lookup.eccn === EAR99) {
    findings.push({
      step,
      code: 'CHART_EAR99',
      status: 'INFO',
      effect: 'NONE',
      citation: EAR99_CITATION,
      message:
        'EAR99 items have no reasons for control on the Commerce Control List: the Country ' +
        'Chart requires no licence for them to any destination. End-use and end-user controls ' +
        '(Part 744), embargoes and sanctions (Part 746) and denial orders (Part 764) still apply',
    });
    return none(row ? read : null);
  }
  if (read === UNITED_STATES) {
    findings.push({
      step,
      code: 'CHART_NOT_AN_EXPORT',
      status: 'INFO',
      effect: 'NONE',
      citation: NOT_AN_EXPORT_CITATION,
      message:
        'The United States is not a destination of the Commerce Country Chart: a transfer ' +
        'within or back to the United States is not an export or reexport',
    });
    return none(null);
  }
  if (code === HONG_KONG_RULE.from) {
    findings.push({
      step,
      code: 'CHART_HONG_KONG_AS_CHINA',
      status: 'INFO',
      effect: 'NONE',
      citation: HONG_KONG_RULE.citation,
      message:
        'Hong Kong has no row of its own since 23 December 2020: its licence requirements are ' +
        "those of China's row",
    });
  }
  if (!row) {
    findings.push({
      step,
      code: 'CHART_DESTINATION_NOT_ON_CHART',
      status: 'WARN',
      effect: 'REVIEW',
      citation: CHART_CITATION,
      message: `${read} has no row in the Commerce Country Chart data: read the regulation`,
    });
    return none(null);
  }
  const entry = lookup.entry;
  if (!entry) {
    findings.push({
      step,
      code: 'CHART_ECCN_NOT_IN_TABLE',
      status: 'WARN',
      effect: 'REVIEW',
      citation: CHART_CITATION,
      message: `${lookup.eccn} is not in the ECCN table: its chart columns are unknown`,
    });
    return none(read);
  }

  const place = describe(row, read);
  const subject = subjectOf(lookup.eccn, entry, relatedEccn);
  const requirements: ChartRequirement[] = [
    ...entry.chartColumns.map((column) => ({
      column,
      reason: reasonOf(column),
      scope: 'ENTRY' as const,
      applies: 'YES' as const,
      appliesTo: [] as string[],
      x: row.columns.includes(column),
    })),
    ...entry.conditionalControls.flatMap((control) =>
      control.column === 'OUTSIDE_CHART'
        ? []
        : [
            {
              column: control.column,
              reason: reasonOf(control.column),
              scope: 'PART' as const,
              applies: applicability(control, subject),
              appliesTo: control.appliesTo,
              x: row.columns.includes(control.column),
            },
          ],
    ),
  ];
  const outsideChart = entry.conditionalControls
    .filter((control) => control.column === 'OUTSIDE_CHART')
    .map((control) => ({ applies: applicability(control, subject), appliesTo: control.appliesTo }));

  for (const r of requirements) {
    const part = r.scope === 'PART' ? ` (for ${r.appliesTo.join(', ')} only)` : '';
    const cell = r.x ? `an X in ${r.column} for ${place}` : `no X in ${r.column} for ${place}`;
    if (r.applies === 'YES') {
      findings.push({
        step,
        code: `CHART_${r.column}`,
        status: r.x ? 'FAIL' : 'PASS',
        effect: r.x ? 'LICENSE_REQUIRED' : 'NONE',
        citation: CHART_CITATION,
        message: r.x
          ? `${lookup.eccn} is controlled for ${r.reason} reasons under ${r.column}${part}; the ` +
            `Country Chart has ${cell}: a licence is required`
          : `${lookup.eccn} is controlled for ${r.reason} reasons under ${r.column}${part}; the ` +
            `Country Chart has ${cell}: no licence for ${r.reason} reasons`,
      });
    } else if (r.applies === 'NO') {
      findings.push({
        step,
        code: `CHART_${r.column}_NOT_APPLICABLE`,
        status: 'INFO',
        effect: 'NONE',
        citation: entry.citation,
        message: `${r.column} of ${entry.designation} applies only to ${r.appliesTo.join(', ')}; ${subject} is not one of them`,
      });
    } else {
      findings.push({
        step,
        code: `CHART_${r.column}_UNDETERMINED`,
        status: r.x ? 'WARN' : 'PASS',
        effect: r.x ? 'REVIEW' : 'NONE',
        citation: CHART_CITATION,
        message: r.x
          ? `${r.column} of ${entry.designation} applies only to ${r.appliesTo.join(', ')} and the ` +
            `Country Chart has ${cell}: name the item the ${lookup.eccn} software or technology ` +
            'is for (relatedEccn) to decide whether a licence is required'
          : `${r.column} of ${entry.designation} applies only to part of the entry, but the ` +
            `Country Chart has ${cell} either way`,
      });
    }
  }
  for (const o of outsideChart) {
    if (o.applies === 'NO') continue;
    findings.push({
      step,
      code: 'CHART_OUTSIDE_CHART_CONTROL',
      status: 'WARN',
      effect: 'REVIEW',
      citation: entry.citation,
      message:
        `${entry.designation} states a licence requirement outside the Country Chart for ` +
        `${o.appliesTo.join(', ')} (${o.applies === 'YES' ? 'it applies' : 'it may apply'}): ` +
        `read the entry's License Requirements. ${entry.notes}`,
    });
  }
  if (row.footnotes.length > 0) {
    findings.push({
      step,
      code: 'CHART_FOOTNOTES',
      status: 'INFO',
      effect: 'NONE',
      citation: CHART_CITATION,
      message: `The Country Chart row for ${place} carries footnote(s) ${row.footnotes.join(', ')}: read them in the regulation`,
    });
  }
  return {
    ...base,
    chartDestination: read,
    requirements,
    outsideChart,
    licenceRequired: requirements.some((r) => r.applies === 'YES' && r.x),
    findings,
  };
}
