import type { SublicenseStatus } from '../../domain/suppliers';
import type { Refusal } from '../refusal';

/**
 * Whether a sublicence may move from one status to another: a terminated sublicence is ended
 * for good (a new agreement makes a new sublicence, TIC 2.4), and a suspension carries its
 * reason. Null when the change is allowed.
 */
export function sublicenseStatusChange({
  from,
  to,
  reason,
  reasonField = 'reason',
}: {
  from: SublicenseStatus;
  to: SublicenseStatus;
  reason: string | null;
  /** The input field that carries the reason, named when it is missing. */
  reasonField?: string;
}): Refusal | null {
  if (from === 'TERMINATED' && to !== 'TERMINATED') {
    return {
      kind: 'state',
      field: 'status',
      reason: 'a terminated sublicence stays terminated: record a new one',
      article: 'TIC 2.4',
    };
  }
  if (to === 'SUSPENDED' && from === 'SUSPENDED') {
    return {
      kind: 'state',
      field: 'status',
      reason: 'the sublicence is already suspended',
      article: 'TIC 2.4',
    };
  }
  if (to === 'SUSPENDED' && !reason?.trim()) {
    return {
      kind: 'input',
      field: reasonField,
      reason: 'a suspension states its reason',
      article: 'TIC 2.4',
    };
  }
  return null;
}
