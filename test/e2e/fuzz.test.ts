/**
 * The fuzz script (scripts/fuzz.ts) on a small budget against a real server: every request
 * generated from schema.graphql, however hostile its values, is answered with a client error
 * or data — never a 5xx, never INTERNAL_SERVER_ERROR.
 */
import { runFuzz } from '../../scripts/fuzz';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let url: string;

beforeAll(async () => {
  t = await startTestApp();
  url = `${await t.listen()}/graphql`;
});
afterAll(() => t.close());

const BUDGET = Number(process.env.FUZZ_BUDGET ?? 400);

it(`answers ${BUDGET} requests generated from the schema without a server error`, async () => {
  const tokens = await Promise.all([
    t.tokenFor('VALENCE', 'ADMIN'),
    t.tokenFor('VALENCE', 'COMPLIANCE'),
    t.tokenFor('FENGFAN', 'LEGAL'),
    t.tokenFor('JV', 'ENGINEER'),
  ]);
  const report = await runFuzz({
    url,
    tokens,
    budget: BUDGET,
    seed: Number(process.env.FUZZ_SEED ?? 20261206),
  });
  expect(report.requests).toBe(BUDGET);
  expect(report.findings).toEqual([]);
  // The hostile values were refused as bad input, not silently accepted.
  expect(report.byCode.BAD_USER_INPUT).toBeGreaterThan(50);
}, 120_000);
