/**
 * Licences, uses and infringement reports through GraphQL (JVC Art. 50; TIC 5.2, 5.3, 13.3),
 * with today pinned to 1 March 2026. Every expected answer is read from the articles: a use
 * needs a written licence in force from the mark's owner; a battery carrying a Valence mark
 * needs warranty terms Valence approved; only the owner decides; a report of an unauthorized
 * use is a written notice to Valence.
 */
import { errorCodes, startTestApp, type TestApp } from '../../support/test-app';
import { legal, must, registerMark } from './support';

let t: TestApp;
const TODAY = '2026-03-01';

const USE_FIELDS =
  'id markId markOwner product status warrantyApprovedOn decisionReason decidedOn licenseId';
const REQUEST = `mutation($input: RequestTrademarkUseInput!) { requestTrademarkUse(input: $input) { ${USE_FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $reason: String) { approveTrademarkUse(id: $id, reason: $reason) { ${USE_FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectTrademarkUse(id: $id, reason: $reason) { ${USE_FIELDS} } }`;
const WARRANTY = `mutation($id: ID!) { approveTrademarkWarrantyTerms(id: $id) { ${USE_FIELDS} } }`;
const GRANT = `mutation($input: GrantTrademarkLicenseInput!) {
  grantTrademarkLicense(input: $input) { id licensorParty licenseeParty markIds products territory termTo }
}`;
const REPORT = `mutation($input: ReportTrademarkInfringementInput!) {
  reportTrademarkInfringement(input: $input) {
    id kind senderParty recipientParties sentOn deemedReceivedOn subject
  }
}`;

interface Use {
  id: string;
  status: string;
  warrantyApprovedOn: string | null;
  decisionReason: string | null;
  decidedOn: string | null;
  licenseId: string | null;
}

const ids = { saphion: '', fengfan: '', jvName: '', licence: '', expired: '', fengfanLicence: '' };

async function grant(
  party: 'VALENCE' | 'FENGFAN',
  input: Record<string, unknown>,
): Promise<string> {
  const data = await must(
    t.gql<{ grantTrademarkLicense: { id: string } }>(
      GRANT,
      {
        input: {
          products: ['LARGE_FORMAT_LVP_CYLINDRICAL_CELLS', 'POWDER_LVP'],
          territory: ['CN'],
          executedOn: '2026-01-15',
          documentRef: 'TML-2026-01',
          termFrom: '2026-02-01',
          termTo: '2027-01-31',
          ...input,
        },
      },
      legal(party),
    ),
  );
  return data.grantTrademarkLicense.id;
}

async function request(input: Record<string, unknown>): Promise<Use> {
  const data = await must(
    t.gql<{ requestTrademarkUse: Use }>(
      REQUEST,
      {
        input: {
          markId: ids.saphion,
          product: 'LARGE_FORMAT_LVP_CYLINDRICAL_CELLS',
          kind: 'PRODUCT_MARKING',
          territory: ['CN'],
          periodFrom: '2026-03-01',
          periodTo: '2026-12-31',
          ...input,
        },
      },
      legal('JV'),
    ),
  );
  return data.requestTrademarkUse;
}

beforeAll(async () => {
  t = await startTestApp({}, { today: TODAY });
  ids.saphion = await registerMark(t, 'VALENCE', {
    text: 'SAPHION',
    protectionBasis: 'EXHIBIT_B',
    designatedOn: null,
    designationRef: null,
  });
  const [fengfan] = await t.db.query<Array<{ id: string }>>(
    `SELECT id FROM trademark WHERE text = 'FENGFAN'`,
  );
  const [jvName] = await t.db.query<Array<{ id: string }>>(
    `SELECT id FROM trademark WHERE text = 'FENGFAN-VALENCE'`,
  );
  ids.fengfan = fengfan.id;
  ids.jvName = jvName.id;
  ids.licence = await grant('VALENCE', { markIds: [ids.saphion] });
  ids.expired = await grant('VALENCE', {
    markIds: [ids.saphion],
    documentRef: 'TML-2025-OLD',
    termFrom: '2025-01-01',
    termTo: '2026-02-15',
    executedOn: '2024-12-20',
  });
  ids.fengfanLicence = await grant('FENGFAN', { markIds: [ids.fengfan], documentRef: 'FF-TML-1' });
});

