/**
 * Who reads protected content (TIC 8.1(i), (ii); JVC Art. 98): a need-to-know grant and an NDA
 * in a form the disclosing party approved; every read states a purpose, is logged and carries
 * a watermark; content is encrypted in the table.
 */
import { createHash } from 'node:crypto';
import { errorCodes, startTestApp, type TestApp } from '../../support/test-app';
import {
  as,
  contractId,
  firstError,
  GRANT,
  ndaOnRecord,
  ok,
  registerItem,
  REVEAL,
  type Item,
} from './support';

const TEXT = 'SECRET-RECIPE-4711: 62% LVP, 3 h at 750 C';
const DOCUMENT = 'DOC-PLAINTEXT-0815 coating line drawing';
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

let t: TestApp;
let item: Item;

type Revealed = {
  revealConfidentialContent: {
    accessId: string;
    text: string;
    watermark: string;
    fingerprint: string;
    documents: Array<{
      fileName: string;
      sha256: string;
      contentBase64: string;
      watermarked: boolean;
    }>;
  };
};

const grant = async (
  role: 'ENGINEER' | 'LEGAL' | 'COMPLIANCE',
  extra: Record<string, unknown> = {},
) =>
  t.gql<{ grantNeedToKnow: { id: string; expiresOn: string } }>(
    GRANT,
    {
      input: {
        itemId: item.id,
        userId: await t.userId('JV', role),
        purpose: 'Commission the coating line',
        ...extra,
      },
    },
    as('JV', 'LEGAL'),
  );
