import type { GoverningContract } from './citation';
import type { Refusal } from './refusal';

/**
 * A TIC 7.1 nonconformity notice: the Licensee notifies Valence that Technology Information
 * fails to conform to Exhibit D, and Valence's 20 days to explain, supplement or replace it run
 * "from receipt notice from the Licensee", i.e. from the notice's deemed receipt (TIC 13.3).
 * It is the Licensee's notice to Valence alone: it describes Technology that Fengfan has no
 * right to (TIC 2.8). Null when the notice is well addressed.
 */
export function nonconformityNoticeRefusal({
  governingContract,
  sender,
  recipients,
}: {
  governingContract: GoverningContract;
  sender: string;
  recipients: readonly string[];
}): Refusal | null {
  if (governingContract !== 'TIC') {
    return {
      kind: 'input',
      field: 'kind',
      reason: 'a nonconformity notice concerns the Technology Information of the TIC',
      article: 'TIC 7.1',
    };
  }
  if (sender !== 'JV') {
    return {
      kind: 'party',
      field: 'sender',
      reason: 'the Licensee examines the Technology Information and notifies Valence',
      article: 'TIC 7.1',
    };
  }
  if (recipients.length !== 1 || recipients[0] !== 'VALENCE') {
    return {
      kind: 'input',
      field: 'recipients',
      reason: 'a nonconformity notice goes to Valence alone (Fengfan may not have the Technology)',
      article: 'TIC 7.1, 2.8',
    };
  }
  return null;
}
