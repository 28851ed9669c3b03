import 'reflect-metadata';
import { graphql } from 'graphql';
import { Query, Resolver, buildSchemaSync } from 'type-graphql';
import { Allow } from '../../src/auth/allow';
import { policyGuard } from '../../src/auth/guard';
import type { RequestContext } from '../../src/auth/context';

@Resolver()
class UnguardedResolver {
  @Query(() => String)
  forgottenRule(): string {
    return 'leaked';
  }

  @Query(() => String)
  @Allow('readParties')
  guarded(): string {
    return 'ok';
  }
}

const schema = buildSchemaSync({
  resolvers: [UnguardedResolver],
  globalMiddlewares: [policyGuard],
});
const asViewer = {
  user: {
    id: 'u',
    email: 'e',
    displayName: 'd',
    party: 'JV',
    roles: ['VIEWER'],
    ndaExecutedAt: null,
  },
} as unknown as RequestContext;

describe('the policy guard', () => {
  it('refuses a root field that names no rule, even to a signed-in user', async () => {
    const result = await graphql({ schema, source: '{ forgottenRule }', contextValue: asViewer });
    expect(result.data).toBeNull();
    expect(result.errors?.[0].message).toContain('has no permission rule');
  });

  it('lets a granted user through a field with a rule', async () => {
    const result = await graphql({ schema, source: '{ guarded }', contextValue: asViewer });
    expect(result).toEqual({ data: { guarded: 'ok' } });
  });

  it('refuses an anonymous caller', async () => {
    const result = await graphql({ schema, source: '{ guarded }', contextValue: { user: null } });
    expect(result.errors?.[0].message).toMatch(/token is required/);
  });
});
