import type { SignedInContext } from '../../auth/context';
import { visibleQuery } from '../../auth/visibility';
import type { SublicenseChange, SublicenseVerdict } from '../../domain/suppliers';
import type { SupplierSublicenseEntity } from '../../entities';
import { BadInputError, NotFoundError } from '../../errors';
import { assertIsoDate } from '../../rules/iso-date';
import { fengfanAffiliation } from '../../rules/suppliers/affiliation';
import {
  checkSublicense,
  type ConditionFinding,
  type SublicenseFacts,
} from '../../rules/suppliers/sublicense-check';
import { contractExpiry } from '../contract.service';
import { screeningListInUse } from '../export/screening-list.service';
import { loadOwnershipGraph } from './ownership-graph';

export interface SublicenseCheckView {
  sublicenseId: string;
  supplierId: string;
  supplierName: string;
  status: SupplierSublicenseEntity['status'];
  asOf: string;
  verdict: SublicenseVerdict;
  findings: ConditionFinding[];
}

export interface SublicenseChangeView {
  sublicenseId: string;
  supplierName: string;
  kind: SublicenseChange;
  on: string;
  message: string;
}

export interface SublicenseReport {
  asOf: string;
  since: string | null;
  totals: { total: number; valid: number; invalid: number; needsReview: number };
  checks: SublicenseCheckView[];
  changes: SublicenseChangeView[];
}

/** `checkSupplierSublicense(id, asOf)`: one sublicence the caller may see, judged on `asOf`. */
export async function checkSupplierSublicense(
  ctx: SignedInContext,
  id: string,
  asOf?: string | null,
): Promise<SublicenseCheckView> {
  const day = asOf ?? ctx.today;
  const [judged] = await judgeSublicenses(ctx, day, null, id);
  if (!judged) throw new NotFoundError('SupplierSublicense', id);
  return judged.check;
}

/**
 * `supplierSublicenseReport(asOf, since)`: the check of every sublicence the caller may see,
 * the totals, and what changed since `since` — a new screening hit, a lapsed agreement, the
 * licence ended, a new ownership link above the supplier. A fixed number of statements,
 * whatever the number of sublicences.
 */
export async function supplierSublicenseReport(
  ctx: SignedInContext,
  asOf?: string | null,
  since?: string | null,
): Promise<SublicenseReport> {
  const day = asOf ?? ctx.today;
  if (since) {
    assertIsoDate({ field: 'since', value: since });
    if (since > day) throw new BadInputError('since', 'must not be after asOf');
  }
  const judged = await judgeSublicenses(ctx, day, since ?? null, null);
  const checks = judged.map((j) => j.check);
  const count = (verdict: SublicenseVerdict) => checks.filter((c) => c.verdict === verdict).length;
  return {
    asOf: day,
    since: since ?? null,
    totals: {
      total: checks.length,
      valid: count('VALID'),
      invalid: count('INVALID'),
      needsReview: count('NEEDS_REVIEW'),
    },
    checks,
    changes: judged.flatMap((j) => j.changes),
  };
}

