import type { SignedInContext } from '../auth/context';
import { AuditEventEntity } from '../entities';
import { BadInputError } from '../errors';
import type { AuditEventOrderField } from '../domain/ordering';
import {
  keysetOrder,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
  type SortKey,
} from './pagination';

export interface AuditEventFilter {
  entity?: string | null;
  entityId?: string | null;
  actorUserId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** A party's ADMIN and LEGAL see the events of their own party's users, newest first. */
export function listAuditEvents(
  ctx: SignedInContext,
  filter: AuditEventFilter,
  page: PageRequest,
  orderBy?: OrderRequest<AuditEventOrderField> | null,
): Promise<Page<AuditEventEntity>> {
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new BadInputError('filter.to', 'must not be before filter.from');
  }
  const query = ctx.db
    .getRepository(AuditEventEntity)
    .createQueryBuilder('event')
    .where('event.actor_party = :party', { party: ctx.user.party });
  if (filter.entity) query.andWhere('event.entity = :entity', { entity: filter.entity });
  if (filter.entityId) query.andWhere('event.entity_id = :entityId', { entityId: filter.entityId });
  if (filter.actorUserId) {
    query.andWhere('event.actor_user_id = :actor', { actor: filter.actorUserId });
  }
  if (filter.from) query.andWhere('event.occurred_at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('event.occurred_at <= :to', { to: filter.to });
  // Events are numbered in commit order: by default the newest first, by that number.
  if (!orderBy) {
    return paginate(query, page, {
      column: 'event.id',
      direction: 'DESC',
      valueOf: (event) => Number(event.id),
    });
  }
  return paginate(
    query,
    page,
    keysetOrder(AUDIT_ORDER, { column: 'event.id', valueOf: (e) => Number(e.id) }, orderBy),
  );
}

const AUDIT_ORDER: Record<AuditEventOrderField, SortKey<AuditEventEntity>> = {
  // Timestamps compare at the millisecond a cursor can carry (JavaScript dates).
  OCCURRED_AT: {
    column: `date_trunc('milliseconds', event.occurred_at)`,
    valueOf: (e) => e.occurredAt.toISOString(),
  },
  OPERATION: { column: 'event.operation', valueOf: (e) => e.operation },
};
