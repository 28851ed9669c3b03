/**
 * The fields each list may be ordered by. Every order ends with the row's id as a tie-breaker,
 * so a page boundary never falls between equal values (services/pagination.ts).
 */
export const ORDER_DIRECTIONS = ['ASC', 'DESC'] as const;
export type OrderDirectionValue = (typeof ORDER_DIRECTIONS)[number];

export const CONTRACT_ORDER_FIELDS = ['CODE', 'TITLE', 'SIGNED_ON'] as const;
export type ContractOrderField = (typeof CONTRACT_ORDER_FIELDS)[number];

export const OBLIGATION_ORDER_FIELDS = ['DUE_ON', 'CODE', 'ARTICLE'] as const;
export type ObligationOrderField = (typeof OBLIGATION_ORDER_FIELDS)[number];

export const NOTICE_ORDER_FIELDS = ['SENT_AT', 'DEEMED_RECEIVED_ON', 'KIND'] as const;
export type NoticeOrderField = (typeof NOTICE_ORDER_FIELDS)[number];

export const USER_ORDER_FIELDS = ['EMAIL', 'DISPLAY_NAME', 'CREATED_AT'] as const;
export type UserOrderField = (typeof USER_ORDER_FIELDS)[number];

export const AUDIT_EVENT_ORDER_FIELDS = ['OCCURRED_AT', 'OPERATION'] as const;
export type AuditEventOrderField = (typeof AUDIT_EVENT_ORDER_FIELDS)[number];

/** What obligations may be counted by, for a dashboard. */
export const OBLIGATION_GROUP_FIELDS = ['STATUS', 'OBLIGOR', 'CONTRACT'] as const;
export type ObligationGroupField = (typeof OBLIGATION_GROUP_FIELDS)[number];

/** What notices may be counted by. */
export const NOTICE_GROUP_FIELDS = ['STATE', 'KIND', 'CONTRACT'] as const;
export type NoticeGroupField = (typeof NOTICE_GROUP_FIELDS)[number];

export const EXPORT_CHECK_ORDER_FIELDS = ['RUN_AT', 'DESTINATION', 'DECISION'] as const;
export type ExportCheckOrderField = (typeof EXPORT_CHECK_ORDER_FIELDS)[number];

export const EXPORT_LICENCE_ORDER_FIELDS = ['NUMBER', 'VALID_TO'] as const;
export type ExportLicenceOrderField = (typeof EXPORT_LICENCE_ORDER_FIELDS)[number];

export const CLASSIFICATION_ORDER_FIELDS = ['ITEM', 'ECCN', 'CLASSIFIED_AT'] as const;
export type ClassificationOrderField = (typeof CLASSIFICATION_ORDER_FIELDS)[number];

/** What export checks may be counted by. */
export const EXPORT_CHECK_GROUP_FIELDS = ['DECISION', 'DESTINATION', 'RUN_PARTY'] as const;
export type ExportCheckGroupField = (typeof EXPORT_CHECK_GROUP_FIELDS)[number];
