import { createHash } from 'node:crypto';
import ical, { type VEvent } from 'node-ical';
import type { PartyCode, Role } from '../../../src/domain/parties';
import { CALLERS } from '../../support/permission-matrix';
import { errorCodes, startTestApp, type TestApp } from '../../support/test-app';

/**
 * The iCalendar feed (issue 16): a secret URL per user, parsed back with node-ical. The server's
 * today is pinned to 2026-03-20. Valence invoices the Associated Expenses on 2026-03-10, so the
 * JV must pay within 30 days of the invoice date (TIC 6.3): by Thursday 2026-04-09, a California
 * business day (TIC 13.4), nothing to roll. That obligation binds the JV and is owed to Valence,
 * so it is in their feeds and not in Fengfan's (auth/visibility.ts, Obligation).
 */
const TODAY = '2026-03-20';
let t: TestApp;
let base: string;
let ticId: string;

const ROTATE = `mutation { rotateCalendarFeed { path createdAt } }`;
const REVOKE = `mutation { revokeCalendarFeed }`;

beforeAll(async () => {
  t = await startTestApp({}, { today: TODAY });
  base = await t.listen();
  const [tic] = await t.db.query(`SELECT id FROM contract WHERE code = 'TIC'`);
  ticId = tic.id;
  const recorded = await t.gql(
    `mutation R($input: RecordEventInput!) { recordEvent(input: $input) { id } }`,
    {
      input: {
        contractId: ticId,
        kind: 'INVOICE',
        occurredOn: '2026-03-10',
        description: 'Associated Expenses invoice INV-CAL-1',
        amount: '1250.00',
        currency: 'USD',
        reference: 'INV-CAL-1',
      },
    },
    { party: 'VALENCE', role: 'LEGAL' },
  );
  expect(recorded.errors).toBeUndefined();
});
afterAll(() => t.close());

