import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import { assertMay } from '../../auth/row-policy';
import { findVisible } from '../../auth/visibility';
import type { PartyCode } from '../../domain/parties';
import { OwnershipLinkEntity, SupplierEntity } from '../../entities';
import { BadInputError, NotFoundError } from '../../errors';
import { keyedByRow } from '../idempotency';
import { mutate } from '../transaction';
import { SUBLICENSOR, screenSupplier } from './supplier-screening.service';

export interface SupplierInput {
  legalName: string;
  otherNames?: string[] | null;
  country: string;
  address: string;
  registrationNumber?: string | null;
  idempotencyKey?: string | null;
}

/** The Licensee keeps the register of the suppliers it sublicenses (TIC 2.1(iii), 2.4). */
const REGISTER = { sublicensorParty: SUBLICENSOR };

/**
 * Registers a supplier (or a company in a supplier's ownership) and screens it at once under
 * all its names, so that a new supplier is never unscreened (TIC 12.2).
 */
export function createSupplier(
  ctx: SignedInContext,
  input: SupplierInput,
): Promise<SupplierEntity> {
  return mutate(
    ctx,
    async (manager) => {
      assertMay(ctx, 'supplier.register', REGISTER);
      const suppliers = manager.getRepository(SupplierEntity);
      const supplier = await suppliers.save(
        suppliers.create({
          legalName: input.legalName.trim(),
          otherNames: uniqueNames(input.legalName, input.otherNames ?? []),
          country: input.country.toUpperCase(),
          address: input.address.trim(),
          registrationNumber: input.registrationNumber?.trim() || null,
          partyCode: null,
          recordedOn: ctx.today,
        }),
      );
      await screenSupplier(manager, supplier, {
        trigger: 'REGISTERED',
        userId: ctx.user.id,
        today: ctx.today,
      });
      return {
        result: supplier,
        audit: {
          operation: 'createSupplier',
          entity: 'Supplier',
          entityId: supplier.id,
          before: null,
          after: { legalName: supplier.legalName, country: supplier.country },
        },
      };
    },
    keyedByRow(ctx, 'createSupplier', input, 'Supplier'),
  );
}

function uniqueNames(legalName: string, names: string[]): string[] {
  const seen = new Set([legalName.trim().toLowerCase()]);
  return names
    .map((n) => n.trim())
    .filter((n) => {
      const key = n.toLowerCase();
      if (!n || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export interface OwnershipLinkInput {
  holderId?: string | null;
  /** Or one of the parties as the holder (Fengfan's own holdings). */
  holderParty?: PartyCode | null;
  heldId: string;
  sharePercent?: number | null;
  appointsGeneralManager?: boolean | null;
  appointsBoardMajority?: boolean | null;
  from?: string | null;
  endedOn?: string | null;
  idempotencyKey?: string | null;
}

/** Records who holds what in a company and its appointing powers (TIC 1.1; JVC Art. 2). */
export function recordOwnershipLink(
  ctx: SignedInContext,
  input: OwnershipLinkInput,
): Promise<OwnershipLinkEntity> {
  return mutate(
    ctx,
    async (manager) => {
      assertMay(ctx, 'supplier.register', REGISTER);
      if (!input.holderId === !input.holderParty) {
        throw new BadInputError('holderId', 'give either holderId or holderParty, not both');
      }
      if (
        input.sharePercent == null &&
        !input.appointsGeneralManager &&
        !input.appointsBoardMajority
      ) {
        throw new BadInputError('sharePercent', 'give the share held or an appointing power');
      }
      if (input.from && input.endedOn && input.endedOn <= input.from) {
        throw new BadInputError('endedOn', 'must be after from');
      }
      const held = await findVisible(ctx, manager, 'Supplier', input.heldId);
      const holder = input.holderParty
        ? await partyNode(manager, input.holderParty)
        : await findVisible(ctx, manager, 'Supplier', input.holderId!);
      if (holder.id === held.id)
        throw new BadInputError('heldId', 'a company does not hold itself');
      const links = manager.getRepository(OwnershipLinkEntity);
      const link = await links.save(
        links.create({
          holderId: holder.id,
          heldId: held.id,
          sharePercent: input.sharePercent == null ? null : String(input.sharePercent),
          appointsGeneralManager: input.appointsGeneralManager ?? false,
          appointsBoardMajority: input.appointsBoardMajority ?? false,
          from: input.from ?? null,
          endedOn: input.endedOn ?? null,
          recordedOn: ctx.today,
          recordedBy: ctx.user.id,
        }),
      );
      return {
        result: link,
        audit: {
          operation: 'recordOwnershipLink',
          entity: 'OwnershipLink',
          entityId: link.id,
          before: null,
          after: {
            holder: holder.legalName,
            held: held.legalName,
            sharePercent: input.sharePercent ?? null,
            appointsGeneralManager: link.appointsGeneralManager,
            appointsBoardMajority: link.appointsBoardMajority,
          },
        },
      };
    },
    keyedByRow(ctx, 'recordOwnershipLink', input, 'OwnershipLink'),
  );
}

/**
 * The register's node for one of the parties, created from the party's own record the first
 * time a link names it: the parties are companies of the ownership graph like any other.
 */
export async function partyNode(manager: EntityManager, party: PartyCode): Promise<SupplierEntity> {
  await manager.query(
    `INSERT INTO supplier (legal_name, country, address, party_code, recorded_on)
     SELECT legal_name, country, address, code, current_date FROM party WHERE code = $1
     ON CONFLICT (party_code) DO NOTHING`,
    [party],
  );
  const node = await manager.getRepository(SupplierEntity).findOneBy({ partyCode: party });
  if (!node) throw new NotFoundError('Party', party);
  return node;
}

/** One company of the register the caller may see. */
export async function getSupplier(ctx: SignedInContext, id: string): Promise<SupplierEntity> {
  return findVisible(ctx, ctx.db.manager, 'Supplier', id);
}
