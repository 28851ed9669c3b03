import { EAR99, assertEccn } from './eccn';
import { COUNTRY_GROUPS_CITATION, countryGroupsOf } from './country-groups';
import { UNITED_STATES } from './destination';
import type { CountryGroupRow, ExportFinding } from './types';

/**
 * Step 2 of the check, the destination itself: controls the Country Chart does not show.
 * - Country Groups E:1 and E:2 (Cuba, Iran, North Korea, Syria): Part 746 requires a licence for
 *   virtually every item, the chart's AT columns are empty and their rows carry only CB1 (see
 *   data/export-control/README.md). TIC 12.2 forbids any export, re-export, transfer or
 *   disclosure of the Technology or Valence's Confidential Information "to any destination
 *   restricted or prohibited by U.S. export control laws, or to any national or resident
 *   thereof": a stop, which no licence can cure.
 * - Russia and Belarus (chart footnote 6): § 746.8 requires a licence for every item on the CCL,
 *   and § 746.5 and § 746.8 reach listed EAR99 items too.
 */
export const EMBARGO_CITATION = '15 C.F.R. Part 746; Supp. No. 1 to Part 740 (E:1, E:2); TIC 12.2';
export const RUSSIA_BELARUS = ['RU', 'BY'] as const;
const RUSSIA_BELARUS_CITATION = '15 C.F.R. 746.5 and 746.8';

export function destinationFindings({
  destination,
  eccn,
  groups,
}: {
  destination: string;
  eccn: string;
  groups: readonly CountryGroupRow[];
}): ExportFinding[] {
  const item = assertEccn({ field: 'eccn', value: eccn });
  const membership = countryGroupsOf({ destination, groups });
  const step = 'DESTINATION' as const;
  const where = membership.name
    ? `${membership.name} (${membership.destination})`
    : membership.destination;

  if (membership.earDestination === UNITED_STATES) {
    return [
      {
        step,
        code: 'DESTINATION_UNITED_STATES',
        status: 'INFO',
        effect: 'NONE',
        citation: '15 C.F.R. 734.13 and 734.14',
        message: 'The destination is the United States: no export or reexport',
      },
    ];
  }
  if (!membership.known) {
    return [
      {
        step,
        code: 'DESTINATION_NOT_IN_COUNTRY_GROUPS',
        status: 'WARN',
        effect: 'REVIEW',
        citation: COUNTRY_GROUPS_CITATION,
        message: `${where} has no row in the Country Groups data: read the regulation`,
      },
    ];
  }

  const findings: ExportFinding[] = [
    {
      step,
      code: 'DESTINATION_COUNTRY_GROUPS',
      status: 'INFO',
      effect: 'NONE',
      citation: COUNTRY_GROUPS_CITATION,
      message: `${where} is in Country Group(s) ${membership.groups.join(', ') || 'none'}`,
    },
  ];
  if (membership.embargoed) {
    findings.push({
      step,
      code: 'DESTINATION_EMBARGOED',
      status: 'FAIL',
      effect: 'STOP',
      citation: EMBARGO_CITATION,
      message:
        `${where} is in Country Group ${membership.groups.filter((g) => g.startsWith('E')).join(', ')}: ` +
        'an embargoed destination (Part 746 requires a licence for virtually all items and the ' +
        'Country Chart does not show it). TIC 12.2 forbids exporting, re-exporting, transferring ' +
        'or disclosing the Technology or Valence Confidential Information to such a destination ' +
        'or to its nationals or residents',
    });
  }
  if ((RUSSIA_BELARUS as readonly string[]).includes(membership.earDestination)) {
    findings.push(
      item === EAR99
        ? {
            step,
            code: 'DESTINATION_RUSSIA_BELARUS_SANCTIONS',
            status: 'WARN',
            effect: 'REVIEW',
            citation: RUSSIA_BELARUS_CITATION,
            message:
              `${where}: the Russia and Belarus sanctions require a licence for EAR99 items listed ` +
              'in the supplements to Part 746 and for industry-sector items (746.5): check the item ' +
              'against them',
          }
        : {
            step,
            code: 'DESTINATION_RUSSIA_BELARUS_SANCTIONS',
            status: 'FAIL',
            effect: 'LICENSE_REQUIRED',
            citation: RUSSIA_BELARUS_CITATION,
            message:
              `${where}: the Russia and Belarus sanctions require a licence for every item on the ` +
              `Commerce Control List, including ${item}, whatever the Country Chart shows`,
          },
    );
  }
  return findings;
}

/**
 * TIC 12.2 forbids a transfer "to any national or resident" of a restricted destination, not
 * only to the destination itself: every party's country, and every citizenship and residency
 * of a person receiving technology, is read against Country Groups E:1 and E:2 (Part 746).
 */
export function nationalityFindings({
  parties,
  recipientCountries,
  groups,
}: {
  parties: ReadonlyArray<{ name: string; country?: string | null }>;
  recipientCountries: readonly string[];
  groups: readonly CountryGroupRow[];
}): ExportFinding[] {
  const links = [
    ...parties.flatMap((p) => (p.country ? [{ who: p.name, country: p.country }] : [])),
    ...recipientCountries.map((country) => ({ who: 'the recipient', country })),
  ];
  return links.flatMap(({ who, country }) => {
    const membership = countryGroupsOf({ destination: country, groups });
    if (!membership.embargoed) return [];
    const where = membership.name ? `${membership.name} (${membership.destination})` : country;
    return [
      {
        step: 'DESTINATION' as const,
        code: 'PARTY_OF_EMBARGOED_COUNTRY',
        status: 'FAIL' as const,
        effect: 'STOP' as const,
        citation: EMBARGO_CITATION,
        message:
          `${who} is a national or resident of ${where} (Country Group ` +
          `${membership.groups.filter((g) => g.startsWith('E')).join(', ')}): TIC 12.2 forbids ` +
          'transferring the Technology or Valence Confidential Information to any national or resident of a restricted destination',
      },
    ];
  });
}
