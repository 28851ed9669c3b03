/**
 * TIC 11.4 through GraphQL: when Valence terminates the TIC for the Licensee's breach of TIC
 * 10.4, the Licensee must cease all use of the Valence Marks at once, with no sell-off; the
 * approved uses of Valence marks are CEASED on that day, Fengfan's are not Valence Property
 * and run on, and no further use of a Valence mark can be approved. After a termination by
 * mutual agreement the sell-off of the Battery inventory stays: only the battery use runs on.
 */
import { ContractEntity } from '../../../src/entities';
import { errorCodes, startTestApp, type TestApp } from '../../support/test-app';
import { legal, must, registerMark } from './support';

let t: TestApp;
const TERMINATED_ON = '2026-02-27';
const SIGNED_ON = '2026-02-26';

const USE = `id status periodTo`;
const REQUEST = `mutation($input: RequestTrademarkUseInput!) { requestTrademarkUse(input: $input) { ${USE} } }`;
const APPROVE = `mutation($id: ID!) { approveTrademarkUse(id: $id) { ${USE} } }`;
const WARRANTY = `mutation($id: ID!) { approveTrademarkWarrantyTerms(id: $id) { id } }`;
const GRANT = `mutation($input: GrantTrademarkLicenseInput!) { grantTrademarkLicense(input: $input) { id } }`;

let ids = { powder: '', battery: '', fengfanUse: '', pending: '' };

async function grant(party: 'VALENCE' | 'FENGFAN', markId: string): Promise<string> {
  const data = await must(
    t.gql<{ grantTrademarkLicense: { id: string } }>(
      GRANT,
      {
        input: {
          markIds: [markId],
          products: ['POWDER_LVP', 'BELLCORE_LCO_CELLS'],
          territory: ['CN'],
          executedOn: '2026-01-10',
          documentRef: `TML-${party}`,
          termFrom: '2026-01-15',
          termTo: '2027-12-31',
        },
      },
      legal(party),
    ),
  );
  return data.grantTrademarkLicense.id;
}

