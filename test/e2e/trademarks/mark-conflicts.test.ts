/**
 * The register and its conflict check through GraphQL on real PostgreSQL (TIC 10.4; JVC Art.
 * 50): candidates found and measured by pg_trgm/fuzzystrmatch, scored by the pure rule. The
 * expected answers are worked by hand in each case's comment.
 */
import { randomUUID } from 'node:crypto';
import { seedMarks } from '../../../src/seed/trademarks';
import { errorCodes, startTestApp, type TestApp } from '../../support/test-app';
import { legal, must, REGISTER, registerMark } from './support';

let t: TestApp;

const CHECK = `query($text: String!, $forParty: PartyCode!, $classes: [Int!]!) {
  checkMarkConflict(text: $text, forParty: $forParty, niceClasses: $classes) {
    level score closest { markText ownerParty level score reasons matchedForm goods }
  }
}`;

interface Check {
  level: string;
  score: number;
  closest: Array<{
    markText: string;
    ownerParty: string;
    level: string;
    score: number;
    reasons: string[];
    matchedForm: string;
    goods: string;
  }>;
}

async function check(text: string, forParty = 'FENGFAN', classes = [9]): Promise<Check> {
  const data = await must(
    t.gql<{ checkMarkConflict: Check }>(CHECK, { text, forParty, classes }, legal('FENGFAN')),
  );
  return data.checkMarkConflict;
}

beforeAll(async () => {
  t = await startTestApp({}, { today: '2026-03-01' });
  // Valence's marks for the cases (the seed holds VALENCE, FENGFAN and FENGFAN-VALENCE).
  await registerMark(t, 'VALENCE', {
    text: 'SAPHION',
    protectionBasis: 'EXHIBIT_B',
    designatedOn: null,
    designationRef: null,
    registrations: [{ country: 'US', number: 'US-1001', niceClasses: [9], status: 'REGISTERED' }],
  });
  await registerMark(t, 'VALENCE', { text: 'MORVAX' });
  await registerMark(t, 'VALENCE', {
    text: 'VOLTARA',
    renderings: [{ kind: 'TRANSLITERATION', text: '沃塔拉', language: 'zh' }],
  });
  for (const text of ['Power Cell', 'Cell One', 'Smart Cell', 'Cell Guard', 'Cell Pro']) {
    await registerMark(t, 'VALENCE', { text });
  }
  // A Chinese mark of Fengfan's, protected against Valence (TIC 10.4, second sentence).
  await registerMark(t, 'FENGFAN', { text: '巨能', language: 'zh' });
});

afterAll(() => t.close());

describe('the seeded register: the trade names the contracts name (TIC 10.4; JVC Art. 1, 24)', () => {
  it('holds VALENCE, FENGFAN and the JV name, with Valence’s consent to the JV name', async () => {
    const data = await must(
      t.gql<{
        marks: {
          nodes: Array<{
            text: string;
            ownerParty: string;
            protectionBasis: string;
            consent: { party: string } | null;
          }>;
        };
      }>(
        `{ marks(first: 100, filter: {}) { nodes { text ownerParty protectionBasis consent { party } } } }`,
        {},
        { party: 'FENGFAN', role: 'VIEWER' },
      ),
    );
    const seeded = data.marks.nodes.filter((m) => m.protectionBasis === 'NAMED_IN_CONTRACT');
    expect(seeded).toEqual([
      {
        text: 'FENGFAN',
        ownerParty: 'FENGFAN',
        protectionBasis: 'NAMED_IN_CONTRACT',
        consent: null,
      },
      {
        text: 'FENGFAN-VALENCE',
        ownerParty: 'JV',
        protectionBasis: 'NAMED_IN_CONTRACT',
        consent: { party: 'VALENCE' },
      },
      {
        text: 'VALENCE',
        ownerParty: 'VALENCE',
        protectionBasis: 'NAMED_IN_CONTRACT',
        consent: null,
      },
    ]);
  });

  it('is seeded once: seeding again adds nothing', async () => {
    expect(await seedMarks(t.db.manager)).toBe(0);
  });
});

