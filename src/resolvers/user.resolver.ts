import { GraphQLUUID } from 'graphql-scalars';
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

  @Mutation(() => UserType, { description: "Creates a user in the ADMIN's own party" })
  @Allow('manageUsers')
  createUser(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
  ): Promise<UserType> {
    return createUser(signedIn(ctx), input);
  }

  @Mutation(() => UserType, { description: 'Locks a user of the own party out at once' })
  @Allow('manageUsers')
  deactivateUser(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => GraphQLUUID) id: string,
  ): Promise<UserType> {
    return deactivateUser(signedIn(ctx), id);
  }
}
