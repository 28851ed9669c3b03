import 'reflect-metadata';
import type { GraphQLObjectType } from 'graphql';
import { permissionOf } from '../../src/auth/guard';
import { POLICY } from '../../src/auth/policy';
import { HTTP_ROUTES } from '../../src/auth/http-permission';
import { buildAppSchema } from '../../src/schema/build-schema';

const schema = buildAppSchema();
const rootTypes = [schema.getQueryType(), schema.getMutationType()].filter(
  (type): type is GraphQLObjectType => Boolean(type),
);
const rootFields = rootTypes.flatMap((type) =>
  Object.keys(type.getFields()).map((field) => ({ type, field })),
);

describe('deny by default', () => {
  it('finds the root fields to check', () => {
    expect(rootFields.length).toBeGreaterThanOrEqual(8);
  });

  it.each(rootFields.map(({ type, field }) => [`${type.name}.${field}`, type, field] as const))(
    '%s names a rule of the policy',
    (_name, type, field) => {
      expect(permissionOf(type, field)).not.toBeNull();
    },
  );

  it('uses every rule of the policy, and every rule cites an article', () => {
    const used = new Set(rootFields.map(({ type, field }) => permissionOf(type, field)));
    // Rules of the HTTP routes beside /graphql (exports, the board report: issue 16).
    for (const route of Object.values(HTTP_ROUTES)) used.add(route.permission);
    for (const [permission, rule] of Object.entries(POLICY)) {
      expect({ permission, used: used.has(permission as keyof typeof POLICY) }).toEqual({
        permission,
        used: true,
      });
      expect(rule.article).toMatch(/(TIC|JVC|C\.F\.R\.)/);
    }
  });
});