/** Loads the facts of the visible sublicences (all, or one) in a fixed number of statements. */
async function judgeSublicenses(
  ctx: SignedInContext,
  asOf: string,
  since: string | null,
  id: string | null,
): Promise<Array<{ check: SublicenseCheckView; changes: SublicenseChangeView[] }>> {
  assertIsoDate({ field: 'asOf', value: asOf });
  const manager = ctx.db.manager;
  const party = ctx.user.party;
  const query = visibleQuery(manager, 'SupplierSublicense', 's', party).orderBy('s.id');
  if (id) query.andWhere('s.id = :id', { id });
  const sublicenses = await query.getMany();
  if (sublicenses.length === 0) return [];
  const { companies, links: ownership } = await loadOwnershipGraph(manager, party);
  const contracts = await visibleQuery(manager, 'Contract', 'c', party)
    .andWhere('c.id IN (:...ids)', { ids: [...new Set(sublicenses.map((s) => s.contractId))] })
    .getMany();
  const transfers = await visibleQuery(manager, 'SublicenseTransfer', 't', party)
    .andWhere('t.sublicense_id IN (:...ids)', { ids: sublicenses.map((s) => s.id) })
    .orderBy('t.recorded_at')
    .getMany();
  const supplierIds = [...new Set(sublicenses.map((s) => s.supplierId))];
  // Each supplier's latest screening, its matches with the remembered reviews (one batch).
  const views = await ctx.loaders.supplierScreening.loadMany(supplierIds);
  const screenings = new Map(
    supplierIds.map((supplierId, i) => {
      const view = views[i];
      if (view instanceof Error) throw view;
      return [supplierId, view];
    }),
  );
  const list = await screeningListInUse(manager);

  const byId = new Map(companies.map((c) => [c.id, c]));
  return sublicenses.map((s) => {
    const supplier = byId.get(s.supplierId);
    const name = supplier?.name ?? s.supplierId;
    const contract = contracts.find((c) => c.id === s.contractId) ?? null;
    const effective = contract && ['EFFECTIVE', 'TERMINATED', 'EXPIRED'].includes(contract.status);
    const view = screenings.get(s.supplierId) ?? null;
    const screening = view?.screening ?? null;
    const facts: SublicenseFacts = {
      asOf,
      supplier: name,
      sublicense: s,
      licence: contract && {
        status: contract.status,
        effectiveOn: effective ? (contract.termStartsOn ?? contract.effectiveOn) : null,
        terminatedOn: contract.terminatedOn,
        expiresOn: contractExpiry(contract),
      },
      affiliation: fengfanAffiliation({
        companies,
        links: ownership,
        companyId: s.supplierId,
        asOf,
      }),
      transfers: transfers.filter((t) => t.sublicenseId === s.id),
      screening: {
        screenedOn: screening?.screenedOn ?? null,
        names: screening?.names ?? [],
        listProblem: list.finding?.message ?? null,
        onCurrentList: !!screening && screening.listVersion?.id === list.version?.id,
        hits: (view?.matches ?? []).map((m) => ({
          source: m.source,
          entryId: m.entryId,
          entryName: m.entryName,
          matchedName: m.matchedName,
          screenedName: m.queryName,
          review: m.review,
        })),
      },
    };
    const result = checkSublicense(facts);
    const check: SublicenseCheckView = {
      sublicenseId: s.id,
      supplierId: s.supplierId,
      supplierName: name,
      status: s.status,
      asOf,
      verdict: result.verdict,
      findings: result.findings,
    };
    const changes: SublicenseChangeView[] = [];
    if (since) {
      const change = (kind: SublicenseChange, on: string, message: string) =>
        changes.push({ sublicenseId: s.id, supplierName: name, kind, on, message });
      const within = (day: string | null): day is string => !!day && day >= since && day <= asOf;
      for (const m of view?.matches ?? []) {
        if (within(m.firstSeenOn) && m.review !== 'CLEARED') {
          change(
            'NEW_SCREENING_HIT',
            m.firstSeenOn,
            `"${m.queryName}" newly matches ${m.listCode} entry ${m.entryId} "${m.entryName}"`,
          );
        }
      }
      // validTo is the last day of the sublicence: it lapsed the day after.
      if (s.validTo && s.validTo >= since && s.validTo < asOf) {
        change(
          'AGREEMENT_LAPSED',
          s.validTo,
          `The sublicence to ${name} lapsed after ${s.validTo}`,
        );
      }
      const ended = facts.licence?.terminatedOn ?? null;
      if (within(ended)) {
        change('LICENCE_ENDED', ended, `The TIC was terminated on ${ended} (TIC 2.6)`);
      }
      for (const l of ancestry(s.supplierId, ownership)) {
        if (within(l.recordedOn)) {
          const holder = byId.get(l.holderId)?.name ?? l.holderId;
          const held = byId.get(l.heldId)?.name ?? l.heldId;
          change(
            'NEW_OWNERSHIP_LINK',
            l.recordedOn,
            `${holder} recorded as a holder of ${held}${l.sharePercent !== null ? ` (${l.sharePercent}%)` : ''}`,
          );
        }
      }
    }
    return { check, changes };
  });
}

/** Every link above a company: its holders, their holders, and so on. */
function ancestry<L extends { holderId: string; heldId: string }>(start: string, links: L[]): L[] {
  const found: L[] = [];
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const held = queue.shift()!;
    for (const l of links.filter((x) => x.heldId === held)) {
      found.push(l);
      if (!seen.has(l.holderId)) {
        seen.add(l.holderId);
        queue.push(l.holderId);
      }
    }
  }
  return found;
}