const accessRows = async () =>
  (
    await t.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM confidential_access WHERE item_id = $1`,
      [item.id],
    )
  )[0].n;

beforeAll(async () => {
  t = await startTestApp(
    { USER_CACHE_TTL_MS: '0', CONFIDENTIAL_GRANT_DAYS: '90' },
    { today: '2026-03-02' },
  );
  item = await registerItem(t, as('VALENCE', 'LEGAL'), {
    title: 'Cathode coating recipe',
    summary: 'Coating parameters of the LVP powder line',
    receivingParty: 'JV',
    contractId: await contractId(t, 'TIC'),
    article: 'TIC 7.1(b)',
    basis: 'MARKED',
    disclosedOn: '2026-02-02',
    category: 'TECHNOLOGY',
    valenceTechnology: true,
    eccn: 'EAR99',
    content: TEXT,
    documents: [
      {
        fileName: 'line.txt',
        mediaType: 'text/plain',
        contentBase64: Buffer.from(DOCUMENT).toString('base64'),
      },
    ],
  });
});
afterAll(() => t.close());

describe('encryption at rest', () => {
  it('keeps no plaintext in the table, and the SHA-256 of what was given', async () => {
    const [row] = await t.db.query<Array<{ content_cipher: Buffer; content_sha256: string }>>(
      `SELECT content_cipher, content_sha256 FROM confidential_item WHERE id = $1`,
      [item.id],
    );
    expect(row.content_cipher.includes(Buffer.from('SECRET-RECIPE'))).toBe(false);
    expect(row.content_cipher.toString('latin1')).not.toContain('4711');
    // 12-byte IV, 16-byte tag, then as many bytes as the text (GCM is a stream mode).
    expect(row.content_cipher.length).toBe(12 + 16 + Buffer.byteLength(TEXT));
    expect(row.content_sha256).toBe(sha(TEXT));
    expect(item.contentSha256).toBe(sha(TEXT));
    const [document] = await t.db.query<
      Array<{ cipher: Buffer; sha256: string; byte_size: number }>
    >(`SELECT cipher, sha256, byte_size FROM confidential_document WHERE item_id = $1`, [item.id]);
    expect(document.cipher.includes(Buffer.from('DOC-PLAINTEXT'))).toBe(false);
    expect(document.sha256).toBe(sha(DOCUMENT));
    expect(document.byte_size).toBe(Buffer.byteLength(DOCUMENT));
  });

  it('refuses a document that is not base64, or too large, naming it', async () => {
    const base = {
      title: 'x',
      summary: 'x',
      receivingParty: 'JV',
      contractId: await contractId(t, 'TIC'),
      article: 'TIC 8.1',
      basis: 'MARKED',
      disclosedOn: '2026-02-02',
      category: 'PROCESS',
    };
    const bad = await t.gql(
      `mutation($input: RegisterConfidentialItemInput!) { registerConfidentialItem(input: $input) { id } }`,
      {
        input: {
          ...base,
          documents: [{ fileName: 'a', mediaType: 'text/plain', contentBase64: 'not base64!' }],
        },
      },
      as('VALENCE', 'LEGAL'),
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(firstError(bad)?.extensions?.field).toBe('documents[0].contentBase64');
    const big = await t.gql(
      `mutation($input: RegisterConfidentialItemInput!) { registerConfidentialItem(input: $input) { id } }`,
      {
        input: {
          ...base,
          documents: [
            {
              fileName: 'a',
              mediaType: 'x/y',
              contentBase64: Buffer.alloc(512 * 1024 + 1).toString('base64'),
            },
          ],
        },
      },
      as('VALENCE', 'LEGAL'),
    );
    expect(firstError(big)?.extensions?.field).toBe('documents[0].contentBase64');
  });
});

describe('need-to-know grants need an NDA on record (TIC 8.1(ii))', () => {
  it('refuses a grant to a user without one, citing TIC 8.1(ii)', async () => {
    const response = await grant('ENGINEER');
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(firstError(response)?.extensions?.article).toBe('TIC 8.1(ii)');
  });

  it('refuses an NDA whose form only the JV itself approved', async () => {
    // The form must satisfy the disclosing party: the JV cannot approve its own form.
    const form = ok(
      await t.gql<{ registerNdaForm: { id: string } }>(
        `mutation { registerNdaForm(input: { kind: NDA, title: "Draft", reference: "D-1" }) { id } }`,
        {},
        as('JV', 'LEGAL'),
      ),
    ).registerNdaForm;
    const own = await t.gql(
      `mutation($id: ID!) { approveNdaForm(formId: $id) { id } }`,
      { id: form.id },
      as('JV', 'LEGAL'),
    );
    expect(errorCodes(own)).toEqual(['FORBIDDEN']);
    expect(firstError(own)?.extensions?.article).toContain('TIC 8.1(ii)');
  });

  it('grants for the default period once Valence approved the form and the NDA is recorded', async () => {
    const status = async () =>
      ok(
        await t.gql<{ me: { ndaExecutedAt: string | null } }>(
          `{ me { ndaExecutedAt } }`,
          {},
          as('JV', 'ENGINEER'),
        ),
      ).me.ndaExecutedAt;
    expect(await status()).toBeNull();
    await ndaOnRecord(t, 'JV', ['VALENCE'], ['ENGINEER']);
    // The user's own NDA status shows the day it was executed (TIC 8.1(ii)).
    expect(await status()).toMatch(/^2026-01-1[45]T/);
    const { grantNeedToKnow } = ok(await grant('ENGINEER'));
    // 2 March 2026 + 90 days: 29 days to 31 March, 30 to 30 April, 31 to 31 May.
    expect(grantNeedToKnow.expiresOn).toBe('2026-05-31');
  });

  it('lists the forms with the parties that approved them', async () => {
    const { ndaForms } = ok(
      await t.gql<{
        ndaForms: { totalCount: number; nodes: Array<{ title: string; approvedBy: string[] }> };
      }>(
        `{ ndaForms(first: 10, partyCode: JV) { totalCount nodes { title approvedBy } } }`,
        {},
        as('VALENCE', 'LEGAL'),
      ),
    );
    // Newest first: the approved staff NDA, then the draft nobody else approved.
    expect(ndaForms.nodes).toEqual([
      { title: 'JV staff NDA', approvedBy: ['VALENCE'] },
      { title: 'Draft', approvedBy: [] },
    ]);
  });

  it('refuses a user whose grant was written without an NDA when they read (TIC 8.1(ii))', async () => {
    // A grant that exists without an NDA (recorded before this register, say): still no read.
    await t.db.query(
      `INSERT INTO need_to_know_grant (item_id, user_id, purpose, granted_by, expires_on)
       VALUES ($1, $2, 'legacy', $2, '2026-12-31')`,
      [item.id, await t.userId('JV', 'COMPLIANCE')],
    );
    const response = await t.gql(
      REVEAL,
      { itemId: item.id, purpose: 'Audit' },
      as('JV', 'COMPLIANCE'),
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(firstError(response)?.extensions?.article).toBe('TIC 8.1(ii)');
  });
});

describe('reading protected content', () => {
  it('refuses a read without a purpose, and writes nothing', async () => {
    const before = await accessRows();
    for (const purpose of [undefined, '', '   ']) {
      const response = await t.gql(REVEAL, { itemId: item.id, purpose }, as('JV', 'ENGINEER'));
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(firstError(response)?.extensions?.field).toBe('purpose');
    }
    expect(await accessRows()).toBe(before);
  });

  it('reveals the text and documents under a watermark naming the reader, and logs the read', async () => {
    const before = await accessRows();
    const { revealConfidentialContent: revealed } = ok(
      await t.gql<Revealed>(
        REVEAL,
        { itemId: item.id, purpose: 'Set the oven profile' },
        as('JV', 'ENGINEER'),
      ),
    );
    expect(revealed.text).toContain(TEXT);
    expect(revealed.watermark).toContain('engineer@jv.demo');
    expect(revealed.watermark).toContain('of JV');
    expect(revealed.watermark).toContain(`fingerprint ${revealed.fingerprint}`);
    expect(revealed.text.startsWith(revealed.watermark)).toBe(true);
    // A text document is revealed between two copies of the watermark; its hash is the original's.
    expect(Buffer.from(revealed.documents[0].contentBase64, 'base64').toString()).toBe(
      `${revealed.watermark}\n${DOCUMENT}\n${revealed.watermark}`,
    );
    expect(revealed.documents[0].watermarked).toBe(true);
    expect(revealed.documents[0].sha256).toBe(sha(DOCUMENT));
    expect(await accessRows()).toBe(before + 1);
    const [row] = await t.db.query<
      Array<{ user_id: string; party_code: string; purpose: string; fingerprint: string }>
    >(`SELECT user_id, party_code, purpose, fingerprint FROM confidential_access WHERE id = $1`, [
      revealed.accessId,
    ]);
    expect(row).toEqual({
      user_id: await t.userId('JV', 'ENGINEER'),
      party_code: 'JV',
      purpose: 'Set the oven profile',
      fingerprint: revealed.fingerprint,
    });
  });

  it('gives each reveal its own fingerprint', async () => {
    const read = async () =>
      ok(
        await t.gql<Revealed>(
          REVEAL,
          { itemId: item.id, purpose: 'Second look' },
          as('JV', 'ENGINEER'),
        ),
      ).revealConfidentialContent.fingerprint;
    expect(await read()).not.toBe(await read());
  });

  it('lists the access log for the disclosing party only (TIC 8.2)', async () => {
    const LOG = `query($id: ID!) { accessLog(itemId: $id, first: 10) { totalCount nodes { userEmail partyCode purpose fingerprint } } }`;
    type Log = {
      accessLog: {
        totalCount: number;
        nodes: Array<{
          userEmail: string;
          partyCode: string;
          purpose: string;
          fingerprint: string;
        }>;
      };
    };
    const log = ok(await t.gql<Log>(LOG, { id: item.id }, as('VALENCE', 'COMPLIANCE'))).accessLog;
    expect(log.totalCount).toBe(await accessRows());
    expect(log.nodes.map((n) => n.purpose)).toContain('Set the oven profile');
    expect(new Set(log.nodes.map((n) => n.userEmail))).toEqual(new Set(['engineer@jv.demo']));
    const receiving = await t.gql(LOG, { id: item.id }, as('JV', 'LEGAL'));
    expect(errorCodes(receiving)).toEqual(['FORBIDDEN']);
    expect(firstError(receiving)?.extensions?.article).toBe('TIC 8.2');
  });

  it('cannot be altered: the access log is append-only', async () => {
    await expect(
      t.appDb.query(`UPDATE confidential_access SET purpose = 'other'`),
    ).rejects.toThrow();
    await expect(t.appDb.query(`DELETE FROM confidential_access`)).rejects.toThrow();
  });
});

describe('grants end', () => {
  it('stops access once the grant has expired', async () => {
    await ndaOnRecord(t, 'JV', ['VALENCE'], ['LEGAL']);
    ok(await grant('LEGAL', { expiresOn: '2026-03-10' }));
    ok(await t.gql(REVEAL, { itemId: item.id, purpose: 'Review' }, as('JV', 'LEGAL')));
    // The grant's last day passes (moved into the past in the table, as time would).
    await t.db.query(`UPDATE need_to_know_grant SET expires_on = '2026-03-01' WHERE user_id = $1`, [
      await t.userId('JV', 'LEGAL'),
    ]);
    const response = await t.gql(
      REVEAL,
      { itemId: item.id, purpose: 'Review again' },
      as('JV', 'LEGAL'),
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(firstError(response)?.extensions?.article).toBe('TIC 8.1(i)');
    expect(firstError(response)?.message).toContain('expired on 2026-03-01');
  });

  it('stops access, and hides the item from ENGINEER, once revoked', async () => {
    const grants = ok(
      await t.gql<{
        confidentialItem: {
          grants: Array<{ id: string; userId: string; revokedAt: string | null }>;
        };
      }>(
        `query($id: ID!) { confidentialItem(id: $id) { grants { id userId revokedAt } } }`,
        { id: item.id },
        as('VALENCE', 'LEGAL'),
      ),
    ).confidentialItem.grants;
    const engineer = await t.userId('JV', 'ENGINEER');
    const mine = grants.find((g) => g.userId === engineer && g.revokedAt === null)!;
    // TIC 8.2: the disclosing party may end access to its information too.
    ok(
      await t.gql(
        `mutation($input: RevokeNeedToKnowInput!) { revokeNeedToKnow(input: $input) { id revokedAt } }`,
        { input: { grantId: mine.id, reason: 'Line commissioned' } },
        as('VALENCE', 'LEGAL'),
      ),
    );
    const response = await t.gql(
      REVEAL,
      { itemId: item.id, purpose: 'One more look' },
      as('JV', 'ENGINEER'),
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });

  it('refuses a grant longer than the default period', async () => {
    const response = await grant('ENGINEER', { expiresOn: '2026-06-01' });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(firstError(response)?.extensions?.field).toBe('expiresOn');
  });
});

describe('NDA coverage (TIC 8.1(ii), 8.2)', () => {
  it('shows the JV’s users with grants or reads, and whether they are covered', async () => {
    const { ndaCoverage } = ok(
      await t.gql<{
        ndaCoverage: {
          usersWithGrants: number;
          usersCovered: number;
          usersWhoRead: number;
          users: Array<{
            email: string;
            liveGrants: number;
            ndaOnRecord: boolean;
            covered: boolean;
            reads: number;
          }>;
        };
      }>(
        `{ ndaCoverage(from: "2026-03-01", to: "2026-03-31") {
            usersWithGrants usersCovered usersWhoRead
            users { email liveGrants ndaOnRecord covered reads } } }`,
        {},
        as('JV', 'COMPLIANCE'),
      ),
    );
    // COMPLIANCE: the legacy grant, no NDA; ENGINEER: revoked, 3 reads; LEGAL: expired, 1 read.
    expect(ndaCoverage.users).toEqual([
      { email: 'compliance@jv.demo', liveGrants: 1, ndaOnRecord: false, covered: false, reads: 0 },
      { email: 'engineer@jv.demo', liveGrants: 0, ndaOnRecord: true, covered: true, reads: 3 },
      { email: 'legal@jv.demo', liveGrants: 0, ndaOnRecord: true, covered: true, reads: 1 },
    ]);
    expect(ndaCoverage).toMatchObject({ usersWithGrants: 1, usersCovered: 0, usersWhoRead: 2 });
  });
});