afterAll(() => t.close());

describe('licences (JVC Art. 50)', () => {
  it('are granted by the owner of every mark, to the JV', async () => {
    const response = await t.gql(
      GRANT,
      {
        input: {
          markIds: [ids.fengfan],
          products: ['POWDER_LVP'],
          territory: ['CN'],
          executedOn: '2026-01-15',
          documentRef: 'NOT-VALENCE-TO-GIVE',
          termFrom: '2026-02-01',
        },
      },
      legal('VALENCE'),
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.errors?.[0].extensions?.article).toBe('JVC Art. 50');
  });

  it('are seen by their licensor and the JV, not by the other Party', async () => {
    const list = async (party: 'VALENCE' | 'FENGFAN' | 'JV') =>
      (
        await must(
          t.gql<{ trademarkLicenses: { nodes: Array<{ id: string }>; totalCount: number } }>(
            `{ trademarkLicenses(first: 10) { totalCount nodes { id } } }`,
            {},
            legal(party),
          ),
        )
      ).trademarkLicenses;
    expect((await list('VALENCE')).nodes.map((n) => n.id).sort()).toEqual(
      [ids.licence, ids.expired].sort(),
    );
    expect((await list('FENGFAN')).nodes.map((n) => n.id)).toEqual([ids.fengfanLicence]);
    expect((await list('JV')).totalCount).toBe(3);
  });

  it('are audited with their licensor', async () => {
    const trail = await t.db.query<Array<{ operation: string; actor_party: string }>>(
      `SELECT operation, actor_party FROM audit_event WHERE entity_id = ANY($1::text[]) ORDER BY actor_party`,
      [[ids.licence, ids.fengfanLicence]],
    );
    expect(trail).toEqual([
      { operation: 'grantTrademarkLicence', actor_party: 'FENGFAN' },
      { operation: 'grantTrademarkLicence', actor_party: 'VALENCE' },
    ]);
  });
});