async function request(markId: string, licenseId: string, product: string): Promise<string> {
  const data = await must(
    t.gql<{ requestTrademarkUse: { id: string } }>(
      REQUEST,
      {
        input: {
          markId,
          licenseId,
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
  );
  return data.requestTrademarkUse.id;
}

/** A fresh database with the TIC in force and four uses: approved Valence powder and battery
 * uses, an approved use of Fengfan's mark, and a Valence use still pending. */
async function setUp(): Promise<{ app: TestApp; ticId: string }> {
  t = await startTestApp({}, { today: '2026-03-01' });
  const saphion = await registerMark(t, 'VALENCE', {
    text: 'SAPHION',
    protectionBasis: 'EXHIBIT_B',
    designatedOn: null,
    designationRef: null,
  });
  const [fengfan] = await t.db.query<Array<{ id: string }>>(
    `SELECT id FROM trademark WHERE text = 'FENGFAN'`,
  );
  const valenceLicence = await grant('VALENCE', saphion);
  const fengfanLicence = await grant('FENGFAN', fengfan.id);
  ids = {
    powder: await request(saphion, valenceLicence, 'POWDER_LVP'),
    battery: await request(saphion, valenceLicence, 'BELLCORE_LCO_CELLS'),
    fengfanUse: await request(fengfan.id, fengfanLicence, 'POWDER_LVP'),
    pending: await request(saphion, valenceLicence, 'POWDER_LVP'),
  };
  await must(t.gql(WARRANTY, { id: ids.battery }, legal('VALENCE')));
  for (const id of [ids.powder, ids.battery]) await must(t.gql(APPROVE, { id }, legal('VALENCE')));
  await must(t.gql(APPROVE, { id: ids.fengfanUse }, legal('FENGFAN')));
  // The TIC in force: its Effective Date is set directly (the events that fix it are tested
  // elsewhere).
  await t.db.query(
    `UPDATE contract SET status = 'EFFECTIVE', effective_on = '2025-06-02' WHERE code = 'TIC'`,
  );
  const tic = await t.db.getRepository(ContractEntity).findOneByOrFail({ code: 'TIC' });
  return { app: t, ticId: tic.id };
}

/** Valence's notice of the Licensee's breach of TIC 10.4, and its termination (TIC 11.3(b)). */
async function valenceTerminatesForBreach(ticId: string): Promise<void> {
  const notice = await must(
    t.gql<{ recordNotice: { id: string } }>(
      `mutation($input: RecordNoticeInput!) { recordNotice(input: $input) { id } }`,
      {
        input: {
          contractId: ticId,
          recipients: ['JV'],
          kind: 'BREACH',
          method: 'COURIER',
          // 10:00 on 27 February in Nevada.
          sentAt: '2026-02-27T18:00:00Z',
          confirmationReceived: false,
          subject: 'Registration of a mark confusingly similar to SAPHION',
          breachedArticle: 'TIC 10.4',
        },
      },
      legal('VALENCE'),
    ),
  );
  await must(
    t.gql(
      `mutation($input: TerminateContractInput!) { terminateContract(input: $input) { status } }`,
      {
        input: {
          contractId: ticId,
          terminatedOn: TERMINATED_ON,
          basis: 'PROTECTED_ARTICLE_BREACH',
          basisId: notice.recordNotice.id,
        },
      },
      legal('VALENCE'),
    ),
  );
}

/** The three parties end the TIC by mutual agreement (TIC 11.1), the last signing on 26 Feb. */
async function mutualTermination(ticId: string): Promise<void> {
  const proposal = await must(
    t.gql<{ proposeMutualTermination: { id: string } }>(
      `mutation($input: ProposeMutualTerminationInput!) { proposeMutualTermination(input: $input) { id } }`,
      { input: { contractId: ticId, reason: 'The parties part by agreement' } },
      legal('VALENCE'),
    ),
  );
  for (const party of ['VALENCE', 'FENGFAN', 'JV'] as const) {
    await must(
      t.gql(
        `mutation($input: SignMutualTerminationInput!) { signMutualTermination(input: $input) { id } }`,
        {
          input: { mutualTerminationId: proposal.proposeMutualTermination.id, signedOn: SIGNED_ON },
        },
        legal(party),
      ),
    );
  }
}

async function useRow(id: string) {
  const [row] = await t.db.query<Array<{ status: string; period_to: string }>>(
    `SELECT status, to_char(period_to, 'YYYY-MM-DD') AS period_to FROM trademark_use WHERE id = $1`,
    [id],
  );
  return row;
}

describe('TIC 11.4 after Valence terminates for the Licensee’s breach', () => {
  let app: TestApp;
  beforeAll(async () => {
    const setup = await setUp();
    app = setup.app;
    await valenceTerminatesForBreach(setup.ticId);
  });
  afterAll(() => app.close());

  it('opens the JV’s obligation to cease, owed to Valence, due on the day, without sell-off', async () => {
    const rows = await t.db.query<
      Array<{
        obligor_party: string;
        beneficiary_parties: string[];
        due_on: string;
        description: string;
        article: string;
      }>
    >(
      `SELECT obligor_party, beneficiary_parties, to_char(due_on, 'YYYY-MM-DD') AS due_on, description, article
       FROM obligation WHERE code = 'TIC-11.4-CEASE-VALENCE-MARKS'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      obligor_party: 'JV',
      beneficiary_parties: ['VALENCE'],
      due_on: TERMINATED_ON,
      article: 'TIC 11.4',
    });
    expect(rows[0].description).toContain('no sell-off');
  });

  it('ceases every approved use of a Valence mark on the day, batteries included', async () => {
    expect(await useRow(ids.powder)).toEqual({ status: 'CEASED', period_to: TERMINATED_ON });
    expect(await useRow(ids.battery)).toEqual({ status: 'CEASED', period_to: TERMINATED_ON });
    const trail = await t.db.query<Array<{ entity_id: string }>>(
      `SELECT entity_id FROM audit_event WHERE operation = 'endTrademarkUse' ORDER BY entity_id`,
    );
    expect(trail.map((e) => e.entity_id)).toEqual([ids.powder, ids.battery].sort());
  });

  it("leaves Fengfan's marks alone: they are not Valence Property", async () => {
    expect(await useRow(ids.fengfanUse)).toEqual({ status: 'APPROVED', period_to: '2026-12-31' });
  });

  it('approves no further use of a Valence mark, citing TIC 11.4', async () => {
    const response = await t.gql(APPROVE, { id: ids.pending }, legal('VALENCE'));
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors?.[0].extensions?.article).toBe('TIC 11.4');
  });
});

describe('TIC 11.4 after a termination by mutual agreement: the sell-off stays', () => {
  let app: TestApp;
  beforeAll(async () => {
    const setup = await setUp();
    app = setup.app;
    await mutualTermination(setup.ticId);
  });
  afterAll(() => app.close());

  it('says so in the obligation to cease', async () => {
    const [row] = await t.db.query<Array<{ due_on: string; description: string }>>(
      `SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on, description FROM obligation
       WHERE code = 'TIC-11.4-CEASE-VALENCE-MARKS'`,
    );
    expect(row.due_on).toBe(SIGNED_ON);
    expect(row.description).toContain('existing inventory of the Batteries');
  });

  it('keeps the battery use for the sell-off and ceases the powder use', async () => {
    expect(await useRow(ids.battery)).toEqual({ status: 'APPROVED', period_to: '2026-12-31' });
    expect(await useRow(ids.powder)).toEqual({ status: 'CEASED', period_to: SIGNED_ON });
  });
});
