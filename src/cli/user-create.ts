import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import type { PartyCode, Role } from '../domain/parties';
import { provisionUser } from '../services/user-provisioning';

const USAGE = `Usage: npm run user:create -- --party VALENCE --email it.admin@valence.com \\
  --name "IT Admin" --roles ADMIN [--domain valence.com]... [--subject <IdP sub>] [--service]`;

/**
 * `npm run user:create`: creates a party's first ADMIN (or a service account for scripts),
 * adding the party's e-mail domains on the way. Runs as the schema owner.
 */
async function run(): Promise<void> {
  const { values } = parseArgs({
    options: {
      party: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'string' },
      domain: { type: 'string', multiple: true },
      subject: { type: 'string' },
      service: { type: 'boolean' },
    },
  });
  if (!values.party || !values.email || !values.name || !values.roles) throw new Error(USAGE);
  const database = await openDatabase(loadConfig(), { keepOwner: true });
  try {
    const user = await provisionUser(database.owner!, {
      party: values.party.toUpperCase() as PartyCode,
      email: values.email,
      displayName: values.name,
      roles: values.roles.split(',').map((role) => role.trim().toUpperCase()) as Role[],
      kind: values.service ? 'SERVICE' : 'PERSON',
      externalSubject: values.subject ?? null,
      addDomains: values.domain ?? [],
    });
    console.log(
      `Created ${user.kind.toLowerCase()} ${user.email} (${user.id}) in ${user.partyCode}`,
    );
  } finally {
    await database.close();
  }
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
