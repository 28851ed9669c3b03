import type { NoticeKind } from '../domain/contracts';
import type { GoverningContract } from './citation';

export interface ContractParty {
  party: string;
  /** A Party that signed the contract (the JV is not a Party to the JVC). */
  signatory: boolean;
}

export type AddressingCheck =
  | { ok: true }
  | { ok: false; field: 'recipients' | 'kind' | 'sender'; reason: string; article: string };

const NOTICE_ARTICLE: Record<GoverningContract, string> = { TIC: 'TIC 13.3', JVC: 'JVC Art. 127' };

/**
 * Who may send a notice to whom: notices pass between the Parties (TIC 13.3; JVC Art. 127,
 * which also lets a Party write to the Joint Venture Company); a breach or termination notice
 * goes to the other Party (TIC 11.2; JVC Art. 104); force majeure is a JVC clause (Art. 114,
 * 115). A party never writes to itself.
 */
export function checkNoticeAddressing({
  governingContract,
  kind,
  sender,
  recipients,
  parties,
}: {
  governingContract: GoverningContract;
  kind: NoticeKind;
  sender: string;
  recipients: readonly string[];
  parties: readonly ContractParty[];
}): AddressingCheck {
  const article = NOTICE_ARTICLE[governingContract];
  const partyOf = (code: string) => parties.find((p) => p.party === code);
  if (!partyOf(sender)?.signatory) {
    return {
      ok: false,
      field: 'sender',
      reason: `${sender} is not a Party to the ${governingContract}`,
      article,
    };
  }
  if (recipients.length === 0) {
    return { ok: false, field: 'recipients', reason: 'name at least one recipient', article };
  }
  for (const recipient of recipients) {
    if (recipient === sender) {
      return {
        ok: false,
        field: 'recipients',
        reason: 'a party does not send notices to itself',
        article,
      };
    }
    const party = partyOf(recipient);
    if (!party) {
      return {
        ok: false,
        field: 'recipients',
        reason: `${recipient} is not a party to the contract`,
        article,
      };
    }
    if ((kind === 'BREACH' || kind === 'TERMINATION') && !party.signatory) {
      const clause = governingContract === 'TIC' ? 'TIC 11.2' : 'JVC Art. 104';
      return {
        ok: false,
        field: 'recipients',
        reason: `a ${kind.toLowerCase()} notice goes to another Party; ${recipient} is not a Party to the ${governingContract}`,
        article: clause,
      };
    }
  }
  if (kind === 'FORCE_MAJEURE' && governingContract !== 'JVC') {
    return {
      ok: false,
      field: 'kind',
      reason: 'force majeure is provided for by the JVC (Art. 114, 115), not the TIC',
      article: 'JVC Art. 114, 115',
    };
  }
  return { ok: true };
}
