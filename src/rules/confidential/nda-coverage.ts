import type { NdaKind } from '../../domain/confidential';
import type { PartyCode } from '../../domain/parties';

/** An agreement a user executed, with the parties that approved its form. */
export interface SignedAgreement {
  kind: NdaKind;
  approvedBy: readonly PartyCode[];
}

/** The Parties to the JVC, whose acceptance a JV undertaking's form needs (JVC Art. 98). */
const JVC_PARTIES: readonly PartyCode[] = ['VALENCE', 'FENGFAN'];

/**
 * Whether a user of `userParty` has on record what TIC 8.1(ii) asks before they may see the
 * disclosing party's confidential information: an NDA "in a form satisfactory to the
 * disclosing Party" (its approval of the form), or, for JV staff, the confidentiality
 * undertaking of JVC Art. 98 "in a form acceptable to all Parties" (Valence's and Fengfan's
 * approval). Nothing on record means not covered.
 */
export function ndaCovers({
  userParty,
  disclosingParty,
  agreements,
}: {
  userParty: PartyCode;
  disclosingParty: PartyCode;
  agreements: readonly SignedAgreement[];
}): { covered: boolean; by: NdaKind | null; reason: string; article: string } {
  if (agreements.some((a) => a.kind === 'NDA' && a.approvedBy.includes(disclosingParty))) {
    return {
      covered: true,
      by: 'NDA',
      reason: `an executed NDA in a form ${disclosingParty} approved`,
      article: 'TIC 8.1(ii)',
    };
  }
  if (
    userParty === 'JV' &&
    agreements.some(
      (a) => a.kind === 'JV_UNDERTAKING' && JVC_PARTIES.every((p) => a.approvedBy.includes(p)),
    )
  ) {
    return {
      covered: true,
      by: 'JV_UNDERTAKING',
      reason: 'a signed JV confidentiality undertaking in a form all Parties accepted',
      article: 'JVC Art. 98',
    };
  }
  return {
    covered: false,
    by: null,
    reason: `no executed nondisclosure agreement in a form ${disclosingParty} approved is on record${userParty === 'JV' ? ', nor a JV undertaking in a form all Parties accepted (JVC Art. 98)' : ''}`,
    article: 'TIC 8.1(ii)',
  };
}
