import type { SignedInContext } from '../../auth/context';
import { raise } from '../../auth/refusal-error';
import { assertMay } from '../../auth/row-policy';
import { findVisible, visibleQuery } from '../../auth/visibility';
import type { ItemKind } from '../../domain/export';
import type { SublicensePurpose, SublicenseStatus, SupplyRecipient } from '../../domain/suppliers';
import {
  SublicenseTransferEntity,
  SupplierSublicenseEntity,
  type SuppliedMaterial,
} from '../../entities';
import { BadInputError, NotFoundError } from '../../errors';
import { sublicenseStatusChange } from '../../rules/suppliers/status-change';
import { requirePassingCheck } from '../export/release-gate.service';
import { keyedByRow } from '../idempotency';
import { mutate } from '../transaction';
import { SUBLICENSOR } from './supplier-screening.service';

/** The terms of a sublicence as its written agreement records them (TIC 2.4, 5.6). */
export interface SublicenseTerms {
  materials?: Array<{ material: string; recipients: SupplyRecipient[] }> | null;
  purpose?: SublicensePurpose | null;
  purposeText?: string | null;
  agreementExecutedOn?: string | null;
  documentReference?: string | null;
  documentSha256?: string | null;
  noFurtherSublicensing?: boolean | null;
  noPowderOffer?: boolean | null;
  valenceTerms?: boolean | null;
  confidentialityUndertaking?: boolean | null;
  validFrom?: string | null;
  validTo?: string | null;
  status?: SublicenseStatus | null;
  /** Required when the status becomes SUSPENDED. */
  statusReason?: string | null;
}

export interface CreateSublicenseInput extends SublicenseTerms {
  supplierId: string;
  idempotencyKey?: string | null;
}

const TERM_FIELDS = [
  'agreementExecutedOn',
  'documentReference',
  'noFurtherSublicensing',
  'noPowderOffer',
  'valenceTerms',
  'confidentialityUndertaking',
  'validFrom',
  'validTo',
] as const;

/** Records a sublicence of the Licensee to a supplier under the TIC (TIC 2.1(iii), 2.4). */
export function createSupplierSublicense(
  ctx: SignedInContext,
  input: CreateSublicenseInput,
): Promise<SupplierSublicenseEntity> {
  return mutate(
    ctx,
    async (manager) => {
      assertMay(ctx, 'supplierSublicense.edit', { sublicensorParty: SUBLICENSOR });
      const supplier = await findVisible(ctx, manager, 'Supplier', input.supplierId);
      if (supplier.partyCode === 'FENGFAN') {
        // TIC 2.4: sublicensing to Fengfan is strictly prohibited, not merely invalid.
        raise({
          kind: 'input',
          field: 'supplierId',
          reason: 'Fengfan may never be sublicensed',
          article: 'TIC 2.4',
        });
      }
      if (supplier.partyCode) {
        throw new BadInputError('supplierId', 'is one of the parties, not a supplier');
      }
      const tic = await visibleQuery(manager, 'Contract', 'c', ctx.user.party)
        .andWhere(`c.code = 'TIC'`)
        .getOne();
      if (!tic) throw new NotFoundError('Contract', 'TIC');
      if (!input.purpose) throw new BadInputError('purpose', 'is required');
      if (!input.purposeText?.trim()) throw new BadInputError('purposeText', 'is required');
      const status = input.status ?? 'DRAFT';
      if (status === 'SUSPENDED' || status === 'TERMINATED') {
        throw new BadInputError('status', 'a new sublicence is DRAFT or ACTIVE');
      }
      const sublicenses = manager.getRepository(SupplierSublicenseEntity);
      const row = sublicenses.create({
        supplierId: supplier.id,
        contractId: tic.id,
        sublicensorParty: SUBLICENSOR,
        status,
        suspendedReason: null,
        purpose: input.purpose,
        purposeText: input.purposeText.trim(),
        materials: materialsOf(input.materials ?? []),
        documentSha256: input.documentSha256?.toLowerCase() ?? null,
        agreementExecutedOn: null,
        documentReference: null,
        noFurtherSublicensing: null,
        noPowderOffer: null,
        valenceTerms: null,
        confidentialityUndertaking: null,
        validFrom: null,
        validTo: null,
      });
      for (const field of TERM_FIELDS) {
        if (input[field] !== undefined) Object.assign(row, { [field]: input[field] });
      }
      assertDates(row);
      const saved = await sublicenses.save(row);
      return {
        result: saved,
        audit: {
          operation: 'createSupplierSublicense',
          entity: 'SupplierSublicense',
          entityId: saved.id,
          before: null,
          after: { supplier: supplier.legalName, status: saved.status },
        },
      };
    },
    keyedByRow(ctx, 'createSupplierSublicense', input, 'SupplierSublicense'),
  );
}

