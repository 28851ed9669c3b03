import type { AlertKind } from '../../../domain/alerts';
import type { Role } from '../../../domain/parties';
import { clocksProducer } from './clocks.producer';
import { licencesProducer } from './licences.producer';
import { obligationsProducer } from './obligations.producer';
import type { AlertProducer } from './producer';
import { screeningProducer } from './screening.producer';

/**
 * Every alert producer, one module per kind of alert; the scan runs them in this order. A new
 * kind (e.g. supplier screening) adds its module here and its kind to domain/alerts.ts.
 * Screening goes last: its searches set transaction-local planner settings.
 */
export const ALERT_PRODUCERS: readonly AlertProducer[] = [
  obligationsProducer,
  clocksProducer,
  licencesProducer,
  screeningProducer,
];

/** Who in the recipient party is e-mailed an alert of each kind. */
export function audienceOf(kind: AlertKind): readonly Role[] {
  return ALERT_PRODUCERS.find((producer) => producer.kinds.includes(kind))?.audience ?? [];
}