describe('approving a use', () => {
  it('is refused without a licence, citing JVC Art. 50', async () => {
    const use = await request({ warrantyTerms: '24 months' });
    const response = await t.gql(APPROVE, { id: use.id }, legal('VALENCE'));
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors?.[0].extensions?.article).toBe('JVC Art. 50');
    expect(response.errors?.[0].message).toContain('no written trademark licen');
  });

  it('is refused under a licence no longer in force on the day', async () => {
    const use = await request({ licenseId: ids.expired, warrantyTerms: '24 months' });
    const response = await t.gql(APPROVE, { id: use.id }, legal('VALENCE'));
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors?.[0].message).toContain(`not in force on ${TODAY}`);
  });

  it('is refused for a battery without warranty terms, then without their approval (TIC 5.2)', async () => {
    const bare = await request({ licenseId: ids.licence });
    const noTerms = await t.gql(APPROVE, { id: bare.id }, legal('VALENCE'));
    expect(errorCodes(noTerms)).toEqual(['CONFLICT']);
    expect(noTerms.errors?.[0].extensions?.article).toBe('TIC 5.2');

    const use = await request({ licenseId: ids.licence, warrantyTerms: '24 months, 80% capacity' });
    const unapproved = await t.gql(APPROVE, { id: use.id }, legal('VALENCE'));
    expect(errorCodes(unapproved)).toEqual(['CONFLICT']);
    expect(unapproved.errors?.[0].extensions?.article).toBe('TIC 5.2');
    expect(unapproved.errors?.[0].message).toContain('not approved the warranty terms');

    const warranted = await must(
      t.gql<{ approveTrademarkWarrantyTerms: Use }>(WARRANTY, { id: use.id }, legal('VALENCE')),
    );
    expect(warranted.approveTrademarkWarrantyTerms.warrantyApprovedOn).toBe(TODAY);
    const approved = await must(
      t.gql<{ approveTrademarkUse: Use }>(
        APPROVE,
        { id: use.id, reason: 'Per TML-2026-01' },
        legal('VALENCE'),
      ),
    );
    expect(approved.approveTrademarkUse).toMatchObject({
      status: 'APPROVED',
      decidedOn: TODAY,
      decisionReason: 'Per TML-2026-01',
      licenseId: ids.licence,
    });
    // Deciding twice is a CONFLICT, and the audit trail holds each change once.
    expect(errorCodes(await t.gql(APPROVE, { id: use.id }, legal('VALENCE')))).toEqual([
      'CONFLICT',
    ]);
    const trail = await t.db.query<Array<{ operation: string; actor_party: string }>>(
      `SELECT operation, actor_party FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at, id`,
      [use.id],
    );
    expect(trail.map((e) => [e.operation, e.actor_party])).toEqual([
      ['requestTrademarkUse', 'JV'],
      ['approveTrademarkWarrantyTerms', 'VALENCE'],
      ['approveTrademarkUse', 'VALENCE'],
    ]);
  });

  it('needs no warranty approval for a powder (TIC 5.2 speaks of batteries)', async () => {
    const use = await request({ licenseId: ids.licence, product: 'POWDER_LVP' });
    const approved = await must(
      t.gql<{ approveTrademarkUse: Use }>(APPROVE, { id: use.id }, legal('VALENCE')),
    );
    expect(approved.approveTrademarkUse.status).toBe('APPROVED');
  });

  it("is the owner's alone: Fengfan does not even see a use of a Valence mark; the JV may not decide", async () => {
    const use = await request({ licenseId: ids.licence, product: 'POWDER_LVP' });
    expect(errorCodes(await t.gql(APPROVE, { id: use.id }, legal('FENGFAN')))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await t.gql(APPROVE, { id: use.id }, legal('JV')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(WARRANTY, { id: use.id }, legal('FENGFAN')))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it("of Fengfan's mark is Fengfan's to decide, under Fengfan's licence", async () => {
    const use = await request({ markId: ids.fengfan, licenseId: ids.fengfanLicence });
    expect(errorCodes(await t.gql(APPROVE, { id: use.id }, legal('VALENCE')))).toEqual([
      'NOT_FOUND',
    ]);
    const approved = await must(
      t.gql<{ approveTrademarkUse: Use }>(APPROVE, { id: use.id }, legal('FENGFAN')),
    );
    expect(approved.approveTrademarkUse.status).toBe('APPROVED');
  });

  it('is not asked by the JV for its own mark: it needs no licence (JVC Art. 50)', async () => {
    const response = await t.gql(
      REQUEST,
      {
        input: {
          markId: ids.jvName,
          product: 'POWDER_LVP',
          kind: 'MARKETING',
          territory: ['CN'],
          periodFrom: '2026-03-01',
        },
      },
      legal('JV'),
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.errors?.[0].extensions?.article).toBe('JVC Art. 50');
  });
});

describe('rejecting a use', () => {
  it('needs a reason, and records it', async () => {
    const use = await request({ licenseId: ids.licence, product: 'POWDER_LVP' });
    const blank = await t.gql(REJECT, { id: use.id, reason: '  ' }, legal('VALENCE'));
    expect(errorCodes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(blank.errors?.[0].extensions?.field).toBe('reason');
    const rejected = await must(
      t.gql<{ rejectTrademarkUse: Use }>(
        REJECT,
        { id: use.id, reason: 'Packaging artwork not supplied' },
        legal('VALENCE'),
      ),
    );
    expect(rejected.rejectTrademarkUse).toMatchObject({
      status: 'REJECTED',
      decisionReason: 'Packaging artwork not supplied',
      decidedOn: TODAY,
    });
  });
});

describe('the uses each party sees', () => {
  it("Valence sees its marks' uses, Fengfan its own, the JV all", async () => {
    const owners = async (party: 'VALENCE' | 'FENGFAN' | 'JV') =>
      new Set(
        (
          await must(
            t.gql<{ trademarkUses: { nodes: Array<{ markOwner: string }> } }>(
              `{ trademarkUses(first: 100) { nodes { markOwner } } }`,
              {},
              legal(party),
            ),
          )
        ).trademarkUses.nodes.map((n) => n.markOwner),
      );
    expect(await owners('VALENCE')).toEqual(new Set(['VALENCE']));
    expect(await owners('FENGFAN')).toEqual(new Set(['FENGFAN']));
    expect(await owners('JV')).toEqual(new Set(['VALENCE', 'FENGFAN']));
  });
});

describe('reporting an unauthorized use (TIC 5.3)', () => {
  it('is a written notice to Valence, deemed received 14 days after the courier hand-over (TIC 13.3)', async () => {
    const data = await must(
      t.gql<{
        reportTrademarkInfringement: {
          kind: string;
          senderParty: string;
          recipientParties: string[];
          sentOn: string;
          deemedReceivedOn: string;
          subject: string;
          id: string;
        };
      }>(
        REPORT,
        {
          input: {
            markId: ids.saphion,
            description: 'SAPHION-branded cells offered by a Shenzhen trader',
            method: 'COURIER',
            // 10:00 in Baoding on 16 February 2026.
            sentAt: '2026-02-16T02:00:00Z',
            confirmationReceived: false,
          },
        },
        legal('FENGFAN'),
      ),
    );
    const notice = data.reportTrademarkInfringement;
    expect(notice).toMatchObject({
      kind: 'GENERAL',
      senderParty: 'FENGFAN',
      recipientParties: ['VALENCE'],
      sentOn: '2026-02-16',
      // 16 February + 14 days.
      deemedReceivedOn: '2026-03-02',
    });
    expect(notice.subject).toContain('TIC 5.3');
    expect(notice.subject).toContain('SAPHION');
    const trail = await t.db.query<Array<{ operation: string }>>(
      `SELECT operation FROM audit_event WHERE entity_id = $1`,
      [notice.id],
    );
    expect(trail.map((e) => e.operation)).toEqual(['recordNotice']);
  });

  it("concerns Valence's marks only", async () => {
    const response = await t.gql(
      REPORT,
      {
        input: {
          markId: ids.fengfan,
          description: 'A copy of the Fengfan name',
          method: 'COURIER',
          sentAt: '2026-02-16T02:00:00Z',
          confirmationReceived: false,
        },
      },
      legal('JV'),
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.errors?.[0].extensions?.article).toBe('TIC 5.3');
  });
});

describe('bad input names its field and writes nothing', () => {
  const count = async () =>
    (
      await t.db.query<Array<{ n: number }>>(
        `SELECT (SELECT count(*) FROM trademark_use) + (SELECT count(*) FROM trademark_licence)
                + (SELECT count(*) FROM audit_event) AS n`,
      )
    )[0].n;

  it.each<[string, string, Record<string, unknown>, string]>([
    ['a licence ending before it starts', GRANT, { termTo: '2026-01-01' }, 'termTo'],
    ['a territory that is no ISO code', GRANT, { territory: ['China'] }, 'territory[0]'],
    ['a licence signed in the future', GRANT, { executedOn: '2026-03-02' }, 'executedOn'],
    ['a use ending before it starts', REQUEST, { periodTo: '2026-02-01' }, 'periodTo'],
  ])('%s', async (_, document, change, field) => {
    const before = await count();
    const input =
      document === GRANT
        ? {
            markIds: [ids.saphion],
            products: ['POWDER_LVP'],
            territory: ['CN'],
            executedOn: '2026-01-15',
            documentRef: 'TML-BAD',
            termFrom: '2026-02-01',
            ...change,
          }
        : {
            markId: ids.saphion,
            product: 'POWDER_LVP',
            kind: 'ONLINE',
            territory: ['CN'],
            periodFrom: '2026-03-01',
            ...change,
          };
    const response = await t.gql(document, { input }, legal(document === GRANT ? 'VALENCE' : 'JV'));
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0].extensions?.field).toBe(field);
    expect(await count()).toBe(before);
  });
});
