import type { PartyCode } from '../domain/parties';
import { refuse, type Ruling } from './refusal';

/**
 * The other side of a clock disputes the event that starts it: the Licensee that says the
 * Technology Information did not all arrive on the day Valence recorded, Valence that says
 * a production line was not yet installed and debugged (TIC 1.8, 7.1). An event is disputed
 * once, with its reason; its record stands, marked disputed, for the parties to settle (TIC
 * 13.7; JVC Art. 120: no one loses a right by another's record).
 */
export function decideEventDispute({
  event,
  reason,
}: {
  event: { disputedParty: PartyCode | null };
  reason: string;
}): Ruling<{ reason: string }> {
  if (event.disputedParty !== null) {
    return refuse({
      kind: 'state',
      field: 'eventId',
      reason: `${event.disputedParty} has already disputed this event`,
      article: 'TIC 13.7; JVC Art. 120',
    });
  }
  if (!reason.trim()) {
    return refuse({
      field: 'reason',
      reason: 'a dispute states why the event did not happen as recorded',
      article: 'TIC 13.7; JVC Art. 120',
    });
  }
  return { ok: true, value: { reason: reason.trim() } };
}
