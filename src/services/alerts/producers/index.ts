import type { AlertKind } from '../../../domain/alerts';
import type { Role } from '../../../domain/parties';
import { clocksProducer } from './clocks.producer';
import { licencesProducer } from './licences.producer';
import { obligationsProducer } from './obligations.producer';
import type { AlertProducer } from './producer';
import { screeningProducer } from './screening.producer';
import { supplierScreeningProducer } from './supplier-screening.producer';

/**
 * Every alert producer, one module per kind of alert; the scan runs them in this order. A new
 * kind adds its module here and its kind to domain/alerts.ts. The export-check screening goes
 * after the others: its searches set transaction-local planner settings. The supplier
 * screening only reads the stored screenings (suppliers are re-screened before the scan).
 */
export const ALERT_PRODUCERS: readonly AlertProducer[] = [
  obligationsProducer,
  clocksProducer,
  licencesProducer,
  screeningProducer,
  supplierScreeningProducer,
];

/** Who in the recipient party is e-mailed an alert of each kind. */
export function audienceOf(kind: AlertKind): readonly Role[] {
  return ALERT_PRODUCERS.find((producer) => producer.kinds.includes(kind))?.audience ?? [];
}
