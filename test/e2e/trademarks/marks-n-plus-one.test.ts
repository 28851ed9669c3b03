/**
 * No N+1 on the register: a page of marks with their registrations, renderings and consent
 * costs the same number of SQL statements for one mark as for eight.
 */
import { startTestApp, type TestApp } from '../../support/test-app';
import { registerMark } from './support';

let t: TestApp;

/** Words far apart in letters and sound, so that none conflicts with another. */
const WORDS = [
  'Aardwolf',
  'Bluefinch',
  'Cormorant',
  'Dromedary',
  'Egretta',
  'Flamingo',
  'Gazelline',
];

const NESTED = `query($first: Int!) {
  marks(first: $first, filter: { owner: VALENCE }, orderBy: { field: TEXT, direction: ASC }) {
    totalCount
    nodes {
      text
      consent { party }
      registrations { country number niceClasses status }
      renderings { kind text script }
    }
  }
}`;

interface Node {
  text: string;
  registrations: Array<{ number: string }>;
  renderings: Array<{ text: string }>;
}

beforeAll(async () => {
  // No user cache: every request looks its caller up, so counts do not depend on timing.
  t = await startTestApp({ USER_CACHE_TTL_MS: '0' });
  for (const [i, text] of WORDS.entries()) {
    await registerMark(t, 'VALENCE', {
      text,
      registrations: [
        { country: 'US', number: `US-${i}`, niceClasses: [9], status: 'REGISTERED' },
        { country: 'CN', number: `CN-${i}`, niceClasses: [1, 9], status: 'FILED' },
      ],
      renderings: [{ kind: 'TRANSLATION', text: `${text} (zh)`, language: 'zh' }],
    });
  }
});

afterAll(() => t.close());

async function statementsFor(first: number) {
  const token = await t.tokenFor('VALENCE', 'VIEWER');
  t.queries.reset();
  const { data, errors } = await t.gql<{ marks: { nodes: Node[] } }>(NESTED, { first }, { token });
  const count = t.queries.count;
  expect(errors).toBeUndefined();
  return { count, nodes: data!.marks.nodes };
}

describe('no N+1: marks with registrations and renderings', () => {
  it('costs as many statements for 8 marks (14 registrations) as for 1', async () => {
    const one = await statementsFor(1);
    const eight = await statementsFor(8);
    // Valence's marks by text: the seven above, then the seeded VALENCE.
    expect(eight.nodes.map((n) => n.text)).toEqual([...WORDS, 'VALENCE']);
    expect(eight.nodes[0].registrations.map((r) => r.number)).toEqual(['CN-0', 'US-0']);
    expect(eight.nodes[0].renderings.map((r) => r.text)).toEqual(['Aardwolf (zh)']);
    expect(one.nodes).toHaveLength(1);
    expect(eight.count).toBe(one.count);
    // The caller, the page (its registrations and renderings read with it), its count.
    expect(one.count).toBe(3);
  });
});
