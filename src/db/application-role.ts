import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * The role the migrations grant the application's privileges to (see the migration
 * 1763900300000-grant-application-role). It cannot log in; login roles are its members.
 */
export const APPLICATION_GROUP = 'compliance_app';

/** The login role the embedded database and the tests give the server. */
export const EMBEDDED_APPLICATION_LOGIN = 'compliance_api';

/**
 * Creates (or updates) a login role that is a member of the application group and owns
 * nothing. Roles are cluster-wide and several processes may do this at once on a shared
 * server, so every step tolerates having been done by someone else.
 */
export async function ensureApplicationLogin(
  adminUrl: string,
  login: string,
  password: string,
): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const [role, attributes] of [
      [APPLICATION_GROUP, 'NOLOGIN'],
      [login, 'LOGIN'],
    ]) {
      await client.query(`
        DO $$ BEGIN
          CREATE ROLE ${role} ${attributes} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$`);
    }
    await client
      .query(`ALTER ROLE ${login} WITH LOGIN PASSWORD '${password.replace(/'/g, "''")}'`)
      .catch(ignoreConcurrentUpdate);
    await client.query(`GRANT ${APPLICATION_GROUP} TO ${login}`).catch(ignoreConcurrentUpdate);
  } finally {
    await client.end();
  }
}

function ignoreConcurrentUpdate(error: { code?: string }): void {
  // "tuple concurrently updated" when two processes change the same role at once: the other
  // one did the same thing.
  if (error.code !== 'XX000' && error.code !== '23505') throw error;
}

export interface RoleStanding {
  role: string;
  superuser: boolean;
  /** Owns (or is a member of the owner of) a table in the application's schema. */
  ownsTables: boolean;
}

/** What the connected role may do beyond its grants: a superuser or owner bypasses them. */
export async function roleStanding(db: DataSource): Promise<RoleStanding> {
  const [row] = (await db.query(`
    SELECT current_user AS role, r.rolsuper AS superuser,
           EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                     AND pg_has_role(current_user, c.relowner, 'USAGE')) AS "ownsTables"
    FROM pg_roles r WHERE r.rolname = current_user`)) as RoleStanding[];
  return row;
}
