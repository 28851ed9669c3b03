import { ArgumentValidationError, type ResolverData } from 'type-graphql';
import { PageArgs } from '../../../src/schema/page.args';
import { validateInput } from '../../../src/schema/validate-input';
import { Length, ValidateNested } from 'class-validator';

const page = (first: number, after: string | null = null) =>
  Object.assign(new PageArgs(), { first, after });

const validate = (value: unknown) =>
  validateInput(value, PageArgs, {} as ResolverData<object>) as Promise<void>;

class Named {
  @Length(1, 10)
  name!: string;

  @ValidateNested()
  inner?: Named;
}

describe('validateInput', () => {
  it('checks a page against its rules every time its values are not known valid', async () => {
    await expect(validate(page(20))).resolves.toBeUndefined();
    await expect(validate(page(20))).resolves.toBeUndefined();
    // PageArgs: first from 1 to 100 (services/pagination.ts MAX_PAGE_SIZE).
    for (const first of [0, 101, 0]) {
      await expect(validate(page(first))).rejects.toBeInstanceOf(ArgumentValidationError);
    }
    await expect(validate(page(100, 'cursor'))).resolves.toBeUndefined();
  });

  it('checks text trimmed, and an input holding another input every time', async () => {
    const named = (name: string, inner?: Named) => Object.assign(new Named(), { name, inner });
    await expect(validate(named('  Valence  '))).resolves.toBeUndefined();
    await expect(validate(named('   '))).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(validate(named('JV', named('ok')))).resolves.toBeUndefined();
    await expect(validate(named('JV', named('far too long a name')))).rejects.toBeInstanceOf(
      ArgumentValidationError,
    );
  });
});
