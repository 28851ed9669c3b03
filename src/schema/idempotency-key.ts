import { IsOptional, Matches } from 'class-validator';
import { Field } from 'type-graphql';

/**
 * The input field every create-type mutation takes so that a client can retry it safely: the
 * same key with the same input returns the first result and creates nothing; with another
 * input it is a CONFLICT (see README, "Retrying safely").
 */
export function IdempotencyKey(): PropertyDecorator {
  return (target, property) => {
    Field(() => String, {
      nullable: true,
      description:
        'A key you choose (1-200 printable ASCII characters, e.g. a UUID) to retry this request ' +
        'safely: the same key and input return the first result and create nothing; the same ' +
        'key with another input is a CONFLICT',
    })(target, property);
    IsOptional()(target, property);
    Matches(/^[\x21-\x7e]{1,200}$/, {
      message: 'idempotencyKey must be 1 to 200 printable ASCII characters',
    })(target, property);
  };
}