/** Edits the recorded terms or the status; a field left out is left as it is. */
export function updateSupplierSublicense(
  ctx: SignedInContext,
  id: string,
  input: SublicenseTerms,
): Promise<SupplierSublicenseEntity> {
  return mutate(ctx, async (manager) => {
    const row = await findVisible(ctx, manager, 'SupplierSublicense', id, { lock: true });
    assertMay(ctx, 'supplierSublicense.edit', row);
    const before = { ...row };
    if (input.status && input.status !== row.status) {
      const refusal = sublicenseStatusChange({
        from: row.status,
        to: input.status,
        reason: input.statusReason ?? null,
        reasonField: 'statusReason',
      });
      if (refusal) raise(refusal);
      row.suspendedReason = input.status === 'SUSPENDED' ? input.statusReason!.trim() : null;
      row.status = input.status;
    }
    if (input.purpose) row.purpose = input.purpose;
    if (input.purposeText?.trim()) row.purposeText = input.purposeText.trim();
    if (input.materials) row.materials = materialsOf(input.materials);
    if (input.documentSha256 !== undefined) {
      row.documentSha256 = input.documentSha256?.toLowerCase() ?? null;
    }
    for (const field of TERM_FIELDS) {
      if (input[field] !== undefined) Object.assign(row, { [field]: input[field] });
    }
    assertDates(row);
    row.updatedAt = new Date();
    const saved = await manager.getRepository(SupplierSublicenseEntity).save(row);
    return {
      result: saved,
      audit: {
        operation: 'updateSupplierSublicense',
        entity: 'SupplierSublicense',
        entityId: saved.id,
        before: terms(before),
        after: terms(saved),
      },
    };
  });
}

/** Valence suspends a sublicence, stating why (TIC 2.4; TIC 10.1). */
export function suspendSupplierSublicense(
  ctx: SignedInContext,
  id: string,
  reason: string,
): Promise<SupplierSublicenseEntity> {
  return mutate(ctx, async (manager) => {
    const row = await findVisible(ctx, manager, 'SupplierSublicense', id, { lock: true });
    assertMay(ctx, 'supplierSublicense.suspend', row);
    const refusal = sublicenseStatusChange({ from: row.status, to: 'SUSPENDED', reason });
    if (refusal) raise(refusal);
    const before = row.status;
    row.status = 'SUSPENDED';
    row.suspendedReason = `${ctx.user.party}: ${reason.trim()}`;
    row.updatedAt = new Date();
    const saved = await manager.getRepository(SupplierSublicenseEntity).save(row);
    return {
      result: saved,
      audit: {
        operation: 'suspendSupplierSublicense',
        entity: 'SupplierSublicense',
        entityId: saved.id,
        before: { status: before },
        after: { status: saved.status, reason: saved.suspendedReason },
      },
    };
  });
}

export interface TransferInput {
  sublicenseId: string;
  description: string;
  items: Array<{ eccn: string; itemKind?: ItemKind | null }>;
  endUse: string;
  transferredOn: string;
  idempotencyKey?: string | null;
}

/**
 * Records Technology or confidential items transferred to the supplier, each through the
 * release gate (TIC 12.2): the gate's answer — a passing export check, or why there is none —
 * is kept with the transfer, and the validity check reads it.
 */
export function recordSublicenseTransfer(
  ctx: SignedInContext,
  input: TransferInput,
): Promise<SublicenseTransferEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const sublicense = await findVisible(ctx, manager, 'SupplierSublicense', input.sublicenseId);
      assertMay(ctx, 'supplierSublicense.edit', sublicense);
      if (input.items.length === 0) throw new BadInputError('items', 'give at least one item');
      const supplier = await findVisible(ctx, manager, 'Supplier', sublicense.supplierId);
      const items = input.items.map((i) => ({
        eccn: i.eccn.trim().toUpperCase(),
        kind: i.itemKind ?? null,
      }));
      const gate = await requirePassingCheck(manager, {
        party: sublicense.sublicensorParty,
        recipientName: supplier.legalName,
        destination: supplier.country,
        items,
        endUse: input.endUse,
      });
      const transfers = manager.getRepository(SublicenseTransferEntity);
      const transfer = await transfers.save(
        transfers.create({
          sublicenseId: sublicense.id,
          description: input.description.trim(),
          items,
          endUse: input.endUse.trim(),
          destination: supplier.country,
          transferredOn: input.transferredOn,
          gatePassed: gate.passed,
          gateCheckId: gate.checkId,
          gateDecision: gate.decision,
          gateReason: gate.reason,
          gateArticle: gate.article,
          recordedBy: ctx.user.id,
        }),
      );
      return {
        result: transfer,
        audit: {
          operation: 'recordSublicenseTransfer',
          entity: 'SublicenseTransfer',
          entityId: transfer.id,
          before: null,
          after: { sublicenseId: sublicense.id, gatePassed: gate.passed, checkId: gate.checkId },
        },
      };
    },
    keyedByRow(ctx, 'recordSublicenseTransfer', input, 'SublicenseTransfer'),
  );
}

/** One sublicence the caller may see. */
export function getSupplierSublicense(
  ctx: SignedInContext,
  id: string,
): Promise<SupplierSublicenseEntity> {
  return findVisible(ctx, ctx.db.manager, 'SupplierSublicense', id);
}

function materialsOf(
  materials: Array<{ material: string; recipients: SupplyRecipient[] }>,
): SuppliedMaterial[] {
  return materials.map((m, i) => {
    if (!m.material.trim()) throw new BadInputError(`materials[${i}].material`, 'is empty');
    if (m.recipients.length === 0) {
      throw new BadInputError(`materials[${i}].recipients`, 'name at least one recipient');
    }
    return { material: m.material.trim(), recipients: [...new Set(m.recipients)] };
  });
}

function assertDates(row: SupplierSublicenseEntity): void {
  if (row.validFrom && row.validTo && row.validTo < row.validFrom) {
    throw new BadInputError('validTo', 'must not be before validFrom');
  }
}

function terms(row: SupplierSublicenseEntity): Record<string, unknown> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}
