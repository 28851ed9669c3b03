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

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const text = (value: JsonValue | undefined): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
const texts = (value: JsonValue | undefined): string[] =>
  Array.isArray(value) ? value.map((v) => text(v)).filter((v) => v.length > 0) : [];

/** One address of the JSON form, written as the CSV writes it: "street, city, state, postal, CC". */
function addressLine(value: JsonValue): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return text(value);
  return ['address', 'city', 'state', 'postal_code', 'country']
    .map((k) => text(value[k]).trim())
    .filter((part) => part.length > 0)
    .join(', ');
}

/**
 * The entries of the CSL's JSON form (api.trade.gov `consolidated.json`: `{"results": [...]}`, or
 * a bare array), as CSV records, so both forms go through one mapping (toCslRecord). Throws on a
 * document that is not JSON, has no entries array, or has an entry over `maxChars`.
 */
export function cslJsonRecords(document: string, maxChars: number): CslRecord[] {
  let parsed: JsonValue;
  try {
    parsed = JSON.parse(document) as JsonValue;
  } catch (error) {
    throw new Error(`not a CSL JSON file: ${(error as Error).message}`);
  }
  const results = Array.isArray(parsed)
    ? parsed
    : typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? parsed.results
      : undefined;
  if (!Array.isArray(results)) throw new Error('not a CSL JSON file: no "results" array');
  return results.map((entry, index) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new Error(`entry ${index + 1}: not an object`);
    }
    if (JSON.stringify(entry).length > maxChars) {
      throw new Error(`entry ${index + 1}: larger than ${maxChars} characters`);
    }
    const addresses = Array.isArray(entry.addresses) ? entry.addresses.map(addressLine) : [];
    return toCslRecord(
      {
        _id: text(entry.id ?? entry._id),
        source: text(entry.source),
        entity_number: text(entry.entity_number),
        type: text(entry.type),
        programs: texts(entry.programs).join('; '),
        name: text(entry.name),
        addresses: addresses.join('; '),
        federal_register_notice: text(entry.federal_register_notice),
        start_date: text(entry.start_date),
        end_date: text(entry.end_date),
        license_requirement: text(entry.license_requirement),
        license_policy: text(entry.license_policy),
        remarks: text(entry.remarks),
        source_list_url: text(entry.source_list_url),
        alt_names: texts(entry.alt_names).join('; '),
        citizenships: texts(entry.citizenships).join('; '),
        nationalities: texts(entry.nationalities).join('; '),
      },
      index + 1,
    );
  });
}
