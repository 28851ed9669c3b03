import type {
  ObligationNature,
  ObligationStatus,
  StoredObligationStatus,
} from '../domain/contracts';

/**
 * The status of an obligation as of a date, computed, never stored (services/obligation.service
 * applies the same rule in SQL, STATUS_SQL, so filters and pages agree with what is shown):
 * - an open option whose window has closed has LAPSED (JVC Art. 103: the Parties "may" apply;
 *   not applying is no breach);
 * - an open, dated duty whose condition is not yet fulfilled is SUSPENDED, never MISSED: the
 *   deliveries of TIC 7.1(a)/(b) wait for the U.S. export approval (TIC 4.1);
 * - an open duty past its due date is MISSED (on the due date itself it is still OPEN);
 * - otherwise the stored status.
 */
export function obligationStatusOn({
  status,
  nature,
  dueOn,
  hasCondition,
  conditionMetOn,
  asOf,
}: {
  status: StoredObligationStatus;
  nature: ObligationNature;
  dueOn: string | null;
  hasCondition: boolean;
  /** When the condition event happened (null: not recorded). */
  conditionMetOn: string | null;
  asOf: string;
}): ObligationStatus {
  if (status !== 'OPEN' || dueOn === null) return status;
  if (nature === 'OPTION') return dueOn < asOf ? 'LAPSED' : 'OPEN';
  if (hasCondition && (conditionMetOn === null || conditionMetOn > asOf)) return 'SUSPENDED';
  return dueOn < asOf ? 'MISSED' : 'OPEN';
}
