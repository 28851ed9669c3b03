import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLLocalDate } from '../../schema/local-date';
import { Allow } from '../../auth/allow';
import { signedIn, type RequestContext } from '../../auth/context';
import {
  AccessLogEntryConnection,
  NdaCoverageType,
  NdaFormConnection,
  NdaFormType,
  NondisclosureAgreementType,
  RevealedContentType,
} from '../../schema/confidential/access.type';
import {
  GrantNeedToKnowInput,
  RecordNondisclosureAgreementInput,
  RegisterNdaFormInput,
  RevokeNeedToKnowInput,
} from '../../schema/confidential/inputs';
import { NeedToKnowGrantType } from '../../schema/confidential/item.type';
import { IdArg } from '../../schema/id';
import { INPUT } from '../../schema/input-arg';
import { PageArgs } from '../../schema/page.args';
import { PartyCodeEnum } from '../../schema/enums';
import type { PartyCode } from '../../domain/parties';
import { mapPage } from '../../services/pagination';
import { listAccessLog } from '../../services/confidential/access-log.service';
import { ndaCoverage } from '../../services/confidential/coverage.service';
import { grantNeedToKnow, revokeNeedToKnow } from '../../services/confidential/grant.service';
import {
  approveNdaForm,
  listNdaForms,
  recordNondisclosureAgreement,
  registerNdaForm,
  type NdaFormView,
} from '../../services/confidential/nda.service';
import { revealConfidentialContent } from '../../services/confidential/reveal.service';

const formType = ({ form, approvedBy }: NdaFormView): NdaFormType => ({ ...form, approvedBy });

/** Who may read protected content, every read, and the agreements behind them (TIC 8.1, 8.2). */
@Resolver()
export class ConfidentialAccessResolver {
  @Mutation(() => RevealedContentType, {
    nullable: true,
    description:
      'Reads an item’s protected content for a stated purpose: logged, and watermarked with your name, party, the time and a fingerprint (TIC 8.1, 8.2)',
  })
  @Allow('revealConfidentialContent')
  revealConfidentialContent(
    @Ctx() ctx: RequestContext,
    @IdArg('itemId', { description: 'The item' }) itemId: string,
    @Arg('purpose', () => String, {
      nullable: true,
      description: 'Why you read it (required: TIC 8.1 allows use solely to perform the contract)',
    })
    purpose?: string | null,
  ): Promise<RevealedContentType> {
    return revealConfidentialContent(signedIn(ctx), { itemId, purpose: purpose ?? '' });
  }

  @Mutation(() => NeedToKnowGrantType, {
    nullable: true,
    description: 'Gives one of your users access to an item your party received (TIC 8.1(i))',
  })
  @Allow('manageNeedToKnow')
  grantNeedToKnow(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => GrantNeedToKnowInput, INPUT) input: GrantNeedToKnowInput,
  ): Promise<NeedToKnowGrantType> {
    return grantNeedToKnow(signedIn(ctx), input);
  }

  @Mutation(() => NeedToKnowGrantType, {
    nullable: true,
    description: 'Ends a need-to-know grant now (TIC 8.2)',
  })
  @Allow('manageNeedToKnow')
  revokeNeedToKnow(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RevokeNeedToKnowInput, INPUT) input: RevokeNeedToKnowInput,
  ): Promise<NeedToKnowGrantType> {
    return revokeNeedToKnow(signedIn(ctx), input);
  }

  @Query(() => AccessLogEntryConnection, {
    description: 'Every read of an item your party disclosed, newest first (TIC 8.2)',
  })
  @Allow('readAccessLog')
  accessLog(
    @Ctx() ctx: RequestContext,
    @IdArg('itemId', { description: 'The item' }) itemId: string,
    @Args() page: PageArgs,
  ): Promise<AccessLogEntryConnection> {
    return listAccessLog(signedIn(ctx), itemId, page);
  }

  @Query(() => NdaCoverageType, {
    description:
      "Your party's users with live grants or reads in the period, and whether their NDA or undertaking is on record (TIC 8.1(ii); JVC Art. 98)",
  })
  @Allow('readNdaCoverage')
  ndaCoverage(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => GraphQLLocalDate, { description: 'The first day of the period' })
    from: string,
    @Arg('to', () => GraphQLLocalDate, { description: 'The last day of the period' }) to: string,
  ): Promise<NdaCoverageType> {
    return ndaCoverage(signedIn(ctx), { from, to });
  }

  @Query(() => NdaFormConnection, {
    description:
      'The NDA forms on record and the parties that approved each, newest first (TIC 8.1(ii); JVC Art. 98)',
  })
  @Allow('readNdaForms')
  async ndaForms(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('partyCode', () => PartyCodeEnum, {
      nullable: true,
      description: 'Only the forms of this party’s staff',
    })
    partyCode?: PartyCode | null,
  ): Promise<NdaFormConnection> {
    return mapPage(await listNdaForms(signedIn(ctx), { partyCode }, page), formType);
  }

  @Mutation(() => NdaFormType, {
    nullable: true,
    description: 'Registers a form your staff sign (TIC 8.1(ii); JVC Art. 98)',
  })
  @Allow('manageNdaForms')
  async registerNdaForm(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterNdaFormInput, INPUT) input: RegisterNdaFormInput,
  ): Promise<NdaFormType> {
    return formType(await registerNdaForm(signedIn(ctx), input));
  }

  @Mutation(() => NdaFormType, {
    nullable: true,
    description:
      "Approves another party's form as satisfactory to your party as discloser (TIC 8.1(ii)); for the JV undertaking, as a Party (JVC Art. 98)",
  })
  @Allow('manageNdaForms')
  async approveNdaForm(
    @Ctx() ctx: RequestContext,
    @IdArg('formId', { description: 'The form' }) formId: string,
  ): Promise<NdaFormType> {
    return formType(await approveNdaForm(signedIn(ctx), formId));
  }

  @Mutation(() => NondisclosureAgreementType, {
    nullable: true,
    description: 'Records that one of your users executed an agreement (TIC 8.1(ii), 8.2)',
  })
  @Allow('recordNondisclosureAgreements')
  recordNondisclosureAgreement(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordNondisclosureAgreementInput, INPUT)
    input: RecordNondisclosureAgreementInput,
  ): Promise<NondisclosureAgreementType> {
    return recordNondisclosureAgreement(signedIn(ctx), input);
  }
}
