import path from 'node:path';
import { importScreeningList } from '../../../src/services/export/screening-import';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * Screening is one SQL statement per name: the candidate fetch (word keys, joined words and,
 * for a name of generic words only, its word groups and the trigram fallback) is one statement,
 * and what a call needs once — the list in use, the reviews remembered — is read once per call,
 * whatever the number of names.
 */
const SLICE = path.join(__dirname, '../../fixtures/csl-slice.csv');
const TODAY = new Date().toISOString().slice(0, 10);
const JV = { party: 'JV', role: 'COMPLIANCE' } as const;

const SCREEN = `mutation($names: [ScreenNameInput!]!) {
  screenNames(names: $names) { recordId results { name matches { entryName level } } }
}`;

interface ScreenResult {
  screenNames: { results: Array<{ name: string; matches: Array<{ entryName: string }> }> };
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await importScreeningList(t.db, SLICE, { listDate: TODAY });
});
afterAll(() => t.close());

/** The statements of one screenNames call, by kind. */
async function statementsFor(names: string[]): Promise<{
  fetches: number;
  thresholds: number;
  reviews: number;
  lists: number;
  data: ScreenResult;
}> {
  t.queries.reset();
  const { data, errors } = await t.gql<ScreenResult>(
    SCREEN,
    { names: names.map((name) => ({ name })) },
    JV,
  );
  expect(errors).toBeUndefined();
  const count = (pattern: RegExp) => t.queries.statements.filter((q) => pattern.test(q)).length;
  return {
    fetches: count(/FROM restricted_party_name/),
    thresholds: count(/pg_trgm\.similarity_threshold/),
    reviews: count(/FROM screening_clearance/),
    lists: count(/FROM screening_list_version/),
    data: data!,
  };
}

describe('screening statements per name', () => {
  it('is one statement per name with a distinctive word; list and reviews read once', async () => {
    // Distinctive words (Huawei, Bowei, Sinopack, Markazi, Keshavarzi): found by their word
    // keys, no trigram threshold to set.
    const five = await statementsFor([
      'Huawei Technologies Co., Ltd.',
      'Hebei Bowei Integrated',
      'Hebei Sinopack Electronics',
      'Bank Markazi Jomhouri Islami Iran',
      'Bank Keshavarzi Iran',
    ]);
    expect(five).toMatchObject({ fetches: 5, thresholds: 0, reviews: 1, lists: 1 });
    // And each is found: the statement does its work.
    for (const result of five.data.screenNames.results) {
      expect(result.matches.length).toBeGreaterThan(0);
    }
  });

  it('sets the trigram threshold only for a name of generic words only', async () => {
    // China, Electronics, Technology, Group: generic words only.
    const generic = await statementsFor(['China Electronics Technology Group Co., Ltd.']);
    expect(generic).toMatchObject({ fetches: 1, thresholds: 1, reviews: 1, lists: 1 });
    expect(generic.data.screenNames.results[0].matches.map((m) => m.entryName)).toContain(
      'CHINA ELECTRONICS TECHNOLOGY GROUP CORPORATION',
    );
  });
});
