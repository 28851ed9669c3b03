import {
  createParameterDecorator,
  Field,
  ID,
  type ArgOptions,
  type FieldOptions,
} from 'type-graphql';
import { IsOptional, IsUUID, isUUID } from 'class-validator';
import { BadInputError } from '../errors';

/**
 * One identifier type in and out: every id is a GraphQL `ID`, so an id read from a result can
 * be passed back as a variable of the same type. Ids here are UUIDs, so an input id is checked
 * to be one and refused as BAD_USER_INPUT naming its field before any query runs.
 */
export function IdField(options: FieldOptions = {}): PropertyDecorator {
  return (target, property) => {
    Field(() => ID, options)(target, property);
    if (options.nullable) IsOptional()(target, property);
    IsUUID('all', { message: `${String(property)} must be a UUID` })(target, property);
  };
}

/** An id argument, checked as `IdField` checks an input field. */
export function IdArg(
  name: string,
  options: ArgOptions = {},
): ReturnType<typeof createParameterDecorator> {
  return createParameterDecorator(
    ({ args }) => {
      const value: unknown = args[name];
      if (value === undefined || value === null) return value;
      if (typeof value !== 'string' || !isUUID(value, 'all')) {
        throw new BadInputError(name, 'must be a UUID');
      }
      return value;
    },
    { arg: { name, typeFunc: () => ID, options } },
  );
}
