import { addOffset } from './calendar';
import { assertIsoDate } from './iso-date';

const ARTICLE = 'JVC Art. 115';
const EVIDENCE_DAYS = 15;

/**
 * JVC Art. 115: the party claiming Force Majeure informs the other party in writing promptly and
 * furnishes sufficient evidence of its occurrence and duration within fifteen (15) days
 * thereafter. `dueOn` is the last day for the evidence.
 */
export function forceMajeureEvidenceDue({ informedOn }: { informedOn: string }): {
  dueOn: string;
  article: string;
} {
  assertIsoDate({ field: 'informedOn', value: informedOn });
  return {
    dueOn: addOffset({ from: informedOn, offset: { days: EVIDENCE_DAYS } }),
    article: ARTICLE,
  };
}