describe('checkMarkConflict', () => {
  it.each(['valence', 'Va-Lence', 'VAL ENCE', 'V.A.L.E.N.C.E'])(
    '%s is IDENTICAL to VALENCE: the same letters in another case, spacing or punctuation',
    async (text) => {
      const result = await check(text);
      expect(result.level).toBe('IDENTICAL');
      expect(result.score).toBe(1);
      // VALENCE has no registration on file: it covers every class.
      expect(result.closest[0]).toMatchObject({
        markText: 'VALENCE',
        reasons: ['SAME_LETTERS'],
        goods: 'UNKNOWN',
      });
    },
  );

  it('look-alike characters: VA1ENCE (1/l) and RNORVAX (rn/m)', async () => {
    const one = await check('VA1ENCE');
    expect(one.level).toBe('CONFUSINGLY_SIMILAR');
    expect(one.closest[0].markText).toBe('VALENCE');
    expect(one.closest[0].reasons).toContain('LOOK_ALIKE_CHARACTERS');
    const rn = await check('RNORVAX');
    expect(rn.closest[0]).toMatchObject({ markText: 'MORVAX', level: 'CONFUSINGLY_SIMILAR' });
    expect(rn.closest[0].reasons).toContain('LOOK_ALIKE_CHARACTERS');
  });

  it('a one-letter misspelling: VALANCE, one substitution in seven letters, sounding F-L-N-S', async () => {
    const result = await check('Valance');
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
    expect(result.closest[0]).toMatchObject({
      markText: 'VALENCE',
      reasons: ['SMALL_EDIT_DISTANCE', 'SAME_SOUND'],
      score: 0.857,
    });
  });

  it('a sound-alike: PHALENCE is two edits from VALENCE but has its Double Metaphone code', async () => {
    const result = await check('Phalence');
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
    expect(result.closest).toEqual([
      expect.objectContaining({ markText: 'VALENCE', reasons: ['SAME_SOUND'], score: 0.85 }),
    ]);
  });

  it('a Chinese transliteration of a Latin mark: 赛菲恩 (sai fei en) sounds like SAPHION', async () => {
    const result = await check('赛菲恩');
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
    expect(result.closest[0]).toMatchObject({ markText: 'SAPHION', reasons: ['PINYIN'] });
  });

  it('a Latin mark that transliterates a Chinese one: JUNENG for Valence against 巨能', async () => {
    const result = await check('Juneng', 'VALENCE');
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
    expect(result.closest[0]).toMatchObject({
      markText: '巨能',
      ownerParty: 'FENGFAN',
      reasons: ['PINYIN'],
      score: 0.9,
    });
  });

  it('a known transliteration on file: 沃塔拉 is recorded for VOLTARA', async () => {
    const result = await check('沃塔拉');
    expect(result.closest[0]).toMatchObject({
      markText: 'VOLTARA',
      reasons: ['KNOWN_RENDERING'],
      matchedForm: '沃塔拉',
    });
  });

  it('a clearly different mark is CLEAR, with nothing listed', async () => {
    expect(await check('Phoenix')).toEqual({ level: 'CLEAR', score: 0, closest: [] });
  });

  it('a short common word does not drown the list: CELL matches none of the five Cell marks', async () => {
    expect(await check('Cell')).toEqual({ level: 'CLEAR', score: 0, closest: [] });
    // With a distinctive word, only the mark that holds that word is listed.
    const result = await check('Valence Cell');
    expect(result.closest.map((c) => [c.markText, c.level, c.reasons])).toEqual([
      ['VALENCE', 'CONFUSINGLY_SIMILAR', ['SHARED_STEM']],
    ]);
  });

  it('unrelated goods lower the answer: SAPHLON for clothing (25) against SAPHION for batteries (9)', async () => {
    const batteries = await check('Saphlon', 'FENGFAN', [9]);
    expect(batteries.closest[0]).toMatchObject({
      markText: 'SAPHION',
      level: 'CONFUSINGLY_SIMILAR',
      goods: 'SAME_CLASS',
      score: 0.857,
    });
    const clothing = await check('Saphlon', 'FENGFAN', [25]);
    expect(clothing.level).toBe('CLEAR');
    // 6/7 × 0.6 = 0.514.
    expect(clothing.closest[0]).toMatchObject({ goods: 'UNRELATED', score: 0.514 });
  });

  it("compares only with the marks the contracts protect: Fengfan's proposal ignores the JV's marks", async () => {
    // FENGFAN-VALENCE is the JV's; TIC 10.4 protects Valence's marks against Fengfan.
    const result = await check('Fengfan-Valence');
    expect(result.closest.every((c) => c.ownerParty === 'VALENCE')).toBe(true);
  });

  it('refuses a proposal with no letters as bad input naming the field', async () => {
    const response = await t.gql(CHECK, { text: '—', forParty: 'JV', classes: [9] }, legal('JV'));
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0].extensions?.field).toBe('text');
  });
});

