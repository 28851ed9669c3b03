import { loadTokenKey } from '../../src/auth/signing-key';
import { signDevelopmentToken } from '../../src/auth/tokens';
import type { PartyCode, Role } from '../../src/domain/parties';
import {
  errorCodes,
  startTestApp,
  type GraphQLResponse,
  type TestApp,
  returnedNothing,
} from '../support/test-app';

let t: TestApp;
let adminId: string;
beforeAll(async () => {
  t = await startTestApp();
  adminId = await t.userId('VALENCE', 'ADMIN');
});
afterAll(() => t.close());

const VALENCE_ADMIN = { party: 'VALENCE', role: 'ADMIN' } as const;
const VALENCE_LEGAL = { party: 'VALENCE', role: 'LEGAL' } as const;
type Caller = { party: PartyCode; role: Role } | { token: string };

interface UserView {
  id: string;
  email: string;
  displayName: string;
  partyCode: string;
  roles: string[];
  active: boolean;
  ndaExecutedAt: string | null;
  deactivatedAt: string | null;
}

interface AuditEventView {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorParty: string;
  operation: string;
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

interface AuditPage {
  auditEvents: {
    edges: Array<{ cursor: string; node: AuditEventView }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const USER_FIELDS = 'id email displayName partyCode roles active ndaExecutedAt deactivatedAt';

const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) { ${USER_FIELDS} }
}`;

const DEACTIVATE_USER = `mutation DeactivateUser($id: ID!) {
  deactivateUser(id: $id) { ${USER_FIELDS} }
}`;

const AUDIT_EVENTS = `query AuditEvents($filter: AuditEventFilterInput, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    edges { cursor node {
      id occurredAt actorUserId actorParty operation entity entityId before after
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface NewUserInput {
  email: string;
  displayName: string;
  roles: string[];
  ndaExecutedAt?: string | null;
}

function createUser(
  input: NewUserInput,
  as: Caller = VALENCE_ADMIN,
): Promise<GraphQLResponse<{ createUser: UserView }>> {
  return t.gql<{ createUser: UserView }>(CREATE_USER, { input }, as);
}

/** Creates a user and fails the test at once if that does not work. */
async function createdUser(input: NewUserInput, as: Caller = VALENCE_ADMIN): Promise<UserView> {
  const { data, errors } = await createUser(input, as);
  expect(errors).toBeUndefined();
  return data!.createUser;
}

function deactivateUser(
  id: string,
  as: Caller = VALENCE_ADMIN,
): Promise<GraphQLResponse<{ deactivateUser: UserView }>> {
  return t.gql<{ deactivateUser: UserView }>(DEACTIVATE_USER, { id }, as);
}

async function auditEvents(
  filter: Record<string, unknown> | null,
  page: { first?: number; after?: string } = { first: 100 },
  as: Caller = VALENCE_LEGAL,
): Promise<AuditPage['auditEvents']> {
  const { data, errors } = await t.gql<AuditPage>(AUDIT_EVENTS, { filter, ...page }, as);
  expect(errors).toBeUndefined();
  return data!.auditEvents;
}

async function auditNodes(
  filter: Record<string, unknown> | null,
  as: Caller = VALENCE_LEGAL,
): Promise<AuditEventView[]> {
  const connection = await auditEvents(filter, { first: 100 }, as);
  expect(connection.pageInfo.hasNextPage).toBe(false);
  return connection.edges.map((edge) => edge.node);
}

/** Rows in the tables a user mutation writes to, straight from the database. */
async function counts(): Promise<{ users: number; events: number }> {
  const [row] = await t.db.query<Array<{ users: number; events: number }>>(
    `SELECT (SELECT count(*)::int FROM app_user) AS users,
            (SELECT count(*)::int FROM audit_event) AS events`,
  );
  return row;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const midpoint = (a: string, b: string) =>
  new Date((new Date(a).getTime() + new Date(b).getTime()) / 2).toISOString();

describe('createUser', () => {
  it("creates an active user in the ADMIN's own party with the e-mail lower-cased", async () => {
    const before = await counts();
    const { data, errors } = await createUser({
      email: 'Grace.Hopper@Valence.Example',
      displayName: 'Grace Hopper',
      roles: ['LEGAL', 'COMPLIANCE'],
      ndaExecutedAt: '2024-03-01T09:30:00.000Z',
    });
    expect(errors).toBeUndefined();
    expect(data!.createUser).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      email: 'grace.hopper@valence.example',
      displayName: 'Grace Hopper',
      partyCode: 'VALENCE',
      roles: ['LEGAL', 'COMPLIANCE'],
      active: true,
      ndaExecutedAt: '2024-03-01T09:30:00.000Z',
      deactivatedAt: null,
    });
    const rows = await t.db.query<Array<Record<string, unknown>>>(
      'SELECT email, party_code, roles, active, nda_executed_at FROM app_user WHERE id = $1',
      [data!.createUser.id],
    );
    expect(rows).toEqual([
      {
        email: 'grace.hopper@valence.example',
        party_code: 'VALENCE',
        roles: ['LEGAL', 'COMPLIANCE'],
        active: true,
        nda_executed_at: new Date('2024-03-01T09:30:00.000Z'),
      },
    ]);
    expect(await counts()).toEqual({ users: before.users + 1, events: before.events + 1 });
  });

  it('refuses a second user with the same e-mail in another case: CONFLICT, with one generic message', async () => {
    const email = 'ada@valence.example';
    await createdUser({ email, displayName: 'Ada', roles: ['VIEWER'] });
    const before = await counts();

    const response = await createUser({
      email: email.toUpperCase(),
      displayName: 'Ada Again',
      roles: ['ENGINEER'],
    });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors![0].message).toBe('This e-mail address is already in use');
    expect(returnedNothing(response)).toBe(true);
    expect(await counts()).toEqual(before);
    const [{ count }] = await t.db.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM app_user WHERE lower(email) = $1',
      [email],
    );
    expect(count).toBe(1);
  });

  it("refuses another party's domain alike whether the address exists or not: no squatting, no probing", async () => {
    const fengfanAdmin = { party: 'FENGFAN', role: 'ADMIN' } as const;
    await createdUser({ email: 'taken@valence.example', displayName: 'Taken', roles: ['VIEWER'] });
    const before = await counts();
    const replies = await Promise.all(
      ['new.hire@valence.demo', 'taken@valence.example', 'ADMIN@VALENCE.DEMO'].map((email) =>
        createUser({ email, displayName: 'Squatter', roles: ['VIEWER'] }, fengfanAdmin),
      ),
    );
    for (const reply of replies) {
      expect(errorCodes(reply)).toEqual(['BAD_USER_INPUT']);
      expect(reply.errors![0].extensions).toMatchObject({ field: 'email' });
      expect(reply.errors![0].message).toBe(replies[0].errors![0].message);
    }
    expect(await counts()).toEqual(before);
    // Its own domains remain open to it.
    const own = await createUser(
      { email: 'new.hire@fengfan.demo', displayName: 'New', roles: ['VIEWER'] },
      fengfanAdmin,
    );
    expect(own.errors).toBeUndefined();
  });

  it('lets one of three simultaneous creates with the same e-mail win; the others are CONFLICT', async () => {
    const before = await counts();
    // Sent at once, they can all pass the "is the e-mail taken" check before any commits:
    // the unique index then refuses the losers, which must still be CONFLICT, not INTERNAL.
    const responses = await Promise.all(
      ['Race@Valence.Example', 'RACE@valence.example', 'race@VALENCE.example'].map((email) =>
        createUser({ email, displayName: 'Racer', roles: ['VIEWER'] }),
      ),
    );
    const winners = responses.filter((response) => response.errors === undefined);
    expect(winners).toHaveLength(1);
    expect(winners[0].data!.createUser.email).toBe('race@valence.example');
    expect(responses.flatMap((response) => errorCodes(response)).sort()).toEqual([
      'CONFLICT',
      'CONFLICT',
    ]);
    expect(await counts()).toEqual({ users: before.users + 1, events: before.events + 1 });
  });
});

describe('createUser input validation', () => {
  const valid: NewUserInput = {
    email: 'valid.input@valence.example',
    displayName: 'Valid Input',
    roles: ['VIEWER'],
    ndaExecutedAt: null,
  };
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString();

  it.each<[string, Partial<NewUserInput>, string]>([
    ['a malformed e-mail', { email: 'not-an-e-mail' }, 'email'],
    ['an e-mail without a domain', { email: 'someone@' }, 'email'],
    ['an empty roles list', { roles: [] }, 'roles'],
    ['an unknown role', { roles: ['LEGAL', 'OVERLORD'] }, 'roles'],
    ['an ndaExecutedAt in the future', { ndaExecutedAt: tomorrow }, 'ndaExecutedAt'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_, bad, field) => {
    const before = await counts();
    const response = await createUser({ ...valid, ...bad });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions).toMatchObject({ field });
    expect(returnedNothing(response)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('accepts the same input once it is valid (the table above is not failing for another reason)', async () => {
    const user = await createdUser(valid);
    expect(user.email).toBe('valid.input@valence.example');
  });
});

describe('the audit event of every mutation', () => {
  it('records createUser once, with the actor, before null and the new user after', async () => {
    const before = await counts();
    const user = await createdUser({
      email: 'Audited.Creation@Valence.Example',
      displayName: 'Audited Creation',
      roles: ['ENGINEER'],
    });
    expect(await counts()).toEqual({ users: before.users + 1, events: before.events + 1 });

    const events = await auditNodes({ entity: 'User', entityId: user.id });
    expect(events).toEqual([
      {
        id: expect.any(String),
        occurredAt: expect.any(String),
        actorUserId: adminId,
        actorParty: 'VALENCE',
        operation: 'createUser',
        entity: 'User',
        entityId: user.id,
        before: null,
        after: expect.objectContaining({
          id: user.id,
          email: 'audited.creation@valence.example',
          partyCode: 'VALENCE',
          roles: ['ENGINEER'],
          active: true,
        }),
      },
    ]);

    // Same transaction: PostgreSQL's now() is the transaction's start, so the user's
    // created_at and the event's occurred_at are the very same instant.
    const [row] = await t.db.query<Array<{ same: boolean }>>(
      `SELECT u.created_at = e.occurred_at AS same
         FROM app_user u JOIN audit_event e ON e.entity_id = u.id::text
        WHERE u.id = $1`,
      [user.id],
    );
    expect(row.same).toBe(true);
  });

  it('records deactivateUser once, with active true before and false after', async () => {
    const user = await createdUser({
      email: 'audited.deactivation@valence.example',
      displayName: 'Audited Deactivation',
      roles: ['VIEWER'],
    });
    const before = await counts();
    const { data, errors } = await deactivateUser(user.id);
    expect(errors).toBeUndefined();
    expect(data!.deactivateUser).toMatchObject({ id: user.id, active: false });
    const deactivatedAt = data!.deactivateUser.deactivatedAt;
    expect(deactivatedAt).toEqual(expect.any(String));
    expect(await counts()).toEqual({ users: before.users, events: before.events + 1 });

    const events = await auditNodes({ entity: 'User', entityId: user.id });
    expect(events.map((event) => event.operation)).toEqual(['deactivateUser', 'createUser']);
    expect(events[0]).toMatchObject({
      actorUserId: adminId,
      actorParty: 'VALENCE',
      entity: 'User',
      entityId: user.id,
      before: { active: true, deactivatedAt: null },
      after: { active: false, deactivatedAt },
    });
  });

  it("is visible to the actor's party only", async () => {
    const user = await createdUser({
      email: 'party.scoped@valence.example',
      displayName: 'Party Scoped',
      roles: ['VIEWER'],
    });
    const filter = { entity: 'User', entityId: user.id };
    expect(await auditNodes(filter, { party: 'VALENCE', role: 'ADMIN' })).toHaveLength(1);
    expect(await auditNodes(filter, { party: 'FENGFAN', role: 'LEGAL' })).toEqual([]);
    expect(await auditNodes(filter, { party: 'JV', role: 'ADMIN' })).toEqual([]);
  });
});

describe('auditEvents filters and pagination', () => {
  let secondAdmin: UserView;
  /** E1 by the demo ADMIN, E2 by a second VALENCE ADMIN, E3 by the demo ADMIN again. */
  let e1: AuditEventView;
  let e2: AuditEventView;
  let e3: AuditEventView;
  let fengfanEvent: AuditEventView;

  const onlyEventOf = async (entityId: string, as: Caller = VALENCE_LEGAL) => {
    const events = await auditNodes({ entity: 'User', entityId }, as);
    expect(events).toHaveLength(1);
    return events[0];
  };

  beforeAll(async () => {
    secondAdmin = await createdUser({
      email: 'second.admin@valence.example',
      displayName: 'Second Admin',
      roles: ['ADMIN'],
    });
    e1 = await onlyEventOf(secondAdmin.id);
    const secondAdminToken = signDevelopmentToken(secondAdmin.id, loadTokenKey(t.config), t.config);
    // Apart in time, so that a window can fall between two events.
    await sleep(60);
    const u2 = await createdUser(
      { email: 'made.by.second@valence.example', displayName: 'U2', roles: ['VIEWER'] },
      { token: secondAdminToken },
    );
    e2 = await onlyEventOf(u2.id);
    await sleep(60);
    const u3 = await createdUser({
      email: 'made.by.first@valence.example',
      displayName: 'U3',
      roles: ['VIEWER'],
    });
    e3 = await onlyEventOf(u3.id);
    const f1 = await createdUser(
      { email: 'fengfan.user@fengfan.example', displayName: 'F1', roles: ['VIEWER'] },
      { party: 'FENGFAN', role: 'ADMIN' },
    );
    fengfanEvent = await onlyEventOf(f1.id, { party: 'FENGFAN', role: 'LEGAL' });
  });

  it('filters by entity', async () => {
    const users = await auditNodes({ entity: 'User' });
    expect(users.length).toBeGreaterThanOrEqual(3);
    expect(new Set(users.map((event) => event.entity))).toEqual(new Set(['User']));
    expect(users.map((event) => event.id)).toEqual(expect.arrayContaining([e1.id, e2.id, e3.id]));
    expect(await auditNodes({ entity: 'Contract' })).toEqual([]);
  });

  it('filters by actorUserId', async () => {
    expect(await auditNodes({ actorUserId: secondAdmin.id })).toEqual([e2]);
    const byDemoAdmin = await auditNodes({ actorUserId: adminId });
    expect(new Set(byDemoAdmin.map((event) => event.actorUserId))).toEqual(new Set([adminId]));
    const ids = byDemoAdmin.map((event) => event.id);
    expect(ids).toEqual(expect.arrayContaining([e1.id, e3.id]));
    expect(ids).not.toContain(e2.id);
  });

  it('filters by a time window, from and to inclusive of what lies between', async () => {
    const between12 = midpoint(e1.occurredAt, e2.occurredAt);
    const between23 = midpoint(e2.occurredAt, e3.occurredAt);
    expect(await auditNodes({ from: between12, to: between23 })).toEqual([e2]);
    expect(await auditNodes({ from: between12 })).toEqual([e3, e2]);
    const upTo = (await auditNodes({ to: between12 })).map((event) => event.id);
    expect(upTo).toContain(e1.id);
    expect(upTo).not.toContain(e2.id);
    expect(upTo).not.toContain(e3.id);
    const future = new Date(Date.now() + 3600 * 1000).toISOString();
    expect(await auditNodes({ from: future })).toEqual([]);
  });

  it('refuses a window whose from is after its to: BAD_USER_INPUT', async () => {
    const response = await t.gql(
      AUDIT_EVENTS,
      { filter: { from: e3.occurredAt, to: e1.occurredAt } },
      VALENCE_LEGAL,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toEqual(
      expect.stringMatching(/^filter\.(from|to)$/),
    );
    expect(returnedNothing(response)).toBe(true);
  });

  it('lists newest first', async () => {
    const events = await auditNodes(null);
    const ids = events.map((event) => Number(event.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const times = events.map((event) => new Date(event.occurredAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const order = [e3.id, e2.id, e1.id].map((id) => events.findIndex((event) => event.id === id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order).not.toContain(-1);
  });

  it('pages with first/after through every event exactly once', async () => {
    const all = (await auditNodes(null)).map((event) => event.id);
    expect(all.length).toBeGreaterThan(4);
    const walked: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await auditEvents(null, after ? { first: 2, after } : { first: 2 });
      expect(page.edges.length).toBeLessThanOrEqual(2);
      walked.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(2);
      expect(page.pageInfo.endCursor).toBe(page.edges[1].cursor);
      after = page.pageInfo.endCursor!;
    }
    expect(walked).toEqual(all);
  });

  it("shows each party its own users' events only", async () => {
    const valenceIds = (await auditNodes(null)).map((event) => event.id);
    expect(valenceIds).not.toContain(fengfanEvent.id);
    const fengfan = await auditNodes(null, { party: 'FENGFAN', role: 'ADMIN' });
    expect(fengfan.map((event) => event.id)).toContain(fengfanEvent.id);
    expect(new Set(fengfan.map((event) => event.actorParty))).toEqual(new Set(['FENGFAN']));
    expect(fengfan.map((event) => event.id)).not.toContain(e1.id);
  });
});

describe('the audit table is append-only in the database', () => {
  const snapshot = () =>
    t.db.query<Array<Record<string, unknown>>>('SELECT * FROM audit_event ORDER BY id');

  beforeAll(async () => {
    await createdUser({
      email: 'append.only@valence.example',
      displayName: 'Append Only',
      roles: ['VIEWER'],
    });
  });

  it.each([
    ['UPDATE of every row', `UPDATE audit_event SET operation = 'tampered'`],
    [
      'UPDATE of one row',
      `UPDATE audit_event SET after = NULL WHERE id = (SELECT max(id) FROM audit_event)`,
    ],
    ['DELETE of every row', 'DELETE FROM audit_event'],
    ['DELETE of one row', 'DELETE FROM audit_event WHERE id = (SELECT min(id) FROM audit_event)'],
    ['TRUNCATE', 'TRUNCATE audit_event'],
  ])('refuses %s and leaves the rows as they were', async (_, sql) => {
    const rows = await snapshot();
    expect(rows.length).toBeGreaterThan(0);
    await expect(t.db.query(sql)).rejects.toThrow(/append-only/);
    expect(await snapshot()).toEqual(rows);
  });
});

describe('a failing mutation leaves nothing behind', () => {
  it.each<[string, string, () => Promise<string>]>([
    ['deactivating your own account', 'CONFLICT', () => t.userId('VALENCE', 'ADMIN')],
    ["deactivating another party's user", 'NOT_FOUND', () => t.userId('FENGFAN', 'VIEWER')],
    [
      'deactivating a user that does not exist',
      'NOT_FOUND',
      async () => '00000000-0000-4000-8000-000000000000',
    ],
  ])('%s: %s, no audit event, nothing changed', async (_, code, target) => {
    const id = await target();
    const before = await counts();
    const activeBefore = await t.db.query<Array<{ active: boolean }>>(
      'SELECT active FROM app_user WHERE id = $1',
      [id],
    );

    const response = await deactivateUser(id);
    expect(errorCodes(response)).toEqual([code]);
    expect(returnedNothing(response)).toBe(true);

    expect(await counts()).toEqual(before);
    expect(await t.db.query('SELECT active FROM app_user WHERE id = $1', [id])).toEqual(
      activeBefore,
    );
    const [{ count }] = await t.db.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM audit_event WHERE entity_id = $1',
      [id],
    );
    expect(count).toBe(0);
  });

  it('the ADMIN whose own deactivation was refused can still sign in', async () => {
    const { data, errors } = await t.gql<{ me: { id: string; active: boolean } }>(
      '{ me { id active } }',
      {},
      VALENCE_ADMIN,
    );
    expect(errors).toBeUndefined();
    expect(data!.me).toEqual({ id: adminId, active: true });
  });
});
