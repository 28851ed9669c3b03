import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadTokenKey } from '../auth/signing-key';
import { signLocalToken } from '../auth/tokens';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { UserEntity } from '../entities';
import { serviceTokenTtl } from '../rules/service-token';

/**
 * `npm run token:service -- --email <service account> [--ttl <seconds>]`: an administrator
 * mints a token for a script. The lifetime is capped (SERVICE_TOKEN_MAX_TTL_SECONDS and
 * JWT_MAX_AGE_SECONDS): a leaked token expires on its own.
 */
async function run(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, ttl: { type: 'string' } },
  });
  if (!values.email) {
    throw new Error('Usage: npm run token:service -- --email <service account> [--ttl <seconds>]');
  }
  const config = loadConfig();
  const ttl = serviceTokenTtl({
    requested: values.ttl === undefined ? null : Number(values.ttl),
    cap: Math.min(config.jwt.serviceTokenMaxTtlSeconds, config.jwt.maxAgeSeconds),
  });
  if ('refusal' in ttl) throw new Error(`--ttl ${ttl.refusal}`);
  const key = loadTokenKey(config);
  const database = await openDatabase(config);
  try {
    const user = await database.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: values.email })
      .getOne();
    if (!user || user.kind !== 'SERVICE') throw new Error(`No service account ${values.email}`);
    if (!user.active) throw new Error(`${values.email} is deactivated`);
    console.log(signLocalToken(user.id, key, config, ttl.seconds));
  } finally {
    await database.close();
  }
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
