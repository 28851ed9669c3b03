/**
 * Disclosures beyond the receiving party (TIC 8.1), the Fengfan gate (TIC 2.4, 2.8; JVC Art.
 * 45) before the export gate (TIC 12.2), compelled disclosures (TIC 8.3(d)), exceptions (TIC
 * 8.3(a)-(c)) and what a termination does to the registers (TIC 8.7, 11.5; JVC Art. 96, 100).
 */
import path from 'node:path';
import { requirePassingCheck } from '../../../src/services/export/release-gate.service';
import { importScreeningList } from '../../../src/services/export/screening-import';
import { errorCodes, startTestApp, type TestApp } from '../../support/test-app';
import { createSupplier, link } from '../suppliers/support';
import { as, contractId, firstError, ok, registerItem, type Item } from './support';

const TODAY = '2026-03-02';
let t: TestApp;
let technology: Item;
let business: Item;
let jvcItem: Item;

const REQUEST = `mutation($input: RequestDisclosureInput!) {
  requestDisclosure(input: $input) { id status recipientName }
}`;
const DECIDE = `mutation($input: DecideDisclosureInput!) {
  decideDisclosure(input: $input) { id status exportCheckId valenceConsentReference }
}`;
type Decided = { decideDisclosure: { id: string; status: string; exportCheckId: string | null } };

const request = async (itemId: string, recipient: Record<string, unknown>) =>
  ok(
    await t.gql<{ requestDisclosure: { id: string; status: string } }>(
      REQUEST,
      {
        input: {
          itemId,
          recipientKind: 'THIRD_PARTY',
          country: 'DE',
          purpose: 'Joint testing of cells',
          endUse: 'Battery research',
          ...recipient,
        },
      },
      as('JV', 'LEGAL'),
    ),
  ).requestDisclosure;

const check = async (recipient: string, country: string, endUse: string) =>
  ok(
    await t.gql<{ runExportCheck: { id: string; decision: string } }>(
      `mutation($input: ExportCheckInput!) { runExportCheck(input: $input) { id decision } }`,
      {
        input: {
          items: [{ eccn: 'EAR99', itemKind: 'TECHNOLOGY' }],
          releaseKind: 'EXPORT',
          destination: country,
          parties: [{ name: recipient, country, role: 'END_USER' }],
          declaredEndUse: endUse,
        },
      },
      as('VALENCE', 'COMPLIANCE'),
    ),
  ).runExportCheck;

beforeAll(async () => {
  t = await startTestApp({ USER_CACHE_TTL_MS: '0' }, { today: TODAY });
  // Checks judge the list's age by the wall clock: imported as today's list.
  await importScreeningList(t.db, path.join(__dirname, '../../fixtures/csl-slice.csv'), {
    listDate: new Date().toISOString().slice(0, 10),
  });
  const tic = await contractId(t, 'TIC');
  const common = { receivingParty: 'JV', basis: 'MARKED', disclosedOn: '2026-02-02' };
  technology = await registerItem(t, as('VALENCE', 'LEGAL'), {
    ...common,
    title: 'Cathode coating recipe',
    summary: 'Coating parameters',
    contractId: tic,
    article: 'TIC 7.1(b)',
    category: 'TECHNOLOGY',
    valenceTechnology: true,
    eccn: 'EAR99',
    content: 'recipe',
  });
  business = await registerItem(t, as('VALENCE', 'LEGAL'), {
    ...common,
    title: 'Customer list for Europe',
    summary: 'Valence customers',
    contractId: tic,
    article: 'TIC 8.1',
    category: 'BUSINESS',
    content: 'customers',
  });
  jvcItem = await registerItem(t, as('VALENCE', 'LEGAL'), {
    ...common,
    title: 'Valence financial plan',
    summary: 'Plan shared with the JV',
    contractId: await contractId(t, 'JVC'),
    article: 'JVC Art. 96',
    category: 'FINANCIAL',
    content: 'plan',
  });
});
afterAll(() => t.close());

