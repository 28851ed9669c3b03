import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import type { TerminationBasis } from '../../domain/contracts';
import { BATTERY_PRODUCTS } from '../../domain/trademarks';
import { ObligationEntity, type ContractEntity } from '../../entities';
import { markCessation, ticEndOn, type TicEnd } from '../../rules/trademarks/cessation';
import { addOffset } from '../../rules/calendar';
import { contractExpiry } from '../contract.service';
import type { AuditRecord } from '../transaction';

export const CESSATION_CODE = 'TIC-11.4-CEASE-VALENCE-MARKS';

/**
 * When the TIC itself ends, the Licensee stops using the Valence Marks (TIC 11.4, which
 * survives, TIC 11.6): an obligation of the JV owed to Valence, due on the day, saying whether
 * the sell-off of inventory remains; and the approved uses of Valence marks running past that
 * day are CEASED — all of them, or, with the sell-off, all but those on Batteries. Runs inside the termination's
 * transaction.
 */
export async function ceaseValenceMarkUses(
  ctx: SignedInContext,
  manager: EntityManager,
  contract: ContractEntity,
  termination: { terminatedOn: string; basis: TerminationBasis },
): Promise<AuditRecord[]> {
  if (contract.code !== 'TIC') return [];
  const { terminatedOn } = termination;
  const cessation = markCessation({ basis: termination.basis, terminatingParty: ctx.user.party });
  const obligation = await openCessationObligation(manager, contract.id, {
    dueOn: terminatedOn,
    dueRule: 'Immediately upon termination of the TIC',
    description: `Cease all use of the Valence Marks. ${cessation.reason}.`,
    article: cessation.article,
  });
  const ended = (await manager.query(
    `UPDATE trademark_use
     SET status = 'CEASED', period_to = CASE WHEN period_from <= $1 THEN $1 ELSE period_to END
     WHERE mark_owner = 'VALENCE' AND status = 'APPROVED'
       AND (period_to IS NULL OR period_to > $1)
       AND NOT ($2 AND product = ANY($3::text[]))
     RETURNING id`,
    [terminatedOn, cessation.sellOff, BATTERY_PRODUCTS],
  )) as [Array<{ id: string }>, number];
  return [
    {
      operation: 'scheduleObligation',
      entity: 'Obligation',
      entityId: obligation.id,
      before: null,
      after: { code: CESSATION_CODE, dueOn: terminatedOn, sellOff: cessation.sellOff },
    },
    ...ended[0].map((use) => ({
      operation: 'endTrademarkUse',
      entity: 'TrademarkUse',
      entityId: use.id,
      before: { status: 'APPROVED' },
      after: { status: 'CEASED', endedOn: terminatedOn, article: cessation.article },
    })),
  ];
}

/** How the TIC has ended as of `on`, if it has: terminated, or past the last day of its term. */
export async function ticEndAsOf(
  manager: Pick<EntityManager, 'query'>,
  on: string,
): Promise<TicEnd | null> {
  const [end] = await ticEndsAsOf(manager, [on]);
  return end;
}

/** How the TIC has ended as of each day, its row read once for all of them. */
export async function ticEndsAsOf(
  manager: Pick<EntityManager, 'query'>,
  days: readonly string[],
): Promise<Array<TicEnd | null>> {
  const [tic] = (await manager.query(
    `SELECT code, status, to_char(terminated_on, 'YYYY-MM-DD') AS terminated_on,
            to_char(term_starts_on, 'YYYY-MM-DD') AS term_starts_on, term_years
     FROM contract WHERE code = 'TIC'`,
  )) as Array<{
    code: string;
    status: string;
    terminated_on: string | null;
    term_starts_on: string | null;
    term_years: number | null;
  }>;
  if (!tic) return days.map(() => null);
  const expiresOn = contractExpiry({
    code: tic.code,
    termStartsOn: tic.term_starts_on,
    termYears: tic.term_years,
  });
  return days.map((on) =>
    ticEndOn({ terminatedOn: tic.terminated_on, expiresOn, status: tic.status, on }),
  );
}

/**
 * The JV's duty to cease using the Valence Marks, owed to Valence: moved to `dueOn` if it is
 * already on file (the expiry's, when the TIC is terminated before its term runs out),
 * created otherwise. Not made from a template: it exists only once the TIC's end is known.
 */
async function openCessationObligation(
  manager: EntityManager,
  contractId: string,
  terms: { dueOn: string; dueRule: string; description: string; article: string },
): Promise<ObligationEntity> {
  const obligations = manager.getRepository(ObligationEntity);
  const existing = await obligations.findOneBy({ contractId, code: CESSATION_CODE });
  const change = {
    ...terms,
    dueOnUnrolled: terms.dueOn,
    status: 'OPEN' as const,
    closedReason: null,
    survivesUntil: null,
  };
  if (existing) {
    await obligations.update({ id: existing.id }, change);
    return { ...existing, ...change };
  }
  return obligations.save(
    obligations.create({
      contractId,
      code: CESSATION_CODE,
      obligorParty: 'JV',
      beneficiaryParties: ['VALENCE'],
      triggerKind: null,
      perEvent: false,
      recurrence: null,
      metByEventKind: null,
      nature: 'DUTY',
      ...change,
    }),
  );
}

/**
 * When the TIC's term starts, its end by expiry is known (TIC 11.1: ten years from the
 * Effective Date), and so is the day TIC 11.4 — which "survive[s] the termination or
 * expiration of this Contract" (TIC 11.6) — makes the Licensee cease using the Valence Marks:
 * the day after the term's last day. The duty is opened then, due on that day, rather than by
 * a job on the day: nothing has to run at expiry for it to exist, the due-date alerts remind
 * the JV ahead of it, and a termination before the term runs out moves it to the termination
 * day (`ceaseValenceMarkUses`). With no termination by Valence at expiry, the sell-off of the
 * Battery inventory stays (TIC 11.4 proviso). Runs inside the event's transaction.
 */
export async function scheduleExpiryCessation(
  manager: EntityManager,
  contract: Pick<ContractEntity, 'id' | 'code' | 'termYears'>,
  termStartsOn: string,
): Promise<AuditRecord[]> {
  if (contract.code !== 'TIC') return [];
  const expiresOn = contractExpiry({ ...contract, termStartsOn });
  if (!expiresOn) return [];
  const dueOn = addOffset({ from: expiresOn, offset: { days: 1 } });
  const obligation = await openCessationObligation(manager, contract.id, {
    dueOn,
    dueRule: `Immediately upon the end of the TIC's term on ${expiresOn} (TIC 11.1, 11.6)`,
    description:
      'Cease all use of the Valence Marks when the TIC expires, except as the Licensee reasonably requires to sell or dispose of its existing inventory of the Batteries.',
    article: 'TIC 11.4',
  });
  return [
    {
      operation: 'scheduleObligation',
      entity: 'Obligation',
      entityId: obligation.id,
      before: null,
      after: { code: CESSATION_CODE, dueOn, expiresOn, sellOff: true },
    },
  ];
}
