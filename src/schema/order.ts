import { IsIn } from 'class-validator';
import { Field, InputType, registerEnumType, type ClassType } from 'type-graphql';
import {
  CLASSIFICATION_ORDER_FIELDS,
  EXPORT_CHECK_ORDER_FIELDS,
  EXPORT_LICENCE_ORDER_FIELDS,
  AUDIT_EVENT_ORDER_FIELDS,
  CONTRACT_ORDER_FIELDS,
  NOTICE_ORDER_FIELDS,
  OBLIGATION_ORDER_FIELDS,
  ORDER_DIRECTIONS,
  USER_ORDER_FIELDS,
  type OrderDirectionValue,
} from '../domain/ordering';
import { CONFIDENTIAL_ORDER_FIELDS } from '../domain/confidential';
// Trademark uses (issue 15)
import {
  MARK_ORDER_FIELDS,
  TRADEMARK_LICENCE_ORDER_FIELDS,
  TRADEMARK_USE_ORDER_FIELDS,
} from '../domain/trademarks';
import {
  ALERT_ORDER_FIELDS,
  WEBHOOK_DELIVERY_ORDER_FIELDS,
  WEBHOOK_ORDER_FIELDS,
} from '../domain/alerts';
// Sublicensed suppliers (issue 14)
import { SUBLICENSE_ORDER_FIELDS, SUPPLIER_ORDER_FIELDS } from '../domain/suppliers';
import { enumObject } from './enums';

export const OrderDirectionEnum = enumObject<OrderDirectionValue>(ORDER_DIRECTIONS);
registerEnumType(OrderDirectionEnum, {
  name: 'OrderDirection',
  description: 'ASC: smallest (or earliest) first; DESC: largest (or latest) first',
  valuesConfig: {
    ASC: { description: 'Ascending: smallest, earliest or A first' },
    DESC: { description: 'Descending: largest, latest or Z first' },
  },
});

/**
 * One input shape for every list's `orderBy`: a field of that list and a direction. Rows with
 * equal values keep a fixed order by id, and a cursor is valid only under the order it was
 * returned in.
 */
function OrderByInput<F extends string>(
  values: readonly F[],
  name: string,
  descriptions: Record<NoInfer<F>, string>,
): ClassType<{ field: F; direction: OrderDirectionValue }> {
  const fields = enumObject<F>(values);
  registerEnumType(fields, {
    name: `${name}OrderField`,
    description: `The fields a list of ${name} rows may be ordered by`,
    valuesConfig: Object.fromEntries(
      Object.entries<string>(descriptions).map(([value, description]) => [value, { description }]),
    ) as Partial<Record<F, { description: string }>>,
  });

  @InputType(`${name}Order`, {
    description: `How to order a list of ${name} rows: a field and a direction (ties broken by id)`,
  })
  class Order {
    @Field(() => fields, { description: 'The field to order by' })
    @IsIn(Object.values(fields))
    field: F;

    @Field(() => OrderDirectionEnum, { description: 'ASC or DESC' })
    @IsIn(ORDER_DIRECTIONS)
    direction: OrderDirectionValue;
  }
  return Order;
}

export type ContractOrder = InstanceType<typeof ContractOrder>;
export const ContractOrder = OrderByInput(CONTRACT_ORDER_FIELDS, 'Contract', {
  CODE: 'The short code cited in articles: JVC, TIC',
  TITLE: 'The title',
  SIGNED_ON: 'The date of signature; unsigned contracts last in ascending order',
});

export type ObligationOrder = InstanceType<typeof ObligationOrder>;
export const ObligationOrder = OrderByInput(OBLIGATION_ORDER_FIELDS, 'Obligation', {
  DUE_ON: 'The due date; undated obligations (waiting for their event) last in ascending order',
  CODE: 'The obligation code',
  ARTICLE: 'The article cited, as text',
});

export type NoticeOrder = InstanceType<typeof NoticeOrder>;
export const NoticeOrder = OrderByInput(NOTICE_ORDER_FIELDS, 'Notice', {
  SENT_AT: 'When it was sent',
  DEEMED_RECEIVED_ON: 'Its deemed receipt (TIC 13.3; JVC Art. 127); none deemed last ascending',
  KIND: 'Its kind (BREACH, TERMINATION, …)',
});

export type UserOrder = InstanceType<typeof UserOrder>;
export const UserOrder = OrderByInput(USER_ORDER_FIELDS, 'User', {
  EMAIL: 'The e-mail address',
  DISPLAY_NAME: 'The display name',
  CREATED_AT: 'When the user was created',
});

