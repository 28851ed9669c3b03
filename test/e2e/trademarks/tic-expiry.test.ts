/**
 * TIC 11.4 at the end of the TIC's term: "Immediately upon termination of this Contract for any
 * reason whatsoever, Licensee shall cease all use of the Valence Marks", and TIC 11.6 makes
 * 11.4 "survive the termination or expiration of this Contract". The term runs ten years from
 * the Effective Date (TIC 11.1): in force on the anniversary, expired from the day after. Read
 * through GraphQL with a pinned clock, without anything running at expiry.
 */
import { ContractEntity } from '../../../src/entities';
import { errorCodes, startTestApp, type TestApp } from '../../support/test-app';
import { legal, must, registerMark } from './support';

const EFFECTIVE_ON = '2016-03-01';
const LAST_DAY = '2026-03-01';
const FIRST_DAY_AFTER = '2026-03-02';

const USE = `id status statusOn periodTo`;
const REQUEST = `mutation($input: RequestTrademarkUseInput!) { requestTrademarkUse(input: $input) { id } }`;
const APPROVE = `mutation($id: ID!) { approveTrademarkUse(id: $id) { ${USE} } }`;
const WARRANTY = `mutation($id: ID!) { approveTrademarkWarrantyTerms(id: $id) { id } }`;
const GRANT = `mutation($input: GrantTrademarkLicenseInput!) { grantTrademarkLicense(input: $input) { id } }`;
const USES = `query($on: LocalDate) { trademarkUses(first: 20) { edges { node { id status statusOn(on: $on) } } } }`;

type Ids = { powder: string; battery: string; pending: string };

/** A fresh database on `today`: the TIC's term started ten years before the last day, approved
 * Valence powder and battery uses running to the end of 2026, a third still pending. */
async function setUp(today: string): Promise<{ t: TestApp; ids: Ids }> {
  const t = await startTestApp({}, { today });
  const tic = await t.db.getRepository(ContractEntity).findOneByOrFail({ code: 'TIC' });
  // The JV established (its term set directly: the JVC's events are tested elsewhere); the
  // TIC takes effect through the events that fix its Effective Date (TIC 1.4, 4.1).
  await t.db.query(`UPDATE contract SET term_starts_on = '2015-12-01' WHERE code = 'JVC'`);
  for (const [kind, party] of [
    ['APPROVAL_AUTHORITY_APPROVAL', 'FENGFAN'],
    ['EXPORT_APPROVAL', 'VALENCE'],
    ['LICENSEE_RATIFICATION', 'JV'],
  ] as const) {
    await must(
      t.gql(
        `mutation($input: RecordEventInput!) { recordEvent(input: $input) { id } }`,
        { input: { contractId: tic.id, kind, occurredOn: EFFECTIVE_ON, description: kind } },
        legal(party),
      ),
    );
  }
  const saphion = await registerMark(t, 'VALENCE', {
    text: 'SAPHION',
    protectionBasis: 'EXHIBIT_B',
    designatedOn: null,
    designationRef: null,
  });
  const licence = await must(
    t.gql<{ grantTrademarkLicense: { id: string } }>(
      GRANT,
      {
        input: {
          markIds: [saphion],
          products: ['POWDER_LVP', 'BELLCORE_LCO_CELLS'],
          territory: ['CN'],
          executedOn: '2026-01-10',
          documentRef: 'TML-VALENCE',
          termFrom: '2026-01-15',
          termTo: '2027-12-31',
        },
      },
      legal('VALENCE'),
    ),
  );
  const request = async (product: string) =>
    (
      await must(
        t.gql<{ requestTrademarkUse: { id: string } }>(
          REQUEST,
          {
            input: {
              markId: saphion,
              licenseId: licence.grantTrademarkLicense.id,
              product,
              kind: 'PACKAGING',
              territory: ['CN'],
              periodFrom: '2026-02-01',
              periodTo: '2026-12-31',
              warrantyTerms: product === 'POWDER_LVP' ? null : '18 months',
            },
          },
          legal('JV'),
        ),
      )
    ).requestTrademarkUse.id;
  const ids = {
    powder: await request('POWDER_LVP'),
    battery: await request('BELLCORE_LCO_CELLS'),
    pending: await request('POWDER_LVP'),
  };
  await must(t.gql(WARRANTY, { id: ids.battery }, legal('VALENCE')));
  // Approved while the TIC was in force, as the register would have it.
  await t.db.query(
    `UPDATE trademark_use SET status = 'APPROVED', decided_on = '2026-02-15' WHERE id = ANY($1)`,
    [[ids.powder, ids.battery]],
  );
  return { t, ids };
}