async function rotate(party: PartyCode, role: Role): Promise<string> {
  const response = await t.gql<{ rotateCalendarFeed: { path: string } }>(
    ROTATE,
    {},
    { party, role },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.rotateCalendarFeed.path;
}

async function feed(path: string): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(`${base}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}

/** The events of a feed, parsed by node-ical, with their all-day dates as written. */
function events(text: string) {
  return Object.values(ical.sync.parseICS(text))
    .filter((entry): entry is VEvent => entry?.type === 'VEVENT')
    .map((event) => ({
      date: /DTSTART;VALUE=DATE:(\d{4})(\d{2})(\d{2})/
        .exec(text.slice(text.indexOf(`UID:${event.uid}`)))!
        .slice(1)
        .join('-'),
      dateOnly: (event.start as Date & { dateOnly?: boolean }).dateOnly === true,
      summary: String(event.summary),
      description: String(event.description),
    }));
}

describe('who may manage a calendar feed', () => {
  // Every user who reads deadlines (TIC 11.2; JVC Art. 104(2)) may have them in a calendar.
  it.each(CALLERS)('$party $role may rotate and revoke its own feed', async ({ party, role }) => {
    const rotated = await t.gql(ROTATE, {}, { party, role });
    expect(rotated.errors).toBeUndefined();
    const revoked = await t.gql(REVOKE, {}, { party, role });
    expect(revoked.data).toEqual({ revokeCalendarFeed: true });
  });

  it('refuses an anonymous caller', async () => {
    expect(errorCodes(await t.gql(ROTATE, {}, null))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await t.gql(REVOKE, {}, null))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the calendar feed', () => {
  it('serves text/calendar with one all-day event per due date, citing the article', async () => {
    const path = await rotate('JV', 'ENGINEER');
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const answer = await feed(path);
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^text\/calendar/);
    const parsed = events(answer.text);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toEqual({
      date: '2026-04-09',
      dateOnly: true,
      summary: expect.stringMatching(/^TIC 6\.3 — /),
      description: expect.stringContaining('Article: TIC 6.3'),
    });
    expect(parsed[0].description).toContain('JV owes VALENCE');
    expect(parsed[0].description).toContain(`Status on ${TODAY}: OPEN`);
  });

  it('is scoped like the API: the beneficiary sees the event, a party it does not concern none', async () => {
    expect(events((await feed(await rotate('VALENCE', 'VIEWER'))).text).map((e) => e.date)).toEqual(
      ['2026-04-09'],
    );
    expect(events((await feed(await rotate('FENGFAN', 'LEGAL'))).text)).toEqual([]);
  });

  it('keeps only a hash of the token, and audits the rotation', async () => {
    const path = await rotate('JV', 'LEGAL');
    const token = path.slice('/calendar/'.length, -'.ics'.length);
    const userId = await t.userId('JV', 'LEGAL');
    const rows = await t.db.query(
      `SELECT id, token_hash FROM calendar_feed WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
    expect(rows).toEqual([
      { id: expect.any(String), token_hash: createHash('sha256').update(token).digest('hex') },
    ]);
    const audit = await t.db.query(
      `SELECT operation, actor_party FROM audit_event WHERE actor_user_id = $1 AND entity_id = $2`,
      [userId, rows[0].id],
    );
    expect(audit).toEqual([{ operation: 'rotateCalendarFeed', actor_party: 'JV' }]);
  });

  it('answers 404 at the old URL once rotated, and at every URL once revoked', async () => {
    const first = await rotate('JV', 'COMPLIANCE');
    const second = await rotate('JV', 'COMPLIANCE');
    expect(second).not.toEqual(first);
    expect((await feed(first)).status).toBe(404);
    expect((await feed(second)).status).toBe(200);
    const revoked = await t.gql(REVOKE, {}, { party: 'JV', role: 'COMPLIANCE' });
    expect(revoked.data).toEqual({ revokeCalendarFeed: true });
    expect((await feed(second)).status).toBe(404);
    // Nothing left to revoke.
    const again = await t.gql(REVOKE, {}, { party: 'JV', role: 'COMPLIANCE' });
    expect(again.data).toEqual({ revokeCalendarFeed: false });
  });

  it("stops a deactivated user's feed", async () => {
    const path = await rotate('FENGFAN', 'VIEWER');
    expect((await feed(path)).status).toBe(200);
    const deactivated = await t.gql(
      `mutation D($id: ID!) { deactivateUser(id: $id) { active } }`,
      { id: await t.userId('FENGFAN', 'VIEWER') },
      { party: 'FENGFAN', role: 'ADMIN' },
    );
    expect(deactivated.data).toEqual({ deactivateUser: { active: false } });
    expect((await feed(path)).status).toBe(404);
  });

  it('reads a feed in as many SQL statements for five events as for one', async () => {
    const path = await rotate('VALENCE', 'ADMIN');
    t.queries.reset();
    expect(events((await feed(path)).text)).toHaveLength(1);
    const withOne = t.queries.count;
    for (const n of [2, 3, 4, 5]) {
      const recorded = await t.gql(
        `mutation R($input: RecordEventInput!) { recordEvent(input: $input) { id } }`,
        {
          input: {
            contractId: ticId,
            kind: 'INVOICE',
            occurredOn: `2026-03-1${n}`,
            description: `Associated Expenses invoice INV-CAL-${n}`,
            amount: '10.00',
            currency: 'USD',
            reference: `INV-CAL-${n}`,
          },
        },
        { party: 'VALENCE', role: 'LEGAL' },
      );
      expect(recorded.errors).toBeUndefined();
    }
    t.queries.reset();
    expect(events((await feed(path)).text)).toHaveLength(5);
    expect(t.queries.count).toBe(withOne);
  });

  it('answers 404 to a token that was never issued, or a malformed one', async () => {
    expect((await feed(`/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await feed('/calendar/not-a-token')).status).toBe(404);
  });
});
