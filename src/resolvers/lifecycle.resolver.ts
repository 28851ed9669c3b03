import { INPUT } from '../schema/input-arg';
import { GraphQLLocalDate } from '../schema/local-date';
import { Arg, Ctx, FieldResolver, Mutation, Resolver } from 'type-graphql';
import { Parent } from './parent';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import { ContractStatusChangeType, ContractType } from '../schema/contract.type';
import { ContractEventType } from '../schema/event.type';
import { KeyTermType } from '../schema/key-term.type';
import { RecordEventInput, TerminateContractInput } from '../schema/lifecycle.inputs';
import type { ContractStatus } from '../domain/contracts';
import { ContractStatusEnum } from '../schema/enums';
import { contractExpiry, currentStatus, statusHistory } from '../services/contract.service';
import { listEvents, recordEvent } from '../services/event.service';
import { keyTermValue } from '../rules/key-term-value';
import { listKeyTerms } from '../services/key-term.service';
import { terminateContract } from '../services/termination.service';

@Resolver(() => ContractType)
export class ContractLifecycleResolver {
  @FieldResolver(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'Start of term + term years (TIC 11.1; JVC Art. 103): the last day in force, EXPIRED from the day after; null until the term starts',
  })
  expiresOn(@Parent() contract: ContractType): string | null {
    return contractExpiry(contract);
  }

  @FieldResolver(() => ContractStatusEnum, {
    description: 'EXPIRED once an EFFECTIVE contract has run its term (computed)',
  })
  status(@Parent() contract: ContractType, @Ctx() ctx: RequestContext): ContractStatus {
    return currentStatus(contract, ctx.today);
  }

  @FieldResolver(() => [ContractStatusChangeType], {
    description: 'Its status changes, oldest first, each with the article allowing it',
  })
  @Allow('readContractRecords')
  statusHistory(
    @Parent() contract: ContractType,
    @Ctx() ctx: RequestContext,
  ): Promise<ContractStatusChangeType[]> {
    return statusHistory(ctx, contract.id);
  }

  @FieldResolver(() => [KeyTermType], { description: 'Structured facts the contract states' })
  @Allow('readContractRecords')
  async keyTerms(
    @Parent() contract: ContractType,
    @Ctx() ctx: RequestContext,
  ): Promise<KeyTermType[]> {
    const terms = await listKeyTerms(signedIn(ctx), contract.id);
    return terms.map((term) => ({ ...term, value: keyTermValue({ term }) }));
  }

  @FieldResolver(() => [ContractEventType], {
    description: 'The events recorded under it that concern your party, oldest first',
  })
  @Allow('readContractRecords')
  events(
    @Parent() contract: ContractType,
    @Ctx() ctx: RequestContext,
  ): Promise<ContractEventType[]> {
    return listEvents(signedIn(ctx), contract.id);
  }

  @Mutation(() => ContractEventType, {
    nullable: true,
    description: 'Records an event and fixes the due dates of the obligations it triggers',
  })
  @Allow('recordEvents')
  recordEvent(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordEventInput, INPUT) input: RecordEventInput,
  ): Promise<ContractEventType> {
    return recordEvent(signedIn(ctx), input);
  }

  @Mutation(() => ContractType, {
    nullable: true,
    description:
      'Terminates a contract on the basis of a record a rule judges (TIC 11.1-11.3; JVC Art. 104, 105); overdue obligations stay MISSED, future ones survive or close (TIC 11.6; JVC Art. 96, 100, 45)',
  })
  @Allow('terminateContracts')
  terminateContract(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TerminateContractInput, INPUT) input: TerminateContractInput,
  ): Promise<ContractType> {
    return terminateContract(signedIn(ctx), input);
  }
}
