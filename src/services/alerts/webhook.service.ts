import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import { raise } from '../../auth/refusal-error';
import { assertMay } from '../../auth/row-policy';
import { findVisible, visibleQuery } from '../../auth/visibility';
import type { AlertKind, WebhookOrderField } from '../../domain/alerts';
import { WebhookEntity } from '../../entities';
import { BadInputError, ConflictError } from '../../errors';
import { webhookUrl } from '../../rules/alerts/webhook-url';
import { keyed } from '../idempotency';
import {
  keysetOrder,
  paginate,
  type OrderRequest,
  type Page,
  type PageRequest,
} from '../pagination';
import { mutate } from '../transaction';

/** A webhook with its secret: returned only by the request that registered or rotated it. */
export interface WebhookRegistration {
  webhook: WebhookEntity;
  secret: string;
}

export interface RegisterWebhookInput {
  url: string;
  eventKinds: AlertKind[];
  description?: string | null;
  idempotencyKey?: string | null;
}

const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/** A party's ADMIN registers an endpoint for the alerts of the kinds it names. */
export function registerWebhook(
  ctx: SignedInContext,
  input: RegisterWebhookInput,
): Promise<WebhookRegistration> {
  return mutate(
    ctx,
    async (manager) => {
      const url = webhookUrl({
        url: input.url,
        allowLoopbackHttp: ctx.settings.alerts.allowLoopbackHttp,
      });
      if (!url.ok) raise(url.refusal);
      if (input.eventKinds.length === 0) {
        throw new BadInputError('eventKinds', 'name at least one alert kind');
      }
      const secret = newSecret();
      const repository = manager.getRepository(WebhookEntity);
      const saved = await repository.save(
        repository.create({
          party: ctx.user.party,
          url: url.value,
          eventKinds: [...new Set(input.eventKinds)],
          description: input.description?.trim() || null,
          secret,
          createdBy: ctx.user.id,
        }),
      );
      const webhook = await findVisible(ctx, manager, 'Webhook', saved.id);
      return {
        result: { webhook, secret },
        audit: {
          operation: 'registerWebhook',
          entity: 'Webhook',
          entityId: saved.id,
          before: null,
          // The secret never enters the audit trail.
          after: {
            url: webhook.url,
            eventKinds: webhook.eventKinds,
            description: webhook.description,
          },
        },
      };
    },
    keyed<WebhookRegistration>(
      'registerWebhook',
      input,
      (result) => result.webhook.id,
      // A retry of the same request by the same user is the same registration: it gets the
      // secret it may have lost with the first response.
      async (manager, id) => ({
        webhook: await findVisible(ctx, manager, 'Webhook', id),
        secret: await secretOf(manager, id),
      }),
    ),
  );
}

/** A new secret for the webhook; the old one stops signing at once. */
export function rotateWebhookSecret(
  ctx: SignedInContext,
  id: string,
): Promise<WebhookRegistration> {
  return mutate(ctx, async (manager) => {
    const webhook = await findVisible(ctx, manager, 'Webhook', id, { lock: true });
    assertMay(ctx, 'webhook.manage', webhook);
    if (!webhook.active) throw new ConflictError('This webhook is deactivated');
    const secret = newSecret();
    await manager.update(WebhookEntity, { id }, { secret, secretRotatedAt: () => 'now()' });
    return {
      result: { webhook: await findVisible(ctx, manager, 'Webhook', id), secret },
      audit: {
        operation: 'rotateWebhookSecret',
        entity: 'Webhook',
        entityId: id,
        before: null,
        after: { secretRotated: true },
      },
    };
  });
}

/** Stops deliveries to the webhook; those still pending are cancelled. */
export function deactivateWebhook(ctx: SignedInContext, id: string): Promise<WebhookEntity> {
  return mutate(ctx, async (manager) => {
    const webhook = await findVisible(ctx, manager, 'Webhook', id, { lock: true });
    assertMay(ctx, 'webhook.manage', webhook);
    if (!webhook.active) throw new ConflictError('This webhook is already deactivated');
    await manager.update(WebhookEntity, { id }, { active: false, deactivatedAt: () => 'now()' });
    await manager.query(
      `UPDATE webhook_delivery SET status = 'CANCELLED' WHERE webhook_id = $1 AND status = 'PENDING'`,
      [id],
    );
    return {
      result: await findVisible(ctx, manager, 'Webhook', id),
      audit: {
        operation: 'deactivateWebhook',
        entity: 'Webhook',
        entityId: id,
        before: { active: true },
        after: { active: false },
      },
    };
  });
}

const WEBHOOK_ORDER = {
  CREATED_AT: {
    column: "date_trunc('milliseconds', w.created_at)",
    valueOf: (w: WebhookEntity) => w.createdAt.toISOString(),
  },
  URL: { column: 'w.url', valueOf: (w: WebhookEntity) => w.url },
};

export function listWebhooks(
  ctx: SignedInContext,
  page: PageRequest,
  orderBy?: OrderRequest<WebhookOrderField> | null,
): Promise<Page<WebhookEntity>> {
  return paginate(
    visibleQuery(ctx.db.manager, 'Webhook', 'w', ctx.user.party),
    page,
    keysetOrder(
      WEBHOOK_ORDER,
      { column: 'w.id', valueOf: (w) => w.id },
      orderBy ?? { field: 'CREATED_AT', direction: 'ASC' },
    ),
  );
}

async function secretOf(manager: EntityManager, id: string): Promise<string> {
  const [row] = await manager.query<Array<{ secret: string }>>(
    `SELECT secret FROM webhook WHERE id = $1`,
    [id],
  );
  return row.secret;
}
