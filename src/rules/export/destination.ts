import { BadInputError } from '../../errors';

/**
 * Destinations are ISO 3166-1 alpha-2 codes ('CN', 'DE'; 'XK' for Kosovo as the chart data
 * writes it). The EAR no longer treat Hong Kong as a separate destination: BIS removed it from
 * the Country Chart and the Country Groups on 23 December 2020 (Federal Register document
 * 2020-28101, "Removal of Hong Kong as a Separate Destination under the EAR"), so Hong Kong is
 * read on China's rows.
 */
const ISO2 = /^[A-Z]{2}$/;

export const UNITED_STATES = 'US';

export const HONG_KONG_RULE = {
  from: 'HK',
  to: 'CN',
  citation:
    '15 C.F.R. Part 738, Supp. No. 1 (Hong Kong entry removed; Federal Register document ' +
    '2020-28101, effective 2020-12-23)',
} as const;

/** The upper-case ISO alpha-2 code; BAD_USER_INPUT naming `field` when it is not one. */
export function assertDestination({ field, value }: { field: string; value: unknown }): string {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (!ISO2.test(code)) {
    throw new BadInputError(
      field,
      `expected an ISO 3166-1 alpha-2 country code, got ${String(value)}`,
    );
  }
  return code;
}

/** The destination whose Country Chart and Country Group rows govern `destination`. */
export function earDestination({ destination }: { destination: string }): string {
  const code = assertDestination({ field: 'destination', value: destination });
  return code === HONG_KONG_RULE.from ? HONG_KONG_RULE.to : code;
}
