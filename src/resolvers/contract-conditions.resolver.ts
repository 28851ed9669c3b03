import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import { Parent } from './parent';
import { Allow } from '../auth/allow';
import type { RequestContext } from '../auth/context';
import { EffectivenessConditionType } from '../schema/condition.type';
import { ContractType } from '../schema/contract.type';
import { conditionsToTakeEffect } from '../services/contract-conditions';

@Resolver(() => ContractType)
export class ContractConditionsResolver {
  @FieldResolver(() => [EffectivenessConditionType], {
    description:
      "The conditions of the contract taking effect and when each was fulfilled: the TIC's establishment, ratification, the Authority's approval and the export approval (TIC 1.4, 4.1; JVC Art. 42); the JVC's approval (JVC Art. 10, 126)",
  })
  @Allow('readContractRecords')
  conditionsToTakeEffect(
    @Parent() contract: ContractType,
    @Ctx() ctx: RequestContext,
  ): Promise<EffectivenessConditionType[]> {
    return conditionsToTakeEffect(ctx, contract);
  }
}