export type AuditEventOrder = InstanceType<typeof AuditEventOrder>;
export const AuditEventOrder = OrderByInput(AUDIT_EVENT_ORDER_FIELDS, 'AuditEvent', {
  OCCURRED_AT: 'When the change was committed',
  OPERATION: 'The mutation that made it',
});

export type ExportCheckOrder = InstanceType<typeof ExportCheckOrder>;
export const ExportCheckOrder = OrderByInput(EXPORT_CHECK_ORDER_FIELDS, 'ExportCheck', {
  RUN_AT: 'When the check ran',
  DESTINATION: 'The destination country (ISO 3166-1 alpha-2)',
  DECISION: 'The decision when the check ran (before reviews)',
});

export type ExportLicenceOrder = InstanceType<typeof ExportLicenceOrder>;
export const ExportLicenceOrder = OrderByInput(EXPORT_LICENCE_ORDER_FIELDS, 'ExportLicense', {
  NUMBER: 'The license number',
  VALID_TO: 'The last day of validity (TIC 4.1)',
});

export type ClassificationOrder = InstanceType<typeof ClassificationOrder>;
export const ClassificationOrder = OrderByInput(CLASSIFICATION_ORDER_FIELDS, 'ItemClassification', {
  ITEM: 'The item: its kind, then its reference',
  ECCN: 'The Export Control Classification Number (or EAR99)',
  CLASSIFIED_AT: 'When it was classified',
});

// Confidential-information registers (issue 13)
export type ConfidentialItemOrder = InstanceType<typeof ConfidentialItemOrder>;
export const ConfidentialItemOrder = OrderByInput(CONFIDENTIAL_ORDER_FIELDS, 'ConfidentialItem', {
  REGISTERED_AT: 'When the disclosing party registered it',
  TITLE: 'Its title',
  DISCLOSED_ON: 'The day it was disclosed',
});

// Trademark uses (issue 15)
export type MarkOrder = InstanceType<typeof MarkOrder>;
export const MarkOrder = OrderByInput(MARK_ORDER_FIELDS, 'Mark', {
  TEXT: 'The word of the mark',
  OWNER: 'The party that owns it',
  CREATED_AT: 'When it was put on the register',
});

export type TrademarkLicenceOrder = InstanceType<typeof TrademarkLicenceOrder>;
export const TrademarkLicenceOrder = OrderByInput(
  TRADEMARK_LICENCE_ORDER_FIELDS,
  'TrademarkLicense',
  {
    EXECUTED_ON: 'The day the license was signed (JVC Art. 50)',
    DOCUMENT_REF: 'The reference of the signed license',
  },
);

export type TrademarkUseOrder = InstanceType<typeof TrademarkUseOrder>;
export const TrademarkUseOrder = OrderByInput(TRADEMARK_USE_ORDER_FIELDS, 'TrademarkUse', {
  REQUESTED_AT: 'When the JV asked for it',
  PERIOD_FROM: 'The first day of the use',
});
// Reminders and alerts (issue 16)
export type AlertOrder = InstanceType<typeof AlertOrder>;
export const AlertOrder = OrderByInput(ALERT_ORDER_FIELDS, 'Alert', {
  CREATED_AT: 'When the alert was raised',
  DUE_ON: 'The date the alert is about (a due date, an expiry, the end of a clock); none last',
  KIND: 'The kind of alert',
});

export type WebhookOrder = InstanceType<typeof WebhookOrder>;
export const WebhookOrder = OrderByInput(WEBHOOK_ORDER_FIELDS, 'Webhook', {
  CREATED_AT: 'When the webhook was registered',
  URL: 'Its URL',
});

export type WebhookDeliveryOrder = InstanceType<typeof WebhookDeliveryOrder>;
export const WebhookDeliveryOrder = OrderByInput(WEBHOOK_DELIVERY_ORDER_FIELDS, 'WebhookDelivery', {
  CREATED_AT: 'When the delivery was queued',
  NEXT_ATTEMPT_AT: 'When it is (or was last) due to be attempted',
  STATUS: 'Where it stands',
});

// Sublicensed suppliers (issue 14)
export type SupplierOrder = InstanceType<typeof SupplierOrder>;
export const SupplierOrder = OrderByInput(SUPPLIER_ORDER_FIELDS, 'Supplier', {
  LEGAL_NAME: 'The legal name, case aside',
  RECORDED_ON: 'The day it was registered',
});

export type SupplierSublicenseOrder = InstanceType<typeof SupplierSublicenseOrder>;
export const SupplierSublicenseOrder = OrderByInput(SUBLICENSE_ORDER_FIELDS, 'SupplierSublicense', {
  CREATED_AT: 'When it was recorded',
  VALID_TO: 'The last day of validity; open-ended ones last in ascending order',
});
