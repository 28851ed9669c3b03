import { Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import { getCurrentUser } from '../services/user.service';
import { UserType } from '../schema/user.type';

@Resolver()
export class IdentityResolver {
  @Query(() => UserType, { description: 'The signed-in user' })
  @Allow('me')
  me(@Ctx() ctx: RequestContext): Promise<UserType> {
    return getCurrentUser(signedIn(ctx));
  }
}
