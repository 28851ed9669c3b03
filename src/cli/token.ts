import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadTokenKey } from '../auth/signing-key';
import { signDevelopmentToken } from '../auth/tokens';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { UserEntity } from '../entities';

/** `npm run token -- --email legal@valence.demo`: prints a development bearer token. */
async function run(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' } } });
  if (!values.email) throw new Error('Usage: npm run token -- --email <user e-mail>');
  const config = loadConfig();
  if (config.production) {
    throw new Error(
      "People sign in through their party's identity provider; scripts use npm run token:service",
    );
  }
  const key = loadTokenKey(config);
  const database = await openDatabase(config);
  try {
    const user = await database.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: values.email })
      .getOne();
    if (!user) throw new Error(`No user with e-mail ${values.email}`);
    if (!user.active) throw new Error(`${values.email} is deactivated`);
    console.log(signDevelopmentToken(user.id, key, config));
  } finally {
    await database.close();
  }
}

run().catch((error: unknown) => {
  console.error(
    error instanceof Error ? error.message : `Could not sign a token: ${String(error)}`,
  );
  process.exit(1);
});
