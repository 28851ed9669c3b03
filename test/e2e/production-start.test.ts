/**
 * A production start on an empty database: the owner migrates and seeds the parties and the
 * contracts, but no demo user and no e-mail domain; the first ADMIN of a party comes from
 * `npm run user:create` (services/user-provisioning.ts).
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/open-database';
import { seedDatabase } from '../../src/seed/seed';
import { provisionUser } from '../../src/services/user-provisioning';
import { withDatabase } from '../support/test-env';

const database = `test_production_${randomBytes(6).toString('hex')}`;
const admin = () => process.env.TEST_PG_ADMIN_URL!;

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: admin() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(() => adminQuery(`CREATE DATABASE ${database}`));
afterAll(() => adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));

it('seeds no demo users; the first ADMIN is created from the command line', async () => {
  const saved = { ...process.env };
  Object.assign(process.env, {
    NODE_ENV: 'production',
    DATABASE_URL: withDatabase(process.env.TEST_PG_APP_URL!, database),
    MIGRATION_DATABASE_URL: withDatabase(admin(), database),
  });
  try {
    const opened = await openDatabase(loadConfig(), {
      keepOwner: true,
      prepare: async (owner) => {
        await seedDatabase(owner, { demoUsers: false });
      },
    });
    try {
      const [row] = await opened.db.query(`
        SELECT (SELECT count(*)::int FROM app_user) AS users,
               (SELECT count(*)::int FROM contract) AS contracts,
               (SELECT count(*)::int FROM party WHERE email_domains <> '{}') AS "partiesWithDomains"`);
      expect(row).toEqual({ users: 0, contracts: 2, partiesWithDomains: 0 });

      const first = await provisionUser(opened.owner!, {
        party: 'VALENCE',
        email: 'it.admin@valence.com',
        displayName: 'IT Admin',
        roles: ['ADMIN'],
        kind: 'PERSON',
        externalSubject: null,
        addDomains: ['valence.com'],
      });
      expect(first).toMatchObject({ partyCode: 'VALENCE', roles: ['ADMIN'], kind: 'PERSON' });
      const [party] = await opened.db.query(
        `SELECT email_domains FROM party WHERE code = 'VALENCE'`,
      );
      expect(party.email_domains).toEqual(['valence.com']);
    } finally {
      await opened.close();
    }
  } finally {
    process.env = saved;
  }
}, 60_000);
