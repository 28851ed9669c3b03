import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../schema/build-schema';

/** `npm run schema:print`: rewrites the checked-in schema.graphql from the resolvers. */
const target = path.resolve(__dirname, '../../schema.graphql');
writeFileSync(target, printAppSchema());
console.log(`Wrote ${target}`);
