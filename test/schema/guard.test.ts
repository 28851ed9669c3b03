import 'reflect-metadata';
import { graphql, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { Field, FieldResolver, ObjectType, Query, Resolver, buildSchemaSync } from 'type-graphql';
import { Allow } from '../../src/auth/allow';
import { guardSchema, permissionOf, unruledRootFields } from '../../src/auth/guard';
import type { RequestContext } from '../../src/auth/context';
import { buildAppSchema } from '../../src/schema/build-schema';

@ObjectType()
class Sheet {
  @Field()
  title: string;
}

@Resolver(() => Sheet)
class UnguardedResolver {
  @Query(() => String)
  forgottenRule(): string {
    return 'leaked';
  }

  @Query(() => Sheet)
  @Allow('readParties')
  guarded(): Sheet {
    return { title: 'ok' };
  }

  @FieldResolver(() => String)
  @Allow('readContractRecords')
  evidence(): string {
    return 'evidence';
  }
}

const schema = guardSchema(buildSchemaSync({ resolvers: [UnguardedResolver] }));
const user = (roles: string[]) =>
  ({
    user: {
      id: 'u',
      email: 'e',
      displayName: 'd',
      party: 'JV',
      roles,
      ndaExecutedAt: null,
    },
  }) as unknown as RequestContext;
const asViewer = user(['VIEWER']);

describe('the policy guard', () => {
  it('refuses a root field that names no rule, even to a signed-in user', async () => {
    const result = await graphql({ schema, source: '{ forgottenRule }', contextValue: asViewer });
    expect(result.data).toBeNull();
    expect(result.errors?.[0].message).toContain('has no permission rule');
  });

  it('names the root fields without a rule, so that such a schema is not built', () => {
    expect(unruledRootFields(schema)).toEqual(['Query.forgottenRule']);
    expect(unruledRootFields(buildAppSchema())).toEqual([]);
  });

  it('lets a granted user through a field with a rule, and a nested field without one', async () => {
    const result = await graphql({
      schema,
      source: '{ guarded { title } }',
      contextValue: asViewer,
    });
    expect(result).toEqual({ data: { guarded: { title: 'ok' } } });
  });

  it('refuses a nested field whose rule the caller is not granted', async () => {
    // readContractRecords: LEGAL, COMPLIANCE and ENGINEER, not VIEWER (TIC 8.1(i)).
    const viewer = await graphql({
      schema,
      source: '{ guarded { evidence } }',
      contextValue: asViewer,
    });
    expect(viewer.errors?.[0].message).toContain('may not call evidence');
    const legal = await graphql({
      schema,
      source: '{ guarded { evidence } }',
      contextValue: user(['LEGAL']),
    });
    expect(legal).toEqual({ data: { guarded: { evidence: 'evidence' } } });
  });

  it('refuses an anonymous caller', async () => {
    const result = await graphql({
      schema,
      source: '{ guarded { title } }',
      contextValue: { user: null },
    });
    expect(result.errors?.[0].message).toMatch(/token is required/);
  });
});

/** Every field of the application's schema that carries a rule, roots included. */
const appSchema = buildAppSchema();
const ruledFields = Object.values(appSchema.getTypeMap())
  .filter(isObjectType)
  .filter((type) => !type.name.startsWith('__'))
  .flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => permissionOf(type, field.name))
      .map((field) => [`${type.name}.${field.name}`, field] as const),
  );

describe("the application's schema", () => {
  it('finds root and nested fields with rules', () => {
    const names = ruledFields.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['Query.contracts', 'Contract.keyTerms']));
  });

  it.each(ruledFields)('%s refuses an anonymous caller and a user with no role', (_name, field) => {
    const info = { fieldName: field.name } as GraphQLResolveInfo;
    const call = (context: RequestContext) => () => field.resolve!(undefined, {}, context, info);
    expect(call({ user: null } as RequestContext)).toThrow(/token is required/);
    expect(call(user([]))).toThrow(`may not call ${field.name}`);
  });
});
