import { randomUUID } from 'node:crypto';
import type { PartyCode, Role } from '../../src/domain/parties';
import { AuditEventEntity, ContractEntity, UserEntity } from '../../src/entities';
import {
  errorCodes,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
  returnedNothing,
} from '../support/test-app';
import {
  ALL_ROLES,
  CALLERS,
  everyParty,
  matrixCases,
  PARTIES,
  type Caller,
  type Grants,
} from '../support/permission-matrix';

let t: TestApp;
let ticId: string;
beforeAll(async () => {
  t = await startTestApp();
  ticId = (await t.db.getRepository(ContractEntity).findOneByOrFail({ code: 'TIC' })).id;
});
afterAll(() => t.close());

type Field =
  | 'me'
  | 'parties'
  | 'contracts'
  | 'contract'
  | 'users'
  | 'auditEvents'
  | 'createUser'
  | 'deactivateUser';

/**
 * The expected policy, written out: for each root field, the roles of each party that may
 * call it. Everyone else must be refused with FORBIDDEN.
 */
const ALLOWED: Record<Field, Grants> = {
  me: everyParty(ALL_ROLES),
  parties: everyParty(ALL_ROLES),
  contracts: everyParty(ALL_ROLES),
  contract: everyParty(ALL_ROLES),
  users: everyParty(['ADMIN']),
  createUser: everyParty(['ADMIN']),
  deactivateUser: everyParty(['ADMIN']),
  auditEvents: everyParty(['ADMIN', 'LEGAL']),
};

/** The article every denial of a restricted field must cite (among others it may cite). */
const CITES: Record<'users' | 'auditEvents' | 'createUser' | 'deactivateUser', string> = {
  users: 'TIC 8.2',
  createUser: 'TIC 8.2',
  deactivateUser: 'TIC 8.2',
  auditEvents: 'TIC 8.2',
};

type Variables = Record<string, unknown>;
type Data = Record<string, unknown>;
interface Connection<T> {
  edges: Array<{ node: T }>;
  pageInfo: { hasNextPage: boolean };
}
interface UserNode {
  id: string;
  email: string;
  partyCode: PartyCode;
  roles: Role[];
  active: boolean;
}
interface AuditNode {
  id: string;
  actorParty: PartyCode;
  actorUserId: string | null;
  operation: string;
  entity: string;
  entityId: string;
}

const demoEmail = (party: PartyCode, role: Role) =>
  `${role.toLowerCase()}@${party.toLowerCase()}.demo`;
const nodes = <T>(connection: unknown): T[] =>
  (connection as Connection<T>).edges.map((edge) => edge.node);

/** Every user this file creates, by party, so the users list can be checked exactly. */
const created: Record<PartyCode, Array<{ id: string; email: string }>> = {
  VALENCE: [],
  FENGFAN: [],
  JV: [],
};
let sequence = 0;
const uniqueEmail = (label: string) => `${label}-${(sequence += 1)}-${randomUUID()}@example.test`;

const CREATE_USER = `mutation($input: CreateUserInput!) {
  createUser(input: $input) { id email partyCode roles active }
}`;
const DEACTIVATE_USER = `mutation($id: ID!) { deactivateUser(id: $id) { id partyCode active } }`;
const USERS = `{
  users(first: 100) { edges { node { id email partyCode roles active } } pageInfo { hasNextPage } }
}`;
const AUDIT_EVENTS = `{
  auditEvents(first: 100) {
    edges { node { id actorParty actorUserId operation entity entityId } }
    pageInfo { hasNextPage }
  }
}`;

/** A user of `party` created by its ADMIN through the API, to be deactivated by a test. */
async function createTarget(party: PartyCode): Promise<string> {
  const email = uniqueEmail(`target-${party.toLowerCase()}`);
  const response = await t.gql<{ createUser: UserNode }>(
    CREATE_USER,
    { input: { email, displayName: 'Deactivation target', roles: ['VIEWER'] } },
    { party, role: 'ADMIN' },
  );
  expect(response.errors).toBeUndefined();
  const user = response.data!.createUser;
  created[party].push({ id: user.id, email: user.email });
  return user.id;
}

async function isActive(id: string): Promise<boolean> {
  return (await t.db.getRepository(UserEntity).findOneByOrFail({ id })).active;
}

interface Operation {
  document: string;
  variables: (caller: Caller | null) => Promise<Variables>;
  /** What an allowed call must return (and do). */
  allowed: (data: Data, caller: Caller, variables: Variables) => Promise<void>;
  /** What a refused call must not have done. */
  refused: (variables: Variables) => Promise<void>;
}

const nothing = async () => {};
const noVariables = async () => ({});

