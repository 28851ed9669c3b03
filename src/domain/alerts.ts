/**
 * The closed vocabularies of reminders and alerts: what an alert is about, and where a
 * webhook delivery stands. GraphQL enums are built from these (schema/enums.ts).
 */
export const ALERT_KINDS = [
  'OBLIGATION_DUE',
  'OBLIGATION_MISSED',
  'LICENSE_EXPIRING',
  'SCREENING_HIT',
  'CURE_PERIOD_ENDING',
  'NEGOTIATION_WINDOW_ENDING',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** The record an alert links to, named as its GraphQL type is. */
export const ALERT_RECORD_TYPES = ['Obligation', 'ExportLicense', 'ExportCheck', 'Notice'] as const;
export type AlertRecordType = (typeof ALERT_RECORD_TYPES)[number];

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED', 'CANCELLED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const ALERT_ORDER_FIELDS = ['CREATED_AT', 'DUE_ON', 'KIND'] as const;
export type AlertOrderField = (typeof ALERT_ORDER_FIELDS)[number];

export const WEBHOOK_ORDER_FIELDS = ['CREATED_AT', 'URL'] as const;
export type WebhookOrderField = (typeof WEBHOOK_ORDER_FIELDS)[number];

export const WEBHOOK_DELIVERY_ORDER_FIELDS = ['CREATED_AT', 'NEXT_ATTEMPT_AT', 'STATUS'] as const;
export type WebhookDeliveryOrderField = (typeof WEBHOOK_DELIVERY_ORDER_FIELDS)[number];

export const ALERT_KIND_DESCRIPTIONS: Record<AlertKind, string> = {
  OBLIGATION_DUE:
    'An obligation falls due within one of the reminder offsets (by default 30, 7 and 1 days before its due date)',
  OBLIGATION_MISSED: 'An obligation still open after its due date: it became MISSED',
  LICENSE_EXPIRING:
    'An export license in force ends within the configured number of days (TIC 4.1)',
  SCREENING_HIT:
    'After a screening-list import, a party of a stored export check matches a list entry it did not match when the check ran (TIC 12.2)',
  CURE_PERIOD_ENDING:
    'The 60-day cure period of a breach notice is about to end without an accepted cure (TIC 11.2; JVC Art. 104(2))',
  NEGOTIATION_WINDOW_ENDING:
    'The 30-day negotiation window after a JVC termination notice is about to close without an agreement to continue (JVC Art. 105)',
};

export const DELIVERY_STATUS_DESCRIPTIONS: Record<DeliveryStatus, string> = {
  PENDING: 'Not delivered yet: waiting for its first attempt or for a retry after a failure',
  DELIVERED: 'The receiver answered with a 2xx status',
  FAILED: 'Every attempt failed: no more retries',
  CANCELLED: 'The webhook was deactivated before the delivery succeeded',
};
