import type { SignedInContext } from '../../auth/context';
import { visibleQuery } from '../../auth/visibility';
import type {
  AlertKind,
  AlertOrderField,
  DeliveryStatus,
  WebhookDeliveryOrderField,
} from '../../domain/alerts';
import type { AlertEntity, WebhookDeliveryEntity } from '../../entities';
import {
  keysetOrder,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
} from '../pagination';

const ms = (column: string) => `date_trunc('milliseconds', ${column})`;

const ALERT_ORDER = {
  CREATED_AT: {
    column: ms('a.created_at'),
    valueOf: (a: AlertEntity) => a.createdAt.toISOString(),
  },
  DUE_ON: {
    column: `COALESCE(a.due_on, 'infinity')`,
    valueOf: (a: AlertEntity) => a.dueOn ?? 'infinity',
  },
  KIND: { column: 'a.kind', valueOf: (a: AlertEntity) => a.kind },
};

/** The alerts raised for the caller's party (visibility: its recipient party). */
export function listAlerts(
  ctx: SignedInContext,
  filter: { kinds?: AlertKind[] | null },
  page: PageRequest,
  orderBy?: OrderRequest<AlertOrderField> | null,
): Promise<Page<AlertEntity>> {
  const query = visibleQuery(ctx.db.manager, 'Alert', 'a', ctx.user.party);
  if (filter.kinds?.length) query.andWhere('a.kind IN (:...kinds)', { kinds: filter.kinds });
  return paginate(
    query,
    page,
    keysetOrder(
      ALERT_ORDER,
      { column: 'a.id', valueOf: (a) => a.id },
      orderBy ?? { field: 'CREATED_AT', direction: 'DESC' },
    ),
  );
}

const DELIVERY_ORDER = {
  CREATED_AT: {
    column: ms('d.created_at'),
    valueOf: (d: WebhookDeliveryEntity) => d.createdAt.toISOString(),
  },
  NEXT_ATTEMPT_AT: {
    column: ms('d.next_attempt_at'),
    valueOf: (d: WebhookDeliveryEntity) => d.nextAttemptAt.toISOString(),
  },
  STATUS: { column: 'd.status', valueOf: (d: WebhookDeliveryEntity) => d.status },
};

/** The party's webhook deliveries, of one webhook or all, with the status of each. */
export function listWebhookDeliveries(
  ctx: SignedInContext,
  filter: { webhookId?: string | null; status?: DeliveryStatus | null },
  page: PageRequest,
  orderBy?: OrderRequest<WebhookDeliveryOrderField> | null,
): Promise<Page<WebhookDeliveryEntity>> {
  const query = visibleQuery(ctx.db.manager, 'WebhookDelivery', 'd', ctx.user.party);
  if (filter.webhookId)
    query.andWhere('d.webhook_id = :webhookId', { webhookId: filter.webhookId });
  if (filter.status) query.andWhere('d.status = :status', { status: filter.status });
  return paginate(
    query,
    page,
    keysetOrder(
      DELIVERY_ORDER,
      { column: 'd.id', valueOf: (d) => d.id },
      orderBy ?? { field: 'CREATED_AT', direction: 'DESC' },
    ),
  );
}
