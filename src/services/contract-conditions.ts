import type { RequestContext } from '../auth/context';
import type { ContractEntity } from '../entities';
import { ticEffectiveness } from '../rules/tic-effectiveness';

export interface EffectivenessCondition {
  condition: string;
  article: string;
  fulfilledOn: string | null;
}

/**
 * The conditions of a contract taking effect, each with the day it was fulfilled: the TIC's
 * (rules/tic-effectiveness.ts: establishment, ratification, the Authority's approval, the export
 * approval), the JVC's (the Authority's approval, JVC Art. 10, 126). Other contracts: none.
 */
export async function conditionsToTakeEffect(
  ctx: RequestContext,
  contract: Pick<ContractEntity, 'id' | 'code' | 'parentId' | 'effectiveOn'>,
): Promise<EffectivenessCondition[]> {
  if (contract.code !== 'TIC' && contract.code !== 'JVC') return [];
  const events = await ctx.loaders.events.load(contract.id);
  const first = (kind: string) =>
    events
      .filter((e) => e.kind === kind)
      .map((e) => e.occurredOn)
      .sort()[0] ?? null;
  if (contract.code === 'JVC') {
    return [
      {
        condition: 'the approval of the Examination and Approval Authority',
        article: 'JVC Art. 10, 126',
        fulfilledOn: first('APPROVAL_AUTHORITY_APPROVAL') ?? contract.effectiveOn,
      },
    ];
  }
  const parent = contract.parentId ? await ctx.loaders.contract.load(contract.parentId) : null;
  return ticEffectiveness({
    establishedOn: parent?.code === 'JVC' ? parent.termStartsOn : null,
    ratifiedOn: first('LICENSEE_RATIFICATION'),
    authorityApprovedOn: first('APPROVAL_AUTHORITY_APPROVAL'),
    exportApprovedOn: first('EXPORT_APPROVAL'),
  }).conditions;
}