async function statuses(t: TestApp, on: string | null) {
  const data = await must(
    t.gql<{
      trademarkUses: { edges: Array<{ node: { id: string; status: string; statusOn: string } }> };
    }>(USES, { on }, legal('JV')),
  );
  return new Map(data.trademarkUses.edges.map(({ node }) => [node.id, node]));
}

describe('on the last day of the TIC’s term', () => {
  let t: TestApp;
  let ids: Ids;
  beforeAll(async () => ({ t, ids } = await setUp(LAST_DAY)));
  afterAll(() => t.close());

  it('opens the JV’s duty to cease when the term starts, due the day after it ends, with the sell-off', async () => {
    const rows = await t.db.query<
      Array<{
        obligor_party: string;
        beneficiary_parties: string[];
        due_on: string;
        status: string;
        article: string;
        description: string;
      }>
    >(
      `SELECT obligor_party, beneficiary_parties, to_char(due_on, 'YYYY-MM-DD') AS due_on, status, article, description
       FROM obligation WHERE code = 'TIC-11.4-CEASE-VALENCE-MARKS'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      obligor_party: 'JV',
      beneficiary_parties: ['VALENCE'],
      due_on: FIRST_DAY_AFTER,
      status: 'OPEN',
      article: 'TIC 11.4',
    });
    expect(rows[0].description).toContain('existing inventory of the Batteries');
  });

  it('still approves a use of a Valence mark: the TIC is in force', async () => {
    const response = await t.gql<{ approveTrademarkUse: { status: string; statusOn: string } }>(
      APPROVE,
      { id: ids.pending },
      legal('VALENCE'),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.approveTrademarkUse).toMatchObject({
      status: 'APPROVED',
      statusOn: 'APPROVED',
    });
  });

  it('reads the uses APPROVED today and, asked about the day after, CEASED but for the sell-off', async () => {
    const today = await statuses(t, null);
    expect(today.get(ids.powder)?.statusOn).toBe('APPROVED');
    expect(today.get(ids.battery)?.statusOn).toBe('APPROVED');
    const after = await statuses(t, FIRST_DAY_AFTER);
    expect(after.get(ids.powder)).toMatchObject({ status: 'APPROVED', statusOn: 'CEASED' });
    expect(after.get(ids.battery)).toMatchObject({ status: 'APPROVED', statusOn: 'APPROVED' });
  });
});

describe('the day after the TIC’s term ran out', () => {
  let t: TestApp;
  let ids: Ids;
  beforeAll(async () => ({ t, ids } = await setUp(FIRST_DAY_AFTER)));
  afterAll(() => t.close());

  it('refuses to approve a use of a Valence mark, citing TIC 11.4 and 11.6', async () => {
    const response = await t.gql(APPROVE, { id: ids.pending }, legal('VALENCE'));
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors?.[0].extensions?.article).toBe('TIC 11.4, 11.6');
    expect(response.errors?.[0].message).toContain(LAST_DAY);
  });

  it('reads the powder use CEASED today, computed from the expiry; the battery use stays for the sell-off', async () => {
    const today = await statuses(t, null);
    expect(today.get(ids.powder)).toMatchObject({ status: 'APPROVED', statusOn: 'CEASED' });
    expect(today.get(ids.battery)?.statusOn).toBe('APPROVED');
    expect(today.get(ids.pending)?.statusOn).toBe('REQUESTED');
    const before = await statuses(t, LAST_DAY);
    expect(before.get(ids.powder)?.statusOn).toBe('APPROVED');
  });
});

describe('a TIC terminated before its term ran out', () => {
  let t: TestApp;
  beforeAll(async () => {
    ({ t } = await setUp(LAST_DAY));
    const tic = await t.db.getRepository(ContractEntity).findOneByOrFail({ code: 'TIC' });
    const proposal = await must(
      t.gql<{ proposeMutualTermination: { id: string } }>(
        `mutation($input: ProposeMutualTerminationInput!) { proposeMutualTermination(input: $input) { id } }`,
        { input: { contractId: tic.id, reason: 'The parties part by agreement' } },
        legal('VALENCE'),
      ),
    );
    for (const party of ['VALENCE', 'FENGFAN', 'JV'] as const) {
      await must(
        t.gql(
          `mutation($input: SignMutualTerminationInput!) { signMutualTermination(input: $input) { id } }`,
          {
            input: {
              mutualTerminationId: proposal.proposeMutualTermination.id,
              signedOn: '2026-02-26',
            },
          },
          legal(party),
        ),
      );
    }
  });
  afterAll(() => t.close());

  it('moves the one duty to cease to the termination day', async () => {
    const rows = await t.db.query<Array<{ due_on: string; status: string }>>(
      `SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on, status FROM obligation
       WHERE code = 'TIC-11.4-CEASE-VALENCE-MARKS'`,
    );
    expect(rows).toEqual([{ due_on: '2026-02-26', status: 'OPEN' }]);
  });
});
