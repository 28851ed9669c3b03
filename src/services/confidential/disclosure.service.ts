import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import { raise } from '../../auth/refusal-error';
import { assertMay } from '../../auth/row-policy';
import { findVisible, visibleQuery } from '../../auth/visibility';
import type { DisclosureRecipientKind, DisclosureStatus } from '../../domain/confidential';
import type { PartyCode } from '../../domain/parties';
import { ContractEntity, DisclosureRequestEntity } from '../../entities';
import { BadInputError } from '../../errors';
import { checkCompelledNotice } from '../../rules/confidential/compelled-disclosure';
import { decideDisclosure as decide } from '../../rules/confidential/disclosure-decision';
import type { OwnershipFacts } from '../../rules/confidential/fengfan-recipient';
import { assertIsoDate } from '../../rules/iso-date';
import { governingContractOf } from '../contract-access';
import { requirePassingCheck } from '../export/release-gate.service';
import { keyedByRow } from '../idempotency';
import { loadOwnershipGraph } from '../suppliers/ownership-graph';
import { mutate } from '../transaction';
import { paginate, type Page, type PageRequest } from '../pagination';
import { findItem, scopedItems } from './item-scope';

export interface DisclosureInput {
  itemId: string;
  recipientKind: DisclosureRecipientKind;
  recipientName: string;
  recipientParty?: PartyCode | null;
  recipientSupplierId?: string | null;
  fengfanAffiliate?: boolean | null;
  country: string;
  purpose: string;
  endUse: string;
  idempotencyKey?: string | null;
}

function recipientOf(ctx: SignedInContext, input: DisclosureInput) {
  if (input.recipientKind === 'PARTY' && !input.recipientParty) {
    throw new BadInputError('recipientParty', 'name the party the item would go to');
  }
  if (input.recipientParty === ctx.user.party) {
    throw new BadInputError('recipientParty', 'is your own party: no disclosure beyond it');
  }
  return {
    recipientKind: input.recipientKind,
    recipientName: input.recipientName.trim(),
    recipientParty: input.recipientParty ?? null,
    recipientSupplierId: input.recipientSupplierId ?? null,
    fengfanAffiliate: input.fengfanAffiliate ?? false,
    country: input.country.toUpperCase(),
    purpose: input.purpose,
    endUse: input.endUse,
  };
}

/**
 * A recipient named by its register id must be in the register; only whether the id exists is
 * told, never a row of it (a uuid the caller already holds).
 */
async function assertRegistered(manager: EntityManager, supplierId: string | null | undefined) {
  if (!supplierId) return;
  const [row] = await manager.query<unknown[]>(`SELECT 1 FROM supplier WHERE id = $1`, [
    supplierId,
  ]);
  if (!row)
    throw new BadInputError('recipientSupplierId', 'no company of the register has this id');
}

/**
 * The supplier register's ownership facts for the Fengfan gate, in one statement: every
 * company with its names and the links held in it (the whole graph, as the register's own
 * affiliation reads it: it is small, and control may run through any of its companies). A
 * recipient that is a party is what it is and needs none of it.
 *
 * Read as a system fact, outside the row policy that shows suppliers to the JV and Valence
 * only: the rows feed the pure judgement and never reach the caller. The request keeps no copy,
 * and the only trace is a refusal's chain, which names nothing but Fengfan's own group (what
 * Fengfan controls, what controls it, what shares its controller) and goes to the disclosing
 * party deciding; a recipient found independent is not told about at all. Reading the facts
 * through the caller's visibility instead would let a caller that cannot see the register
 * (Fengfan's users) make a company Fengfan controls pass the gate as a third party.
 */
async function ownershipFacts(
  manager: EntityManager,
  request: Pick<DisclosureRequestEntity, 'recipientParty' | 'recipientSupplierId'>,
  asOf: string,
): Promise<OwnershipFacts | null> {
  if (request.recipientParty !== null) return null;
  const { companies, links } = await loadOwnershipGraph(manager, null);
  return {
    companies,
    links,
    recipientCompanyId: request.recipientSupplierId,
    asOf,
  };
}

/**
 * The receiving party asks to disclose an item to a third party or an Affiliate (TIC 8.1): the
 * request waits, PENDING, for the disclosing party's prior written authorization.
 */
export function requestDisclosure(
  ctx: SignedInContext,
  input: DisclosureInput,
): Promise<DisclosureRequestEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const item = await findItem(ctx, manager, input.itemId);
      assertMay(ctx, 'confidentialItem.requestDisclosure', item);
      await assertRegistered(manager, input.recipientSupplierId);
      const repository = manager.getRepository(DisclosureRequestEntity);
      const request = await repository.save(
        repository.create({
          itemId: item.id,
          compelled: false,
          ...recipientOf(ctx, input),
          status: 'PENDING',
          requestedBy: ctx.user.id,
          requestedParty: ctx.user.party,
        }),
      );
      return {
        result: request,
        audit: {
          operation: 'requestDisclosure',
          entity: 'DisclosureRequest',
          entityId: request.id,
          before: null,
          after: {
            itemId: item.id,
            recipientName: request.recipientName,
            country: request.country,
          },
        },
      };
    },
    keyedByRow(ctx, 'requestDisclosure', input, 'DisclosureRequest'),
  );
}

