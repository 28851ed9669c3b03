import 'reflect-metadata';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLNamedType,
} from 'graphql';
import { buildAppSchema } from '../../src/schema/build-schema';

/**
 * Documentation lives in the schema: every type, field, argument, input field and enum value
 * the API defines has a description, so that a client's explorer explains each one (citing
 * the article that governs it, where one does). GraphQL's own types are left to the spec.
 */
function undocumented(): string[] {
  const missing: string[] = [];
  const need = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  const types = Object.values(buildAppSchema().getTypeMap()).filter(
    (type: GraphQLNamedType) => !type.name.startsWith('__'),
  );
  for (const type of types) {
    if (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) {
      continue;
    }
    need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) {
          need(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    } else if (isUnionType(type)) {
      // A union's members are object types, checked on their own.
    }
  }
  return missing.sort();
}

describe('the schema documents itself', () => {
  it('has a description on every type, field, argument, input field and enum value', () => {
    expect(undocumented()).toEqual([]);
  });

  it('has one id type: no UUID scalar, ids are ID in and out', () => {
    expect(buildAppSchema().getType('UUID')).toBeUndefined();
  });
});
