import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../../src/schema/build-schema';

describe('schema.graphql', () => {
  it('is what the resolvers build (run `npm run schema:print` after changing the API)', () => {
    const checkedIn = readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8');
    expect(checkedIn).toBe(printAppSchema());
  });
});