/**
 * The disclosing party's LEGAL approves or denies (TIC 8.1). An approval passes the Fengfan
 * gate first (TIC 2.4, 2.8; JVC Art. 45: Valence's written consent on record), then, for a
 * Technology item, the export gate for that recipient, destination, item and end use (TIC 12.2).
 */
export function decideDisclosure(
  ctx: SignedInContext,
  input: {
    requestId: string;
    approve: boolean;
    reason: string;
    valenceConsentReference?: string | null;
  },
): Promise<DisclosureRequestEntity> {
  return mutate(ctx, async (manager) => {
    const request = await findVisible(ctx, manager, 'DisclosureRequest', input.requestId, {
      lock: true,
    });
    const item = await findItem(ctx, manager, request.itemId);
    assertMay(ctx, 'confidentialItem.decideDisclosure', item);
    const ruling = decide({
      item,
      request,
      approve: input.approve,
      deciderParty: ctx.user.party,
      valenceConsentReference: input.valenceConsentReference ?? null,
      // Only an approval passes the gate: a refusal needs no facts.
      ownership: input.approve ? await ownershipFacts(manager, request, ctx.today) : null,
    });
    if (!ruling.ok) raise(ruling.refusal);
    let exportCheckId: string | null = null;
    if (ruling.value.needsExportCheck) {
      const clearance = await requirePassingCheck(manager, {
        party: item.disclosingParty,
        recipientName: request.recipientName,
        destination: request.country,
        items: [{ eccn: item.eccn ?? 'EAR99', kind: 'TECHNOLOGY' }],
        endUse: request.endUse,
        now: ctx.now,
      });
      if (!clearance.passed) {
        raise({
          kind: 'state',
          field: 'requestId',
          reason: `the export gate refuses this release: ${clearance.reason}`,
          article: clearance.article,
        });
      }
      exportCheckId = clearance.checkId;
    }
    const change = {
      status: input.approve ? ('APPROVED' as const) : ('DENIED' as const),
      decidedBy: ctx.user.id,
      decidedAt: ctx.now,
      decisionReason: input.reason,
      valenceConsentReference: input.valenceConsentReference?.trim() || null,
      exportCheckId,
    };
    await manager.getRepository(DisclosureRequestEntity).update({ id: request.id }, change);
    return {
      result: { ...request, ...change },
      audit: {
        operation: 'decideDisclosure',
        entity: 'DisclosureRequest',
        entityId: request.id,
        before: { status: request.status },
        after: change,
      },
    };
  });
}

/**
 * A disclosure compelled by law (TIC 8.3(d); JVC Art. 96(4)), recorded by the receiving party
 * with its prior written notice to the disclosing party; a notice not earlier is refused.
 */
export function recordCompelledDisclosure(
  ctx: SignedInContext,
  input: DisclosureInput & {
    authority: string;
    noticeGivenOn?: string | null;
    disclosedOn: string;
  },
): Promise<DisclosureRequestEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const item = await findItem(ctx, manager, input.itemId);
      assertMay(ctx, 'confidentialItem.recordCompelledDisclosure', item);
      await assertRegistered(manager, input.recipientSupplierId);
      const contract = await manager
        .getRepository(ContractEntity)
        .findOneByOrFail({ id: item.contractId });
      const disclosedOn = assertIsoDate({ field: 'disclosedOn', value: input.disclosedOn });
      const noticeGivenOn =
        input.noticeGivenOn == null
          ? null
          : assertIsoDate({ field: 'noticeGivenOn', value: input.noticeGivenOn });
      const notice = checkCompelledNotice({
        governingContract: await governingContractOf(manager, contract),
        noticeGivenOn,
        disclosedOn,
      });
      if (!notice.ok) raise(notice.refusal);
      const repository = manager.getRepository(DisclosureRequestEntity);
      const record = await repository.save(
        repository.create({
          itemId: item.id,
          compelled: true,
          ...recipientOf(ctx, input),
          status: 'RECORDED',
          requestedBy: ctx.user.id,
          requestedParty: ctx.user.party,
          authority: input.authority,
          noticeGivenOn,
          disclosedOn,
        }),
      );
      return {
        result: record,
        audit: {
          operation: 'recordCompelledDisclosure',
          entity: 'DisclosureRequest',
          entityId: record.id,
          before: null,
          after: { itemId: item.id, authority: input.authority, noticeGivenOn, disclosedOn },
        },
      };
    },
    keyedByRow(ctx, 'recordCompelledDisclosure', input, 'DisclosureRequest'),
  );
}

/**
 * The disclosure requests on the items the caller may see, newest first: the disclosing
 * party's queue of PENDING requests (TIC 8.1), the receiving party's record of what it asked.
 */
export function listDisclosureRequests(
  ctx: SignedInContext,
  filter: { status?: DisclosureStatus | null },
  page: PageRequest,
): Promise<Page<DisclosureRequestEntity>> {
  const items = scopedItems(ctx, ctx.db.manager, 'item').select('item.id');
  const query = visibleQuery(ctx.db.manager, 'DisclosureRequest', 'request', ctx.user.party)
    .andWhere(`request.item_id IN (${items.getQuery()})`)
    .setParameters({ ...items.getParameters(), scopeParty: ctx.user.party });
  if (filter.status) query.andWhere('request.status = :status', { status: filter.status });
  return paginate(query, page, {
    column: [`date_trunc('milliseconds', request.requested_at)`, 'request.id'],
    direction: 'DESC',
    valueOf: (r) => [r.requestedAt.toISOString(), r.id],
  });
}
