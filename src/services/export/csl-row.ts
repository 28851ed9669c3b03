/**
 * One row of the Consolidated Screening List in its official CSV form (api.trade.gov
 * `consolidated.csv`), reduced to what screening needs. Multi-valued fields are joined with
 * "; " and each address reads "street, city, state, postal, country-code".
 */
export interface CslRecord {
  entryId: string;
  source: string;
  listCode: string;
  entityNumber: string | null;
  type: string | null;
  name: string;
  altNames: string[];
  programs: string[];
  addresses: string[];
  countries: string[];
  federalRegisterNotice: string | null;
  startDate: string | null;
  endDate: string | null;
  licenseRequirement: string | null;
  licensePolicy: string | null;
  remarks: string | null;
  sourceListUrl: string | null;
}

export const CSL_COLUMNS = [
  '_id',
  'source',
  'entity_number',
  'type',
  'programs',
  'name',
  'title',
  'addresses',
  'federal_register_notice',
  'start_date',
  'end_date',
  'standard_order',
  'license_requirement',
  'license_policy',
  'call_sign',
  'vessel_type',
  'gross_tonnage',
  'gross_registered_tonnage',
  'vessel_flag',
  'vessel_owner',
  'remarks',
  'source_list_url',
  'alt_names',
  'citizenships',
  'dates_of_birth',
  'nationalities',
  'places_of_birth',
  'source_information_url',
  'ids',
] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const blank = (value: string | undefined) => {
  const trimmed = (value ?? '').trim();
  return trimmed.length === 0 ? null : trimmed;
};
const many = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

/**
 * "Entity List (EL) - Bureau of Industry and Security" → "EL";
 * "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department" → "NS-MBS".
 */
export function listCodeOf(source: string): string {
  const match = /\(([A-Z][A-Z-]*)(?:\s[^)]*)?\)/.exec(source);
  return match ? match[1] : source.split(' ')[0].toUpperCase();
}

/** Parses one CSV record (as an object keyed by the CSL header); throws on a broken row. */
export function toCslRecord(row: Record<string, string>, line: number): CslRecord {
  const name = blank(row.name);
  const source = blank(row.source);
  if (!name || !source) throw new Error(`line ${line}: a CSL entry needs a source and a name`);
  const addresses = many(row.addresses);
  const countries = new Set<string>();
  for (const address of addresses) {
    const last = address.split(',').at(-1)?.trim() ?? '';
    if (/^[A-Z]{2}$/.test(last)) countries.add(last);
  }
  for (const field of [row.citizenships, row.nationalities]) {
    for (const code of many(field)) if (/^[A-Z]{2}$/.test(code)) countries.add(code);
  }
  const date = (value: string | undefined) => {
    const v = blank(value);
    return v && ISO_DATE.test(v) ? v : null;
  };
  return {
    entryId: blank(row._id) ?? `line-${line}`,
    source,
    listCode: listCodeOf(source),
    entityNumber: blank(row.entity_number),
    type: blank(row.type),
    name,
    altNames: many(row.alt_names).filter((alias) => alias !== name),
    programs: many(row.programs),
    addresses,
    countries: [...countries].sort(),
    federalRegisterNotice: blank(row.federal_register_notice),
    startDate: date(row.start_date),
    endDate: date(row.end_date),
    licenseRequirement: blank(row.license_requirement),
    licensePolicy: blank(row.license_policy),
    remarks: blank(row.remarks),
    sourceListUrl: blank(row.source_list_url),
  };
}
