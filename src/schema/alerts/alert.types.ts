import { GraphQLJSONObject } from 'graphql-scalars';
import { GraphQLLocalDate } from '../local-date';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { AlertKind, DeliveryStatus } from '../../domain/alerts';
import type { PartyCode } from '../../domain/parties';
import { Connection } from '../connection';
import { AlertKindEnum, DeliveryStatusEnum, PartyCodeEnum } from '../enums';

@ObjectType('Alert', {
  description:
    'A reminder or alert raised for your party by the due-alert scan: once per record and occasion, with the article it rests on and a link to the record',
})
export class AlertType {
  @Field(() => ID, { description: 'The alert' })
  id: string;

  @Field(() => AlertKindEnum, { description: 'What it is about' })
  kind: AlertKind;

  @Field(() => PartyCodeEnum, { description: 'The party it was raised for (yours)' })
  recipientParty: PartyCode;

  @Field({ description: 'One line saying what is due, when, and under which article' })
  title: string;

  @Field({ description: 'The article the deadline or duty comes from, e.g. "TIC 11.2"' })
  article: string;

  @Field({
    description:
      'The type of the record it is about: Obligation, ExportLicense, ExportCheck, Notice or Supplier',
  })
  recordType: string;

  @Field(() => ID, { description: 'The id of the record it is about' })
  recordId: string;

  @Field({ description: 'Where the record is read: its type and id in this API' })
  link: string;

  @Field({
    description:
      'What makes the alert one of a kind for its record: "before-7" (the 7-day reminder), "missed", "expires-<date>", or the list entry of a new hit (for a supplier, the name and entry matched and the entry\'s content)',
  })
  occasion: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The date it is about: the due date, the expiry, the last day of a clock',
  })
  dueOn: string | null;

  @Field(() => GraphQLLocalDate, { description: 'The day the scan raised it' })
  raisedOn: string;

  @Field(() => GraphQLJSONObject, { description: 'The facts the alert was decided on' })
  detail: Record<string, unknown>;

  @Field({ description: 'When it was stored' })
  createdAt: Date;
}

@ObjectType('AlertConnection', { description: 'A page of the alerts raised for your party' })
export class AlertConnection extends Connection(AlertType, 'Alert') {}

@ObjectType('Webhook', {
  description:
    "An HTTPS endpoint your party's ADMIN registered for alerts; each delivery is signed with its secret (HMAC-SHA256 over `<timestamp>.<body>`, header X-Compliance-Signature: t=<timestamp>,v1=<hex>)",
})
export class WebhookType {
  @Field(() => ID, { description: 'The webhook' })
  id: string;

  @Field({ description: 'Where alerts are POSTed' })
  url: string;

  @Field(() => [AlertKindEnum], { description: 'The kinds of alert it takes' })
  eventKinds: AlertKind[];

  @Field(() => String, { nullable: true, description: 'What it is for, in words' })
  description: string | null;

  @Field({ description: 'Whether alerts are still delivered to it' })
  active: boolean;

  @Field({ description: 'When it was registered' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When its secret was last rotated' })
  secretRotatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was deactivated' })
  deactivatedAt: Date | null;
}

@ObjectType('WebhookConnection', { description: "A page of your party's webhooks" })
export class WebhookConnection extends Connection(WebhookType, 'Webhook') {}

@ObjectType('WebhookRegistration', {
  description: 'A webhook and its signing secret, shown only in this answer: keep it now',
})
export class WebhookRegistrationType {
  @Field(() => WebhookType, { description: 'The webhook' })
  webhook: WebhookType;

  @Field({ description: 'The secret that signs every delivery (HMAC-SHA256); shown once' })
  secret: string;
}

@ObjectType('WebhookAttempt', {
  description: 'One attempt at a delivery and what the receiver answered',
})
export class WebhookAttemptType {
  @Field(() => ID, { description: 'The attempt' })
  id: string;

  @Field(() => Int, { description: 'Its number, from 1' })
  attempt: number;

  @Field({ description: 'When it was made' })
  attemptedAt: Date;

  @Field(() => Int, {
    nullable: true,
    description: "The receiver's HTTP status; null when none came",
  })
  responseStatus: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why no status came (timeout, refused connection, …)',
  })
  error: string | null;

  @Field(() => Int, { description: 'How long it took, in milliseconds' })
  durationMs: number;
}

@ObjectType('WebhookDelivery', {
  description: 'One alert sent to one of your webhooks, with its attempts',
})
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'The delivery (also sent as the X-Compliance-Delivery header)' })
  id: string;

  @Field(() => ID, { description: 'The webhook' })
  webhookId: string;

  @Field(() => ID, { description: 'The alert delivered' })
  alertId: string;

  @Field(() => DeliveryStatusEnum, { description: 'Where it stands' })
  status: DeliveryStatus;

  @Field(() => Int, { description: 'How many attempts were made' })
  attempts: number;

  @Field({ description: 'When the next attempt is due (or the last was made)' })
  nextAttemptAt: Date;

  @Field(() => Int, { nullable: true, description: "The last attempt's HTTP status" })
  lastResponseStatus: number | null;

  @Field(() => Date, { nullable: true, description: 'When a 2xx answer came' })
  deliveredAt: Date | null;

  @Field({ description: 'When it was queued' })
  createdAt: Date;
}

@ObjectType('WebhookDeliveryConnection', {
  description: "A page of your party's webhook deliveries",
})
export class WebhookDeliveryConnection extends Connection(WebhookDeliveryType, 'WebhookDelivery') {}

@ObjectType('AlertScanReport', { description: 'What one run of the due-alert scan did' })
export class AlertScanReportType {
  @Field(() => GraphQLLocalDate, { description: 'The day it judged' })
  asOf: string;

  @Field(() => Int, {
    description: 'Alerts raised by this run (those raised before are not raised again)',
  })
  alertsRaised: number;

  @Field(() => Int, { description: 'Webhook deliveries queued for them' })
  webhookDeliveriesQueued: number;

  @Field(() => Int, { description: 'E-mails queued for them' })
  emailsQueued: number;
}