const OPERATIONS: Record<Field, Operation> = {
  me: {
    document: '{ me { id email partyCode roles } }',
    variables: noVariables,
    allowed: async (data, { party, role }) => {
      expect(data.me).toEqual({
        id: await t.userId(party, role),
        email: demoEmail(party, role),
        partyCode: party,
        roles: [role],
      });
    },
    refused: nothing,
  },
  parties: {
    document: '{ parties { code } }',
    variables: noVariables,
    allowed: async (data) => {
      expect(data.parties).toEqual([{ code: 'FENGFAN' }, { code: 'JV' }, { code: 'VALENCE' }]);
    },
    refused: nothing,
  },
  contracts: {
    document: '{ contracts(first: 10) { edges { node { code } } } }',
    variables: noVariables,
    allowed: async (data) => {
      expect(nodes(data.contracts)).toEqual([{ code: 'JVC' }, { code: 'TIC' }]);
    },
    refused: nothing,
  },
  contract: {
    document: 'query($id: ID!) { contract(id: $id) { id code } }',
    variables: async () => ({ id: ticId }),
    allowed: async (data) => {
      expect(data.contract).toEqual({ id: ticId, code: 'TIC' });
    },
    refused: nothing,
  },
  users: {
    document: USERS,
    variables: noVariables,
    allowed: async (data, { party }) => {
      const users = nodes<UserNode>(data.users);
      expect(users.length).toBeGreaterThanOrEqual(5);
      expect(new Set(users.map((user) => user.partyCode))).toEqual(new Set([party]));
    },
    refused: nothing,
  },
  auditEvents: {
    document: AUDIT_EVENTS,
    variables: noVariables,
    allowed: async (data, { party }) => {
      for (const event of nodes<AuditNode>(data.auditEvents)) {
        expect(event.actorParty).toBe(party);
      }
    },
    refused: nothing,
  },
  createUser: {
    document: CREATE_USER,
    variables: async (caller) => ({
      input: {
        email: uniqueEmail(`matrix-${caller ? caller.role.toLowerCase() : 'anonymous'}`),
        displayName: 'Matrix user',
        roles: ['ENGINEER'],
      },
    }),
    allowed: async (data, { party }, variables) => {
      const { email } = variables.input as { email: string };
      const user = data.createUser as UserNode;
      expect(user).toMatchObject({ email, partyCode: party, roles: ['ENGINEER'], active: true });
      created[party].push({ id: user.id, email });
      const row = await t.db.getRepository(UserEntity).findOneByOrFail({ id: user.id });
      expect(row.partyCode).toBe(party);
    },
    refused: async (variables) => {
      const { email } = variables.input as { email: string };
      expect(await t.db.getRepository(UserEntity).countBy({ email })).toBe(0);
    },
  },
  deactivateUser: {
    document: DEACTIVATE_USER,
    // A fresh user of the caller's own party: if the guard let a call through, it would work.
    variables: async (caller) => ({
      id: caller ? await createTarget(caller.party) : await t.userId('VALENCE', 'VIEWER'),
    }),
    allowed: async (data, { party }, variables) => {
      expect(data.deactivateUser).toEqual({ id: variables.id, partyCode: party, active: false });
      expect(await isActive(variables.id as string)).toBe(false);
    },
    refused: async (variables) => {
      expect(await isActive(variables.id as string)).toBe(true);
    },
  },
};

const FIELDS = Object.keys(OPERATIONS) as Field[];

function fieldData(response: GraphQLResponse<Data>, field: Field): unknown {
  return response.data?.[field] ?? null;
}

describe('the permission matrix', () => {
  it('covers the 15 demo users and the 8 root fields of the first slice', async () => {
    expect(CALLERS).toHaveLength(15);
    expect(FIELDS).toHaveLength(8);
    for (const { party, role } of CALLERS) {
      expect(await t.userId(party, role)).toEqual(expect.any(String));
    }
  });

  const cases = matrixCases(FIELDS, ALLOWED);

  it.each(cases)('$field as $party $role: $verdict', async ({ field, party, role, verdict }) => {
    const operation = OPERATIONS[field];
    const caller = { party, role };
    const variables = await operation.variables(caller);
    const response = await t.gql<Data>(operation.document, variables, caller);
    if (verdict === 'allowed') {
      expect(response.errors).toBeUndefined();
      expect(fieldData(response, field)).not.toBeNull();
      await operation.allowed(response.data!, caller, variables);
      return;
    }
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(fieldData(response, field)).toBeNull();
    const [error] = response.errors!;
    expect(error.path).toEqual([field]);
    const article = error.extensions?.article;
    expect(typeof article).toBe('string');
    expect(article).toContain(CITES[field as keyof typeof CITES]);
    expect(error.message).toContain(`(${String(article)})`);
    await operation.refused(variables);
  });
});

describe('anonymous calls', () => {
  it.each(FIELDS)('%s without a token is UNAUTHENTICATED', async (field) => {
    const operation = OPERATIONS[field];
    const variables = await operation.variables(null);
    const response = await t.gql<Data>(operation.document, variables, null);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(fieldData(response, field)).toBeNull();
    await operation.refused(variables);
  });
});

