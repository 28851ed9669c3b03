import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import type { TerminationBasis } from '../../domain/contracts';
import { BATTERY_PRODUCTS } from '../../domain/trademarks';
import { ObligationEntity, type ContractEntity } from '../../entities';
import { markCessation } from '../../rules/trademarks/cessation';
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
  const obligations = manager.getRepository(ObligationEntity);
  // Not made from a template: it exists only once the TIC has ended.
  const obligation = await obligations.save(
    obligations.create({
      contractId: contract.id,
      code: CESSATION_CODE,
      obligorParty: 'JV',
      beneficiaryParties: ['VALENCE'],
      description: `Cease all use of the Valence Marks. ${cessation.reason}.`,
      article: cessation.article,
      dueRule: 'Immediately upon termination of the TIC',
      triggerKind: null,
      perEvent: false,
      recurrence: null,
      metByEventKind: null,
      dueOn: terminatedOn,
      dueOnUnrolled: terminatedOn,
      status: 'OPEN',
      nature: 'DUTY',
    }),
  );
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