describe('a disclosure to a third party waits for the disclosing party (TIC 8.1)', () => {
  it('stays PENDING until Valence’s LEGAL approves it, and only Valence decides', async () => {
    const pending = await request(business.id, { recipientName: 'Acme Research GmbH' });
    expect(pending.status).toBe('PENDING');
    const nested = ok(
      await t.gql<{
        confidentialItem: { disclosureRequests: Array<{ id: string; status: string }> };
      }>(
        `query($id: ID!) { confidentialItem(id: $id) { disclosureRequests { id status } } }`,
        { id: business.id },
        as('JV', 'COMPLIANCE'),
      ),
    );
    expect(nested.confidentialItem.disclosureRequests).toEqual([
      { id: pending.id, status: 'PENDING' },
    ]);
    const byReceiver = await t.gql(
      DECIDE,
      { input: { requestId: pending.id, approve: true, reason: 'ok' } },
      as('JV', 'LEGAL'),
    );
    expect(errorCodes(byReceiver)).toEqual(['FORBIDDEN']);
    expect(firstError(byReceiver)?.extensions?.article).toBe('TIC 8.1');
    const approved = ok(
      await t.gql<Decided>(
        DECIDE,
        { input: { requestId: pending.id, approve: true, reason: 'Agreed in writing' } },
        as('VALENCE', 'LEGAL'),
      ),
    );
    // Not Technology: no export check needed (TIC 12.2 gate is for Technology here).
    expect(approved.decideDisclosure).toMatchObject({ status: 'APPROVED', exportCheckId: null });
    const again = await t.gql(
      DECIDE,
      { input: { requestId: pending.id, approve: false, reason: 'changed' } },
      as('VALENCE', 'LEGAL'),
    );
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });

  it('records a denial with its reason', async () => {
    const pending = await request(business.id, { recipientName: 'Beta Cells Ltd.', country: 'GB' });
    const denied = ok(
      await t.gql<Decided>(
        DECIDE,
        { input: { requestId: pending.id, approve: false, reason: 'Competitor' } },
        as('VALENCE', 'LEGAL'),
      ),
    );
    expect(denied.decideDisclosure.status).toBe('DENIED');
  });

  it('answers a retried request with its idempotency key by the first one, once recorded', async () => {
    const recipient = { recipientName: 'Gamma Labs SA', country: 'FR', idempotencyKey: 'gamma-1' };
    const first = await request(business.id, recipient);
    const again = await request(business.id, recipient);
    expect(again).toEqual(first);
    const [{ n }] = await t.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM disclosure_request WHERE recipient_name = 'Gamma Labs SA'`,
    );
    expect(n).toBe(1);
  });
});

describe('the Fengfan gate comes before the export gate (TIC 2.4, 2.8; JVC Art. 45)', () => {
  it('refuses the Technology to Fengfan even with a passing export check', async () => {
    const passing = await check('Baoding Fengfan Group', 'CN', 'Battery research');
    const gate = await requirePassingCheck(t.db.manager, {
      party: 'VALENCE',
      recipientName: 'Baoding Fengfan Group',
      destination: 'CN',
      items: [{ eccn: 'EAR99', kind: 'TECHNOLOGY' }],
      endUse: 'Battery research',
      now: new Date(`${TODAY}T04:00:00Z`),
    });
    // The export check alone would let it through: the contract does not.
    expect({ decision: passing.decision, passed: gate.passed }).toEqual({
      decision: 'NO_LICENSE_REQUIRED',
      passed: true,
    });
    const pending = await request(technology.id, {
      recipientKind: 'PARTY',
      recipientParty: 'FENGFAN',
      recipientName: 'Baoding Fengfan Group',
      country: 'CN',
    });
    const refused = await t.gql(
      DECIDE,
      { input: { requestId: pending.id, approve: true, reason: 'ok' } },
      as('VALENCE', 'LEGAL'),
    );
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(firstError(refused)?.extensions?.article).toBe('TIC 2.4, 2.8; JVC Art. 45');
    expect(firstError(refused)?.message).toContain('written consent');
    const [row] = await t.db.query<Array<{ status: string }>>(
      `SELECT status FROM disclosure_request WHERE id = $1`,
      [pending.id],
    );
    expect(row.status).toBe('PENDING');
    // Valence's queue holds it; Fengfan, to whom it would go, cannot see it.
    const QUEUE = `{ disclosureRequests(first: 50, status: PENDING) { nodes { id } } }`;
    type Queue = { disclosureRequests: { nodes: Array<{ id: string }> } };
    const queue = async (party: 'VALENCE' | 'FENGFAN') =>
      ok(await t.gql<Queue>(QUEUE, {}, as(party, 'LEGAL'))).disclosureRequests.nodes.map(
        (n) => n.id,
      );
    expect(await queue('VALENCE')).toContain(pending.id);
    expect(await queue('FENGFAN')).toEqual([]);
  });

  it('refuses a recipient named as Fengfan’s, or stated to be its Affiliate', async () => {
    for (const recipient of [
      { recipientName: 'Fengfan Battery Trading Co.', country: 'CN' },
      {
        recipientName: 'Hebei Storage Ltd.',
        country: 'CN',
        recipientKind: 'AFFILIATE',
        fengfanAffiliate: true,
      },
    ]) {
      const pending = await request(business.id, recipient);
      const refused = await t.gql(
        DECIDE,
        { input: { requestId: pending.id, approve: true, reason: 'ok' } },
        as('VALENCE', 'LEGAL'),
      );
      expect(firstError(refused)?.extensions?.article).toBe('TIC 2.4, 2.8; JVC Art. 45');
    }
  });
});

describe('the Fengfan gate reads the supplier register’s ownership and control (TIC 1.1; JVC Art. 2)', () => {
  const approve = (requestId: string, valenceConsentReference?: string) =>
    t.gql<Decided>(
      DECIDE,
      { input: { requestId, approve: true, reason: 'ok', valenceConsentReference } },
      as('VALENCE', 'LEGAL'),
    );

  it('refuses a company two ownership levels below Fengfan, matched by name, with the chain', async () => {
    const holdings = await createSupplier(t, { legalName: 'Hengshui Cell Holdings Co., Ltd.' });
    const recipient = await createSupplier(t, {
      legalName: 'Hengshui Separator Co., Ltd.',
      otherNames: ['衡水隔膜有限公司'],
    });
    await link(t, { holderParty: 'FENGFAN', heldId: holdings, sharePercent: 100 });
    await link(t, { holderId: holdings, heldId: recipient, sharePercent: 60 });
    // Not said to be an Affiliate, and written otherwise than registered.
    const pending = await request(business.id, {
      recipientName: 'HENGSHUI SEPARATOR CO LTD',
      country: 'CN',
    });
    expect(pending.status).toBe('PENDING');
    const refused = await approve(pending.id);
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(firstError(refused)?.extensions?.article).toBe('TIC 2.4, 2.8; JVC Art. 45');
    expect(firstError(refused)?.message).toContain(
      'Hengshui Separator Co., Ltd. is 60% owned by Hengshui Cell Holdings Co., Ltd.; ' +
        'Hengshui Cell Holdings Co., Ltd. is 100% owned by Baoding Fengfan Group',
    );
    expect(firstError(refused)?.message).toContain('Fengfan controls Hengshui Separator');
    expect(firstError(refused)?.message).toContain('written consent');
    // With Valence's written consent on record, Valence may authorize it.
    expect(ok(await approve(pending.id, 'VAL-CONSENT-2026-07')).decideDisclosure).toMatchObject({
      status: 'APPROVED',
      valenceConsentReference: 'VAL-CONSENT-2026-07',
    });
  });

  it('refuses a company named by its register id that Fengfan controls through the power to appoint its general manager', async () => {
    const recipient = await createSupplier(t, { legalName: 'Cangzhou Copper Foil Co., Ltd.' });
    const other = await createSupplier(t, { legalName: 'Cangzhou Metals Investment Co., Ltd.' });
    await link(t, {
      holderParty: 'FENGFAN',
      heldId: recipient,
      sharePercent: 30,
      appointsGeneralManager: true,
    });
    await link(t, { holderId: other, heldId: recipient, sharePercent: 70 });
    const pending = await request(technology.id, {
      recipientName: 'Cangzhou Foil (trading name)',
      recipientSupplierId: recipient,
      country: 'CN',
    });
    const refused = await approve(pending.id);
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(firstError(refused)?.extensions?.article).toBe('TIC 2.4, 2.8; JVC Art. 45');
    expect(firstError(refused)?.message).toContain(
      'Cangzhou Copper Foil Co., Ltd. is 30% owned by Baoding Fengfan Group',
    );
    expect(firstError(refused)?.message).toContain('which appoints its general manager');
  });

  it('lets a minority holding without control go on to the disclosing party’s decision', async () => {
    const recipient = await createSupplier(t, { legalName: 'Xingtai Binder Materials Co., Ltd.' });
    const owner = await createSupplier(t, { legalName: 'Xingtai Chemical Group Co., Ltd.' });
    await link(t, { holderParty: 'FENGFAN', heldId: recipient, sharePercent: 30 });
    await link(t, { holderId: owner, heldId: recipient, sharePercent: 70 });
    const pending = await request(business.id, {
      recipientName: 'Xingtai Binder Materials Co., Ltd.',
      recipientSupplierId: recipient,
      country: 'CN',
    });
    expect(ok(await approve(pending.id)).decideDisclosure).toMatchObject({
      status: 'APPROVED',
      valenceConsentReference: null,
    });
  });

  it('refuses a register id that is not in the register', async () => {
    const response = await t.gql(
      REQUEST,
      {
        input: {
          itemId: business.id,
          recipientKind: 'THIRD_PARTY',
          recipientName: 'Nobody Ltd.',
          recipientSupplierId: '00000000-0000-4000-8000-000000000000',
          country: 'CN',
          purpose: 'Joint testing of cells',
          endUse: 'Battery research',
        },
      },
      as('JV', 'LEGAL'),
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a Technology item needs a passing export check for that item and end use (TIC 12.2)', () => {
  it('is refused without a check, with a check for another end use, and approved on the right one', async () => {
    const pending = await request(technology.id, {
      recipientName: 'Acme Research GmbH',
      endUse: 'Cell testing',
    });
    const decide = () =>
      t.gql<Decided>(
        DECIDE,
        { input: { requestId: pending.id, approve: true, reason: 'ok' } },
        as('VALENCE', 'LEGAL'),
      );
    const none = await decide();
    expect(errorCodes(none)).toEqual(['CONFLICT']);
    expect(firstError(none)?.extensions?.article).toContain('TIC 12.2');
    await check('Acme Research GmbH', 'DE', 'Military vehicles');
    const otherUse = await decide();
    expect(errorCodes(otherUse)).toEqual(['CONFLICT']);
    expect(firstError(otherUse)?.message).toContain('end use');
    const right = await check('Acme Research GmbH', 'DE', 'Cell testing');
    expect(ok(await decide()).decideDisclosure).toMatchObject({
      status: 'APPROVED',
      exportCheckId: right.id,
    });
  });
});

describe('a compelled disclosure needs a prior written notice (TIC 8.3(d))', () => {
  const COMPELLED = `mutation($input: RecordCompelledDisclosureInput!) {
    recordCompelledDisclosure(input: $input) { id status compelled noticeGivenOn disclosedOn }
  }`;
  const input = (noticeGivenOn: string | null, itemId = technology.id) => ({
    itemId,
    recipientKind: 'THIRD_PARTY',
    recipientName: 'Baoding Intermediate Court',
    country: 'CN',
    purpose: 'Court order',
    endUse: 'Evidence',
    authority: 'Order (2026) Ji 06 No. 12',
    noticeGivenOn,
    disclosedOn: '2026-02-20',
  });

  it.each(['2026-02-20', '2026-02-21', null])(
    'refuses a notice of %s for a disclosure on 2026-02-20',
    async (notice) => {
      const response = await t.gql(COMPELLED, { input: input(notice) }, as('JV', 'LEGAL'));
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(firstError(response)?.extensions?.field).toBe('noticeGivenOn');
      expect(firstError(response)?.message).toContain('TIC 8.3(d)');
    },
  );

  it('records one whose notice came first', async () => {
    const { recordCompelledDisclosure } = ok(
      await t.gql<{ recordCompelledDisclosure: Record<string, unknown> }>(
        COMPELLED,
        { input: input('2026-02-19') },
        as('JV', 'LEGAL'),
      ),
    );
    expect(recordCompelledDisclosure).toMatchObject({
      status: 'RECORDED',
      compelled: true,
      noticeGivenOn: '2026-02-19',
    });
  });

  it('takes a JVC item without notice (JVC Art. 96(4) asks none)', async () => {
    const response = await t.gql(COMPELLED, { input: input(null, jvcItem.id) }, as('JV', 'LEGAL'));
    expect(errorCodes(response)).toEqual([]);
  });
});

describe('exceptions release an item only when accepted (TIC 8.3(a)-(c))', () => {
  const CLAIM = `mutation($input: ClaimExceptionInput!) { claimException(input: $input) { id status } }`;
  const ANSWER = `mutation($input: DecideExceptionInput!) { decideException(input: $input) { id status } }`;
  const status = async () =>
    ok(
      await t.gql<{ confidentialItem: { status: string } }>(
        `query($id: ID!) { confidentialItem(id: $id) { status } }`,
        { id: business.id },
        as('VALENCE', 'LEGAL'),
      ),
    ).confidentialItem.status;
  const claim = async () =>
    ok(
      await t.gql<{ claimException: { id: string; status: string } }>(
        CLAIM,
        {
          input: {
            itemId: business.id,
            ground: 'PUBLIC_KNOWLEDGE',
            evidence: 'Published in the 2025 annual report, p. 12',
          },
        },
        as('JV', 'LEGAL'),
      ),
    ).claimException;

  it('keeps the item PROTECTED while claimed and when rejected, RELEASED when accepted', async () => {
    const first = await claim();
    expect(first.status).toBe('PENDING');
    expect(await status()).toBe('PROTECTED');
    const own = await t.gql(
      ANSWER,
      { input: { claimId: first.id, accept: true, reason: 'mine' } },
      as('JV', 'LEGAL'),
    );
    expect(errorCodes(own)).toEqual(['FORBIDDEN']);
    ok(
      await t.gql(
        ANSWER,
        { input: { claimId: first.id, accept: false, reason: 'Report omits the list' } },
        as('VALENCE', 'LEGAL'),
      ),
    );
    expect(await status()).toBe('PROTECTED');
    const second = await claim();
    ok(
      await t.gql(
        ANSWER,
        { input: { claimId: second.id, accept: true, reason: 'Verified' } },
        as('VALENCE', 'LEGAL'),
      ),
    );
    expect(await status()).toBe('RELEASED');
  });
});

describe('protection and returns follow termination (TIC 8.7, 11.5; JVC Art. 96, 100)', () => {
  it('shows the rule of each item before termination', () => {
    expect(technology).toMatchObject({
      protectedUntil: null,
      protectionRule: expect.stringContaining('TIC 8.7'),
    });
    // The JVC's term has not started (no Establishment Date recorded): its end is not known.
    expect(jvcItem).toMatchObject({
      protectedUntil: null,
      protectionRule: expect.stringContaining('has not started'),
    });
  });

  it('keeps TIC items protected without end, and owes the return of each Valence item', async () => {
    const tic = await contractId(t, 'TIC');
    const { proposeMutualTermination } = ok(
      await t.gql<{ proposeMutualTermination: { id: string } }>(
        `mutation($input: ProposeMutualTerminationInput!) { proposeMutualTermination(input: $input) { id } }`,
        { input: { contractId: tic, reason: 'The parties end the licence' } },
        as('VALENCE', 'LEGAL'),
      ),
    );
    for (const party of ['VALENCE', 'FENGFAN', 'JV'] as const) {
      ok(
        await t.gql(
          `mutation($input: SignMutualTerminationInput!) { signMutualTermination(input: $input) { id } }`,
          { input: { mutualTerminationId: proposeMutualTermination.id, signedOn: TODAY } },
          as(party, 'LEGAL'),
        ),
      );
    }
    const after = ok(
      await t.gql<{ confidentialItem: { protectedUntil: string | null; protectionRule: string } }>(
        `query($id: ID!) { confidentialItem(id: $id) { protectedUntil protectionRule } }`,
        { id: technology.id },
        as('JV', 'LEGAL'),
      ),
    ).confidentialItem;
    expect(after).toEqual({
      protectedUntil: null,
      protectionRule: expect.stringContaining('TIC 8.7'),
    });
    const returns = await t.db.query<
      Array<{
        code: string;
        obligor_party: string;
        beneficiary_parties: string[];
        article: string;
        due_on: string;
      }>
    >(
      `SELECT code, obligor_party, beneficiary_parties, article, to_char(due_on, 'YYYY-MM-DD') AS due_on
         FROM obligation WHERE code LIKE 'TIC-11.5-return-or-destroy#%' ORDER BY code`,
    );
    // Both TIC items Valence gave the JV; 2 March 2026 is a Monday, a California business day.
    expect(returns).toEqual(
      [technology.id, business.id].sort().map((id) => ({
        code: `TIC-11.5-return-or-destroy#${id}`,
        obligor_party: 'JV',
        beneficiary_parties: ['VALENCE'],
        article: 'TIC 11.5',
        due_on: TODAY,
      })),
    );
    // Fengfan is no party to these duties and sees none of them.
    const fengfan = ok(
      await t.gql<{ obligations: { nodes: Array<{ code: string }> } }>(
        `{ obligations(first: 100) { nodes { code } } }`,
        {},
        as('FENGFAN', 'LEGAL'),
      ),
    );
    expect(fengfan.obligations.nodes.filter((o) => o.code.startsWith('TIC-11.5'))).toEqual([]);
  });
});