describe('scoping of the allowed calls', () => {
  it.each(PARTIES)("%s ADMIN's users lists exactly its own party's users", async (party) => {
    await createTarget(party);
    const others = PARTIES.filter((other) => other !== party);
    for (const other of others) expect(created[other].length).toBeGreaterThan(0);

    const response = await t.gql<{ users: Connection<UserNode> }>(
      USERS,
      {},
      { party, role: 'ADMIN' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.users.pageInfo.hasNextPage).toBe(false);
    const users = nodes<UserNode>(response.data!.users);
    const expected = [
      ...ALL_ROLES.map((role) => demoEmail(party, role)),
      ...created[party].map((u) => u.email),
    ];
    expect(users.map((user) => user.email).sort()).toEqual(expected.sort());
    expect(users.every((user) => user.partyCode === party)).toBe(true);
  });

  it.each(PARTIES)('%s ADMIN creates users in its own party only', async (party) => {
    const email = uniqueEmail(`own-${party.toLowerCase()}`);
    const response = await t.gql<{ createUser: UserNode }>(
      CREATE_USER,
      { input: { email, displayName: 'Own party', roles: ['LEGAL'] } },
      { party, role: 'ADMIN' },
    );
    expect(response.errors).toBeUndefined();
    const user = response.data!.createUser;
    created[party].push({ id: user.id, email });
    expect(user.partyCode).toBe(party);
    const row = await t.db.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    expect(row.partyCode).toBe(party);
  });

  it('the createUser input has no party field: naming another party is rejected', async () => {
    const email = uniqueEmail('smuggled');
    const response = await t.gql(
      CREATE_USER,
      { input: { email, displayName: 'Smuggled', roles: ['ADMIN'], partyCode: 'VALENCE' } },
      { party: 'FENGFAN', role: 'ADMIN' },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(returnedNothing(response)).toBe(true);
    expect(await t.db.getRepository(UserEntity).countBy({ email })).toBe(0);
  });

  const pairs = PARTIES.flatMap((caller) =>
    PARTIES.filter((owner) => owner !== caller).map((owner) => ({ caller, owner })),
  );

  it.each(pairs)(
    '$caller ADMIN deactivating a $owner user gets NOT_FOUND and the user stays active',
    async ({ caller, owner }) => {
      const id = await createTarget(owner);
      const response = await t.gql<Data>(DEACTIVATE_USER, { id }, { party: caller, role: 'ADMIN' });
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      expect(fieldData(response, 'deactivateUser')).toBeNull();
      // Indistinguishable from an id that does not exist: no hint that the user is there.
      const missing = randomUUID();
      const unknown = await t.gql<Data>(
        DEACTIVATE_USER,
        { id: missing },
        { party: caller, role: 'ADMIN' },
      );
      expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
      expect(response.errors![0].message.replace(id, '<id>')).toBe(
        unknown.errors![0].message.replace(missing, '<id>'),
      );

      expect(await isActive(id)).toBe(true);
      expect(
        await t.db
          .getRepository(AuditEventEntity)
          .countBy({ entityId: id, operation: 'deactivateUser' }),
      ).toBe(0);
      const owners = await t.gql<{ users: Connection<UserNode> }>(
        USERS,
        {},
        { party: owner, role: 'ADMIN' },
      );
      expect(nodes<UserNode>(owners.data!.users).find((user) => user.id === id)?.active).toBe(true);
    },
  );

  const auditors = PARTIES.flatMap((party) =>
    (['ADMIN', 'LEGAL'] as const).map((role) => ({ party, role })),
  );

  it.each(auditors)(
    '$party $role sees only audit events of its own party',
    async ({ party, role }) => {
      // Every party has events by now (the users created above), so a leak would show.
      const byParty = await t.db
        .getRepository(AuditEventEntity)
        .createQueryBuilder('event')
        .select('event.actor_party', 'party')
        .addSelect('count(*)::int', 'count')
        .groupBy('event.actor_party')
        .getRawMany<{ party: PartyCode; count: number }>();
      expect(byParty.map((row) => row.party).sort()).toEqual(['FENGFAN', 'JV', 'VALENCE']);

      const response = await t.gql<{ auditEvents: Connection<AuditNode> }>(
        AUDIT_EVENTS,
        {},
        { party, role },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.auditEvents.pageInfo.hasNextPage).toBe(false);
      const events = nodes<AuditNode>(response.data!.auditEvents);
      expect(events.length).toBe(byParty.find((row) => row.party === party)?.count);
      expect(new Set(events.map((event) => event.actorParty))).toEqual(new Set([party]));
      const createdHere = events
        .filter((event) => event.operation === 'createUser')
        .map((event) => event.entityId)
        .sort();
      expect(createdHere).toEqual(created[party].map((user) => user.id).sort());
    },
  );
});
