import { earDestination } from './destination';
import type { CountryGroup, CountryGroupRow } from './types';

/**
 * Country Groups (15 C.F.R. Part 740, Supp. No. 1). E:1 (terrorist-supporting countries) and E:2
 * (unilateral embargo) are the embargoed destinations of Part 746 (Cuba, Iran, North Korea,
 * Syria in the 2026-09-24 edition).
 */
export const COUNTRY_GROUPS_CITATION = '15 C.F.R. Part 740, Supp. No. 1';
export const EMBARGO_GROUPS: readonly CountryGroup[] = ['E:1', 'E:2'];

export interface CountryGroupMembership {
  destination: string;
  /** The row read: China's for Hong Kong (see destination.ts). */
  earDestination: string;
  /** False when the table has no row for the destination. */
  known: boolean;
  name: string | null;
  groups: readonly CountryGroup[];
  /** In Country Group E:1 or E:2. */
  embargoed: boolean;
  citation: string;
}

/** The Country Groups a destination belongs to. */
export function countryGroupsOf({
  destination,
  groups,
}: {
  destination: string;
  groups: readonly CountryGroupRow[];
}): CountryGroupMembership {
  const read = earDestination({ destination });
  const row = groups.find((g) => g.iso2 === read);
  const member = row?.groups ?? [];
  return {
    destination: destination.trim().toUpperCase(),
    earDestination: read,
    known: row !== undefined,
    name: row?.name ?? null,
    groups: member,
    embargoed: member.some((group) => EMBARGO_GROUPS.includes(group)),
    citation: COUNTRY_GROUPS_CITATION,
  };
}

/** Whether a destination is in a Country Group. */
export function isInCountryGroup({
  destination,
  group,
  groups,
}: {
  destination: string;
  group: CountryGroup;
  groups: readonly CountryGroupRow[];
}): boolean {
  return countryGroupsOf({ destination, groups }).groups.includes(group);
}
