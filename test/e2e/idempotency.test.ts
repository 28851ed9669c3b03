import { errorCodes, startTestApp, type TestApp } from '../support/test-app';

/**
 * Safe retries: a create-type mutation with an idempotency key, replayed with the same input,
 * returns the first result and creates nothing (no row, no audit event); the same key with
 * another input is a CONFLICT; concurrent duplicates create one row.
 */
let t: TestApp;
let ticId: string;
beforeAll(async () => {
  t = await startTestApp();
  const { data } = await t.gql<{
    contracts: { edges: Array<{ node: { id: string; code: string } }> };
  }>(
    '{ contracts(first: 10) { edges { node { id code } } } }',
    {},
    { party: 'VALENCE', role: 'LEGAL' },
  );
  ticId = data!.contracts.edges.find((edge) => edge.node.code === 'TIC')!.node.id;
});
afterAll(() => t.close());

const PROPOSE = `mutation($input: ProposeAmendmentInput!) {
  proposeAmendment(input: $input) { id title missingSignatures }
}`;
const VALENCE_LEGAL = { party: 'VALENCE', role: 'LEGAL' } as const;

async function counts(): Promise<{ amendments: number; audit: number }> {
  const [row] = (await t.db.query(
    `SELECT (SELECT count(*) FROM amendment)::int AS amendments,
            (SELECT count(*) FROM audit_event WHERE operation = 'proposeAmendment')::int AS audit`,
  )) as Array<{ amendments: number; audit: number }>;
  return row;
}

const input = (key: string, title = 'Extend the Technology delivery (TIC 7.1)') => ({
  contractId: ticId,
  title,
  text: 'Article 7.1(b) is amended to read ...',
  idempotencyKey: key,
});

it('returns the first result for a replay with the same key and input, and creates nothing', async () => {
  const before = await counts();
  const first = await t.gql<{ proposeAmendment: { id: string } }>(
    PROPOSE,
    { input: input('k-1') },
    VALENCE_LEGAL,
  );
  expect(first.errors).toBeUndefined();
  const replay = await t.gql<{ proposeAmendment: { id: string } }>(
    PROPOSE,
    { input: input('k-1') },
    VALENCE_LEGAL,
  );
  expect(replay.errors).toBeUndefined();
  expect(replay.data).toEqual(first.data);
  expect(await counts()).toEqual({
    amendments: before.amendments + 1,
    audit: before.audit + 1,
  });
});

it('refuses the same key with another input: CONFLICT, nothing created', async () => {
  await t.gql(PROPOSE, { input: input('k-2') }, VALENCE_LEGAL);
  const before = await counts();
  const other = await t.gql(PROPOSE, { input: input('k-2', 'Another title') }, VALENCE_LEGAL);
  expect(errorCodes(other)).toEqual(['CONFLICT']);
  expect(await counts()).toEqual(before);
});

it('keeps keys per user: another user with the same key makes its own request', async () => {
  const before = await counts();
  const fengfan = await t.gql(
    PROPOSE,
    { input: input('k-3') },
    { party: 'FENGFAN', role: 'LEGAL' },
  );
  const valence = await t.gql(PROPOSE, { input: input('k-3') }, VALENCE_LEGAL);
  expect(fengfan.errors).toBeUndefined();
  expect(valence.errors).toBeUndefined();
  expect((await counts()).amendments).toBe(before.amendments + 2);
});

it('creates one row for concurrent duplicates', async () => {
  const before = await counts();
  const responses = await Promise.all(
    Array.from({ length: 5 }, () =>
      t.gql<{ proposeAmendment: { id: string } }>(PROPOSE, { input: input('k-4') }, VALENCE_LEGAL),
    ),
  );
  expect(responses.every((r) => r.errors === undefined)).toBe(true);
  expect(new Set(responses.map((r) => r.data!.proposeAmendment.id)).size).toBe(1);
  expect((await counts()).amendments).toBe(before.amendments + 1);
});

it('refuses a key that is not printable ASCII: BAD_USER_INPUT naming the field', async () => {
  const response = await t.gql(PROPOSE, { input: input('with space') }, VALENCE_LEGAL);
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
});

it('without a key, a repeated request creates a new row each time', async () => {
  const before = await counts();
  const { idempotencyKey: _key, ...plain } = input('unused');
  await t.gql(PROPOSE, { input: plain }, VALENCE_LEGAL);
  await t.gql(PROPOSE, { input: plain }, VALENCE_LEGAL);
  expect((await counts()).amendments).toBe(before.amendments + 2);
});
