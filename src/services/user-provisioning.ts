import type { DataSource } from 'typeorm';
import { PARTY_CODES, ROLES, type PartyCode, type Role, type UserKind } from '../domain/parties';
import { AuditEventEntity, PartyEntity, UserEntity } from '../entities';
import { emailDomainRefusal } from '../rules/email-domain';

export interface ProvisionedUser {
  party: PartyCode;
  email: string;
  displayName: string;
  roles: Role[];
  kind: UserKind;
  externalSubject: string | null;
  /** E-mail domains added to the party before the user is created. */
  addDomains: string[];
}

/**
 * What an operator does from the command line as the schema owner, before any ADMIN exists:
 * adds a party's e-mail domains and creates a user (the party's first ADMIN, or a service
 * account). Recorded in the audit trail with no acting user.
 */
export async function provisionUser(
  owner: DataSource,
  input: ProvisionedUser,
): Promise<UserEntity> {
  if (!PARTY_CODES.includes(input.party)) throw new Error(`Unknown party ${input.party}`);
  const unknown = input.roles.filter((role) => !ROLES.includes(role));
  if (input.roles.length === 0 || unknown.length > 0) {
    throw new Error(`Roles must be among ${ROLES.join(', ')}`);
  }
  const email = input.email.trim().toLowerCase();
  return owner.transaction(async (manager) => {
    for (const domain of input.addDomains.map((d) => d.trim().toLowerCase()).filter(Boolean)) {
      await manager.query(
        `UPDATE party SET email_domains = array_append(email_domains, $2)
         WHERE code = $1 AND NOT ($2 = ANY (email_domains))`,
        [input.party, domain],
      );
    }
    const party = await manager.getRepository(PartyEntity).findOneByOrFail({ code: input.party });
    const refusal = emailDomainRefusal({ email, domains: party.emailDomains });
    if (refusal) throw new Error(`${email} ${refusal.reason} (add one with --domain)`);
    const users = manager.getRepository(UserEntity);
    const taken = await users
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email })
      .getExists();
    if (taken) throw new Error(`${email} is already in use`);
    const user = await users.save(
      users.create({
        email,
        displayName: input.displayName.trim(),
        partyCode: input.party,
        roles: [...new Set(input.roles)],
        kind: input.kind,
        externalSubject: input.externalSubject,
        active: true,
        ndaExecutedAt: null,
      }),
    );
    await manager.getRepository(AuditEventEntity).insert({
      actorUserId: null,
      actorParty: input.party,
      operation: input.kind === 'SERVICE' ? 'createServiceAccount' : 'createUser',
      entity: 'User',
      entityId: user.id,
      before: null,
      after: { email, roles: user.roles, kind: user.kind, domainsAdded: input.addDomains },
    });
    return user;
  });
}
