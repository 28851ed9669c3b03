import { INPUT } from '../schema/input-arg';
import { Arg, Ctx, FieldResolver, Mutation, Resolver } from 'type-graphql';
import { Parent } from './parent';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import { AmendmentType } from '../schema/amendment.type';
import { ContractType } from '../schema/contract.type';
import {
  ProposeAmendmentInput,
  RecordAmendmentApprovalInput,
  SignAmendmentInput,
} from '../schema/notice.inputs';
import {
  listAmendments,
  proposeAmendment,
  recordAmendmentApproval,
  signAmendment,
  type AmendmentView,
} from '../services/amendment.service';

function toType({ amendment, signatures, status }: AmendmentView): AmendmentType {
  return {
    ...amendment,
    effective: status.effective,
    effectiveOn: status.effectiveOn,
    signatures: signatures.map((s) => ({ party: s.partyCode, signedOn: s.signedOn })),
    missingSignatures: status.missingSignatures as AmendmentType['missingSignatures'],
    findings: status.findings,
  };
}

@Resolver(() => ContractType)
export class AmendmentResolver {
  @FieldResolver(() => [AmendmentType], {
    description: 'Its amendments, proposed or in effect (TIC 13.8; JVC Art. 122)',
  })
  @Allow('readContractRecords')
  async amendments(
    @Parent() contract: ContractType,
    @Ctx() ctx: RequestContext,
  ): Promise<AmendmentType[]> {
    return (await listAmendments(signedIn(ctx), contract.id)).map(toType);
  }

  @Mutation(() => AmendmentType, {
    nullable: true,
    description: 'Proposes a written amendment (TIC 13.8; JVC Art. 122)',
  })
  @Allow('amendContracts')
  async proposeAmendment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ProposeAmendmentInput, INPUT) input: ProposeAmendmentInput,
  ): Promise<AmendmentType> {
    return toType(await proposeAmendment(signedIn(ctx), input));
  }

  @Mutation(() => AmendmentType, {
    nullable: true,
    description: 'Signs an amendment for your own party',
  })
  @Allow('amendContracts')
  async signAmendment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SignAmendmentInput, INPUT) input: SignAmendmentInput,
  ): Promise<AmendmentType> {
    return toType(await signAmendment(signedIn(ctx), input));
  }

  @Mutation(() => AmendmentType, {
    nullable: true,
    description: "Records the Examination and Approval Authority's approval (JVC Art. 122)",
  })
  @Allow('amendContracts')
  async recordAmendmentApproval(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordAmendmentApprovalInput, INPUT) input: RecordAmendmentApprovalInput,
  ): Promise<AmendmentType> {
    return toType(await recordAmendmentApproval(signedIn(ctx), input));
  }
}
