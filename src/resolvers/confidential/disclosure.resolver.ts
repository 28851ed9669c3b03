import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../auth/allow';
import { signedIn, type RequestContext } from '../../auth/context';
import {
  ClaimExceptionInput,
  DecideDisclosureInput,
  DecideExceptionInput,
  RecordCompelledDisclosureInput,
  RequestDisclosureInput,
} from '../../schema/confidential/inputs';
import {
  DisclosureRequestConnection,
  DisclosureRequestType,
  ExceptionClaimType,
} from '../../schema/confidential/item.type';
import { DisclosureStatusEnum } from '../../schema/enums';
import { PageArgs } from '../../schema/page.args';
import type { DisclosureStatus } from '../../domain/confidential';
import { INPUT } from '../../schema/input-arg';
import {
  decideDisclosure,
  listDisclosureRequests,
  recordCompelledDisclosure,
  requestDisclosure,
} from '../../services/confidential/disclosure.service';
import { claimException, decideException } from '../../services/confidential/exception.service';

/** Disclosures beyond the receiving party and exceptions (TIC 8.1, 8.3; JVC Art. 96). */
@Resolver()
export class ConfidentialDisclosureResolver {
  @Query(() => DisclosureRequestConnection, {
    description:
      'Disclosure requests on the items you may see, newest first: e.g. the PENDING ones waiting for your party’s authorization (TIC 8.1)',
  })
  @Allow('readConfidentialItems')
  disclosureRequests(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('status', () => DisclosureStatusEnum, {
      nullable: true,
      description: 'Only requests in this status',
    })
    status?: DisclosureStatus | null,
  ): Promise<DisclosureRequestConnection> {
    return listDisclosureRequests(signedIn(ctx), { status }, page);
  }

  @Mutation(() => DisclosureRequestType, {
    nullable: true,
    description:
      "Asks the disclosing party's prior written authorization to disclose an item to a third party or an Affiliate (TIC 8.1): PENDING until it decides",
  })
  @Allow('requestDisclosures')
  requestDisclosure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RequestDisclosureInput, INPUT) input: RequestDisclosureInput,
  ): Promise<DisclosureRequestType> {
    return requestDisclosure(signedIn(ctx), input);
  }

  @Mutation(() => DisclosureRequestType, {
    nullable: true,
    description:
      'Authorizes or refuses a disclosure of an item your party disclosed (TIC 8.1); to Fengfan only with Valence’s written consent (TIC 2.4, 2.8; JVC Art. 45), and Technology only on a passing export check (TIC 12.2)',
  })
  @Allow('decideDisclosures')
  decideDisclosure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DecideDisclosureInput, INPUT) input: DecideDisclosureInput,
  ): Promise<DisclosureRequestType> {
    return decideDisclosure(signedIn(ctx), input);
  }

  @Mutation(() => DisclosureRequestType, {
    nullable: true,
    description:
      'Records a disclosure compelled by law, with the written notice given to the disclosing party before it (TIC 8.3(d))',
  })
  @Allow('recordCompelledDisclosures')
  recordCompelledDisclosure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordCompelledDisclosureInput, INPUT)
    input: RecordCompelledDisclosureInput,
  ): Promise<DisclosureRequestType> {
    return recordCompelledDisclosure(signedIn(ctx), input);
  }

  @Mutation(() => ExceptionClaimType, {
    nullable: true,
    description: 'Claims an exception on an item your party received (TIC 8.3(a)-(c))',
  })
  @Allow('claimExceptions')
  claimException(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ClaimExceptionInput, INPUT) input: ClaimExceptionInput,
  ): Promise<ExceptionClaimType> {
    return claimException(signedIn(ctx), input);
  }

  @Mutation(() => ExceptionClaimType, {
    nullable: true,
    description:
      'Accepts (the item is RELEASED) or rejects an exception claimed on an item your party disclosed',
  })
  @Allow('decideExceptions')
  decideException(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DecideExceptionInput, INPUT) input: DecideExceptionInput,
  ): Promise<ExceptionClaimType> {
    return decideException(signedIn(ctx), input);
  }
}
