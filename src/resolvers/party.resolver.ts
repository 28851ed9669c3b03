import { Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import { PartyType } from '../schema/party.type';
import { listParties } from '../services/party.service';

@Resolver(() => PartyType)
export class PartyResolver {
  @Query(() => [PartyType], { description: 'The three parties to the contracts' })
  @Allow('readParties')
  parties(@Ctx() ctx: RequestContext): Promise<PartyType[]> {
    return listParties(signedIn(ctx));
  }
}