describe('registering a mark runs the check (TIC 10.4)', () => {
  const count = async (text: string) =>
    (
      await t.db.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM trademark WHERE text = $1`,
        [text],
      )
    )[0].n;

  it("refuses Fengfan's VALANCE as confusingly similar to VALENCE, citing the article, storing nothing", async () => {
    const response = await t.gql(
      REGISTER,
      {
        input: {
          text: 'Valance',
          language: 'en',
          protectionBasis: 'DESIGNATED_IN_WRITING',
          designatedOn: '2026-02-01',
          designationRef: 'Fengfan letter 2026-02-01',
        },
      },
      legal('FENGFAN'),
    );
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors?.[0].extensions?.article).toBe('TIC 10.4; JVC Art. 50');
    expect(response.errors?.[0].message).toContain('VALENCE');
    expect(await count('Valance')).toBe(0);
  });

  it("registers it with Valence's express written consent on record", async () => {
    const id = await registerMark(t, 'JV', {
      text: 'Valance',
      consent: {
        party: 'VALENCE',
        documentRef: 'Valence consent letter VT-17',
        givenOn: '2026-02-15',
      },
    });
    const data = await must(
      t.gql<{ mark: { consent: { party: string; documentRef: string } } }>(
        `query($id: ID!) { mark(id: $id) { consent { party documentRef } } }`,
        { id },
        legal('JV'),
      ),
    );
    expect(data.mark.consent).toEqual({
      party: 'VALENCE',
      documentRef: 'Valence consent letter VT-17',
    });
  });

  it("protects Fengfan's marks against Valence: JUNENG needs Fengfan's consent", async () => {
    const input = {
      text: 'Juneng',
      language: 'en',
      protectionBasis: 'DESIGNATED_IN_WRITING',
      designatedOn: '2026-02-01',
      designationRef: 'Valence letter',
    };
    const refused = await t.gql(REGISTER, { input }, legal('VALENCE'));
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    const withJvConsent = await t.gql(
      REGISTER,
      {
        input: {
          ...input,
          consent: { party: 'JV', documentRef: 'JV letter', givenOn: '2026-02-02' },
        },
      },
      legal('VALENCE'),
    );
    // The JV's consent does not stand for Fengfan's.
    expect(errorCodes(withJvConsent)).toEqual(['CONFLICT']);
  });

  it('keeps Exhibit B for Valence’s marks (TIC 5.2, 10.4)', async () => {
    const response = await t.gql(
      REGISTER,
      { input: { text: 'Baoding Sail', language: 'en', protectionBasis: 'EXHIBIT_B' } },
      legal('FENGFAN'),
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0].extensions?.field).toBe('protectionBasis');
  });

  it('retries safely: the same key and input return the first mark; other input is a CONFLICT', async () => {
    const key = randomUUID();
    const input = {
      text: 'Zephyrine',
      language: 'en',
      protectionBasis: 'DESIGNATED_IN_WRITING',
      designatedOn: '2026-02-01',
      designationRef: 'Fengfan letter',
      idempotencyKey: key,
    };
    const first = await must(
      t.gql<{ registerMark: { id: string } }>(REGISTER, { input }, legal('FENGFAN')),
    );
    const again = await must(
      t.gql<{ registerMark: { id: string } }>(REGISTER, { input }, legal('FENGFAN')),
    );
    expect(again.registerMark.id).toBe(first.registerMark.id);
    const other = await t.gql(
      REGISTER,
      { input: { ...input, text: 'Zephyrina' } },
      legal('FENGFAN'),
    );
    expect(errorCodes(other)).toEqual(['CONFLICT']);
    expect(await count('Zephyrine')).toBe(1);
    const audits = await t.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM audit_event WHERE operation = 'registerMark' AND entity_id = $1`,
      [first.registerMark.id],
    );
    expect(audits[0].n).toBe(1);
  });
});

describe("each owner's LEGAL manages its own marks (TIC 10.4)", () => {
  const ADD = `mutation($input: AddMarkRegistrationInput!) {
    addMarkRegistration(input: $input) { id country number niceClasses status }
  }`;
  const markId = async (text: string) =>
    (await t.db.query<Array<{ id: string }>>(`SELECT id FROM trademark WHERE text = $1`, [text]))[0]
      .id;

  it("adds a registration to its own mark, audited; another party's mark is FORBIDDEN", async () => {
    const valence = await markId('VALENCE');
    const input = {
      markId: valence,
      country: 'cn',
      number: 'G-1234567',
      niceClasses: [9, 1, 9],
      status: 'REGISTERED',
    };
    const refused = await t.gql(ADD, { input }, legal('FENGFAN'));
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0].extensions?.article).toBe('TIC 10.4');

    const added = await must(
      t.gql<{ addMarkRegistration: { id: string } }>(ADD, { input }, legal('VALENCE')),
    );
    // The country as ISO writes it; the classes once each, in order.
    expect(added.addMarkRegistration).toMatchObject({
      country: 'CN',
      number: 'G-1234567',
      niceClasses: [1, 9],
      status: 'REGISTERED',
    });
    const trail = await t.db.query<Array<{ operation: string; actor_party: string }>>(
      `SELECT operation, actor_party FROM audit_event WHERE entity_id = $1`,
      [added.addMarkRegistration.id],
    );
    expect(trail).toEqual([{ operation: 'addMarkRegistration', actor_party: 'VALENCE' }]);
    // The same registration twice is a CONFLICT on its number.
    const twice = await t.gql(ADD, { input }, legal('VALENCE'));
    expect(errorCodes(twice)).toEqual(['CONFLICT']);
  });
});
