import type { PartyCode } from '../../domain/parties';
import { normaliseName } from '../export/screening-normalise';
import { fengfanAffiliation, type Company, type OwnershipLink } from '../suppliers/affiliation';

/** A company of the supplier register with every name it is known by. */
export interface RegisteredCompany extends Company {
  otherNames: readonly string[];
}

/**
 * The ownership facts of the supplier register, loaded for the judgement: its companies (the
 * parties among them), the links between them, the company the request named by id (if any)
 * and the day control is judged on (TIC 1.1: an Affiliate only while the control exists).
 */
export interface OwnershipFacts {
  companies: readonly RegisteredCompany[];
  links: readonly OwnershipLink[];
  recipientCompanyId: string | null;
  asOf: string;
}

/**
 * Whether a recipient is Fengfan or a Fengfan Affiliate (TIC 1.1; JVC Art. 2), the one
 * judgement the Fengfan gate rests on: the FENGFAN party itself; a request that states the
 * recipient is an Affiliate of Fengfan; a company of the supplier register (named by its id,
 * or by its legal or another name, compared in the screening normalisation) that Fengfan
 * controls, that controls Fengfan or that is under common control with it on the day, by
 * ownership or appointing powers, with the chain; or a name that is one of Fengfan's (in Latin
 * letters or in Chinese).
 */
export function fengfanRecipient({
  recipientParty,
  recipientName,
  statedFengfanAffiliate,
  ownership = null,
}: {
  recipientParty: PartyCode | null;
  recipientName: string;
  statedFengfanAffiliate: boolean;
  ownership?: OwnershipFacts | null;
}): { fengfan: boolean; reason: string } {
  if (recipientParty === 'FENGFAN') return { fengfan: true, reason: 'the recipient is FENGFAN' };
  if (statedFengfanAffiliate) {
    return { fengfan: true, reason: 'the request states the recipient is a Fengfan Affiliate' };
  }
  // A party is what it is: the JV bears Fengfan's name but is the Licensee (TIC 2.8).
  if (recipientParty !== null) {
    return { fengfan: false, reason: `the recipient is ${recipientParty}, not Fengfan` };
  }
  if (ownership) {
    for (const company of registeredRecipients(ownership, recipientName)) {
      const affiliation = fengfanAffiliation({
        companies: ownership.companies,
        links: ownership.links,
        companyId: company.id,
        asOf: ownership.asOf,
      });
      if (
        affiliation.affiliation !== 'NONE' &&
        affiliation.affiliation !== 'UNKNOWN' &&
        // A party is what it is, here too: the JV is the Licensee, not an Affiliate (TIC 2.8).
        (company.partyCode === null || company.partyCode === 'FENGFAN')
      ) {
        return { fengfan: true, reason: `${affiliation.message} (TIC 1.1; JVC Art. 2)` };
      }
    }
  }
  const folded = recipientName
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(JV_NAME, '');
  if (FENGFAN_NAMES.some((name) => folded.includes(name))) {
    return { fengfan: true, reason: `"${recipientName}" is one of Fengfan's names` };
  }
  return {
    fengfan: false,
    reason: `"${recipientName}" is not Fengfan by party, ownership, name or statement`,
  };
}

/**
 * The register's companies the recipient is: the one named by id, else every company whose
 * legal or other name is the recipient's name once both are normalised as for screening
 * (legal forms, punctuation, script and pinyin syllables do not tell them apart).
 */
function registeredRecipients(
  ownership: OwnershipFacts,
  recipientName: string,
): RegisteredCompany[] {
  if (ownership.recipientCompanyId !== null) {
    return ownership.companies.filter((c) => c.id === ownership.recipientCompanyId);
  }
  const wanted = nameKey(recipientName);
  if (wanted === '') return [];
  return ownership.companies.filter((c) =>
    [c.name, ...c.otherNames].some((name) => nameKey(name) === wanted),
  );
}

const nameKey = (name: string) => normaliseName({ name }).words.join('');

/** Fengfan's names, folded: "Baoding Fengfan Group", "Feng Fan", 风帆 (and 保定风帆). */
const FENGFAN_NAMES = ['fengfan', '风帆'];
/** The JV's own name, "Baoding Fengfan-Valence Battery", folded: not a Fengfan name. */
const JV_NAME = /fengfanvalence|风帆威能/g;
