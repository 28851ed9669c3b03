import type { ConfidentialCategory, ConfidentialityBasis } from '../../domain/confidential';
import type { PartyCode } from '../../domain/parties';
import { refuse, type Ruling } from '../refusal';

/**
 * Whether an item may be registered as the disclosing party describes it: to another party to
 * the contract it was disclosed under; confidential by marking or by advice with its date (TIC
 * 1.3(i), (ii)), oral advice with the date it was confirmed in writing, not earlier; not
 * disclosed in the future; Valence Technology only from Valence (TIC 1.3, 10.1) and never to
 * Fengfan (TIC 2.8; JVC Art. 45).
 */
export function checkRegistration({
  disclosingParty,
  receivingParty,
  contractParties,
  basis,
  disclosedOn,
  advisedOn,
  confirmedInWritingOn,
  valenceTechnology,
  category,
  today,
}: {
  disclosingParty: PartyCode;
  receivingParty: PartyCode;
  contractParties: readonly PartyCode[];
  basis: ConfidentialityBasis;
  disclosedOn: string;
  advisedOn: string | null;
  confirmedInWritingOn: string | null;
  valenceTechnology: boolean;
  category: ConfidentialCategory;
  today: string;
}): Ruling<true> {
  if (receivingParty === disclosingParty) {
    return refuse({
      field: 'receivingParty',
      reason: 'must be another party than the disclosing one',
      article: 'TIC 8.1',
    });
  }
  if (!contractParties.includes(receivingParty) || !contractParties.includes(disclosingParty)) {
    return refuse({
      field: 'contractId',
      reason: 'both parties must be parties to the contract the item was disclosed under',
      article: 'TIC 8.1; JVC Art. 96',
    });
  }
  if (disclosedOn > today) {
    return refuse({
      field: 'disclosedOn',
      reason: `must not be after today (${today})`,
      article: 'TIC 1.3',
    });
  }
  if (basis !== 'MARKED' && advisedOn === null) {
    return refuse({
      field: 'advisedOn',
      reason: 'the date the receiver was advised of its confidential nature is required',
      article: 'TIC 1.3(ii)',
    });
  }
  if (
    basis === 'ADVISED_ORALLY' &&
    (confirmedInWritingOn === null || confirmedInWritingOn < advisedOn!)
  ) {
    return refuse({
      field: 'confirmedInWritingOn',
      reason: 'oral advice needs the date of its written confirmation, not before the advice',
      article: 'TIC 1.3(ii)',
    });
  }
  if (valenceTechnology && disclosingParty !== 'VALENCE') {
    return refuse({
      field: 'valenceTechnology',
      reason: "the Technology is Valence's: only Valence discloses it",
      article: 'TIC 1.3, 10.1',
    });
  }
  if (valenceTechnology && category !== 'TECHNOLOGY') {
    return refuse({
      field: 'category',
      reason: 'Valence Technology is of the TECHNOLOGY category',
      article: 'TIC 1.3',
    });
  }
  if (valenceTechnology && receivingParty === 'FENGFAN') {
    return refuse({
      field: 'receivingParty',
      reason: "Fengfan has no right to the Technology without Valence's express written agreement",
      article: 'TIC 2.8; JVC Art. 45',
    });
  }
  return { ok: true, value: true };
}
