import { INPUT } from '../schema/input-arg';
import { Arg, Ctx, FieldResolver, Mutation, Resolver } from 'type-graphql';
import { Parent } from './parent';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import {
  ProposeMutualTerminationInput,
  RecordInsolvencyDismissalInput,
  RecordInsolvencyProceedingInput,
  SignMutualTerminationInput,
} from '../schema/lifecycle.inputs';
import { ContractType } from '../schema/contract.type';
import { InsolvencyProceedingType, MutualTerminationType } from '../schema/termination.type';
import {
  proposeMutualTermination,
  recordInsolvencyDismissal,
  recordInsolvencyProceeding,
  signMutualTermination,
} from '../services/termination-records.service';

@Resolver(() => MutualTerminationType)
export class TerminationRecordsResolver {
  @Mutation(() => MutualTerminationType, {
    nullable: true,
    description: 'TIC 11.1: proposes to terminate the TIC by the mutual agreement of the parties',
  })
  @Allow('agreeMutualTermination')
  proposeMutualTermination(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ProposeMutualTerminationInput, INPUT) input: ProposeMutualTerminationInput,
  ): Promise<MutualTerminationType> {
    return proposeMutualTermination(signedIn(ctx), input);
  }

  @Mutation(() => MutualTerminationType, {
    nullable: true,
    description:
      "TIC 11.1: your party signs a mutual termination; the last party's signature terminates the contract that day",
  })
  @Allow('agreeMutualTermination')
  signMutualTermination(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SignMutualTerminationInput, INPUT) input: SignMutualTerminationInput,
  ): Promise<MutualTerminationType> {
    return signMutualTermination(signedIn(ctx), input);
  }

  @Mutation(() => InsolvencyProceedingType, {
    nullable: true,
    description: "TIC 11.3(a): records the Licensee's insolvency proceeding",
  })
  @Allow('recordInsolvency')
  recordInsolvencyProceeding(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordInsolvencyProceedingInput, INPUT)
    input: RecordInsolvencyProceedingInput,
  ): Promise<InsolvencyProceedingType> {
    return recordInsolvencyProceeding(signedIn(ctx), input);
  }

  @Mutation(() => InsolvencyProceedingType, {
    nullable: true,
    description: "TIC 11.3(a): records the dismissal of the Licensee's proceeding",
  })
  @Allow('recordInsolvency')
  recordInsolvencyDismissal(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordInsolvencyDismissalInput, INPUT)
    input: RecordInsolvencyDismissalInput,
  ): Promise<InsolvencyProceedingType> {
    return recordInsolvencyDismissal(signedIn(ctx), input);
  }
}

@Resolver(() => ContractType)
export class ContractTerminationRecordsResolver {
  @FieldResolver(() => [MutualTerminationType], {
    description: 'TIC 11.1: the mutual terminations proposed under this contract, and who signed',
  })
  @Allow('readContractRecords')
  mutualTerminations(
    @Parent() contract: ContractType,
    @Ctx() ctx: RequestContext,
  ): Promise<MutualTerminationType[]> {
    return ctx.loaders.mutualTerminations.load(contract.id);
  }

  @FieldResolver(() => [InsolvencyProceedingType], {
    description: "TIC 11.3(a): the Licensee's insolvency proceedings recorded under this contract",
  })
  @Allow('readContractRecords')
  insolvencyProceedings(
    @Parent() contract: ContractType,
    @Ctx() ctx: RequestContext,
  ): Promise<InsolvencyProceedingType[]> {
    return ctx.loaders.insolvencyProceedings.load(contract.id);
  }
}
