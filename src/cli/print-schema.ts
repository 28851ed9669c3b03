import { writeFileSync } from 'node:fs';
import { projectPath } from '../project-root';
import { printAppSchema } from '../schema/build-schema';

/** `npm run schema:print`: rewrites the checked-in schema.graphql from the resolvers. */
const target = projectPath('schema.graphql');
writeFileSync(target, printAppSchema());
console.log(`Wrote ${target}`);
