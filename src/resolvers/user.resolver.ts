import { INPUT } from '../schema/input-arg';
import { IdArg } from '../schema/id';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import { PageArgs } from '../schema/page.args';
import { UserOrder } from '../schema/order';
import { CreateUserInput } from '../schema/user.inputs';
import { UserConnection, UserType } from '../schema/user.type';
import { createUser, deactivateUser, listUsers } from '../services/user.service';

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserConnection, { description: "The users of the caller's own party" })
  @Allow('readUsers')
  users(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('orderBy', () => UserOrder, {
      nullable: true,
      description: 'The order of the list (default: by e-mail, ascending)',
    })
    orderBy?: UserOrder,
  ): Promise<UserConnection> {
    return listUsers(signedIn(ctx), page, orderBy);
  }

  @Mutation(() => UserType, {
    nullable: true,
    description: "Creates a user in the ADMIN's own party",
  })
  @Allow('manageUsers')
  createUser(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateUserInput, INPUT) input: CreateUserInput,
  ): Promise<UserType> {
    return createUser(signedIn(ctx), input);
  }

  @Mutation(() => UserType, {
    nullable: true,
    description: 'Locks a user of the own party out at once',
  })
  @Allow('manageUsers')
  deactivateUser(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The user to deactivate' }) id: string,
  ): Promise<UserType> {
    return deactivateUser(signedIn(ctx), id);
  }
}
