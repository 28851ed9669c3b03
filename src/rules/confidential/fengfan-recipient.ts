import type { PartyCode } from '../../domain/parties';

/**
 * Whether a recipient is Fengfan or a Fengfan Affiliate (TIC 1.1; JVC Art. 2), the one
 * judgement the Fengfan gate rests on: the FENGFAN party itself, a name that is one of
 * Fengfan's (in Latin letters or in Chinese), or a request that states the recipient is an
 * Affiliate of Fengfan. Ownership-based detection (the supplier register's) extends this.
 */
export function fengfanRecipient({
  recipientParty,
  recipientName,
  statedFengfanAffiliate,
}: {
  recipientParty: PartyCode | null;
  recipientName: string;
  statedFengfanAffiliate: boolean;
}): { fengfan: boolean; reason: string } {
  if (recipientParty === 'FENGFAN') return { fengfan: true, reason: 'the recipient is FENGFAN' };
  if (statedFengfanAffiliate) {
    return { fengfan: true, reason: 'the request states the recipient is a Fengfan Affiliate' };
  }
  // A party is what it is: the JV bears Fengfan's name but is the Licensee (TIC 2.8).
  if (recipientParty !== null) {
    return { fengfan: false, reason: `the recipient is ${recipientParty}, not Fengfan` };
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
    reason: `"${recipientName}" is not Fengfan by party, name or statement`,
  };
}

/** Fengfan's names, folded: "Baoding Fengfan Group", "Feng Fan", 风帆 (and 保定风帆). */
const FENGFAN_NAMES = ['fengfan', '风帆'];
/** The JV's own name, "Baoding Fengfan-Valence Battery", folded: not a Fengfan name. */
const JV_NAME = /fengfanvalence|风帆威能/g;
