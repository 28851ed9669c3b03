import { spawn } from 'node:child_process';
import path from 'node:path';
import { loadTokenKey } from '../../../src/auth/signing-key';
import { signLocalToken } from '../../../src/auth/tokens';
import { UserEntity } from '../../../src/entities';
import { importScreeningList } from '../../../src/services/export/screening-import';
import { startTestApp, type TestApp } from '../../support/test-app';
import { createSublicense, createSupplier, link, ticInForce, TODAY } from './support';

/**
 * The command-line checker against a running server, spawned as a user would run it: a real
 * GraphQL client over HTTP with a service account's token. Exit codes: 0 all valid, 1 any
 * invalid or needing review, 2 usage, network or authentication errors.
 */
const ROOT = path.join(__dirname, '../../..');
let t: TestApp;
let url: string;
let token: string;
let fengfanToken: string;
let invalidId: string;

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'src/cli/check-suppliers.ts', ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A service account of a party, and a token for it, as `npm run token:service` mints one. */
async function serviceToken(party: 'VALENCE' | 'FENGFAN'): Promise<string> {
  const users = t.db.getRepository(UserEntity);
  const user = await users.save(
    users.create({
      email: `nightly-check@${party.toLowerCase()}.demo`,
      displayName: 'Nightly supplier check',
      partyCode: party,
      roles: ['COMPLIANCE'],
      kind: 'SERVICE',
    }),
  );
  return signLocalToken(user.id, loadTokenKey(t.config), t.config, 600);
}

beforeAll(async () => {
  t = await startTestApp();
  await ticInForce(t);
  await importScreeningList(t.db, path.join(__dirname, '../../fixtures/csl-slice.csv'), {
    listDate: TODAY,
  });
  url = `${await t.listen()}/graphql`;
  token = await serviceToken('VALENCE');
  fengfanToken = await serviceToken('FENGFAN');
});
afterAll(() => t.close());

describe('npm run check:suppliers', () => {
  it('exits 0 when there is nothing to check', async () => {
    const { code, stdout } = await runCli(['--url', url, '--token', token]);
    expect(code).toBe(0);
    expect(stdout).toContain('(no supplier sublicence on record)');
  });

  it('exits 1 when a sublicence is invalid, with the failing finding in the table', async () => {
    const holder = await createSupplier(t, { legalName: 'Dingxing Holdings Co., Ltd.' });
    const valid = await createSupplier(t, { legalName: 'Dingxing Anode Graphite Co., Ltd.' });
    const invalid = await createSupplier(t, { legalName: 'Yixian Nickel Sulphate Co., Ltd.' });
    await link(t, { holderId: holder, heldId: valid, sharePercent: 100 });
    await link(t, { holderId: holder, heldId: invalid, sharePercent: 100 });
    await createSublicense(t, valid);
    // The agreement was never executed: TIC 2.4 fails.
    invalidId = await createSublicense(t, invalid, { agreementExecutedOn: null });
    const { code, stdout } = await runCli([
      '--url',
      url,
      '--token',
      token,
      '--as-of',
      TODAY,
      '--since',
      TODAY,
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain(`Supplier sublicences as of ${TODAY} (changes since ${TODAY})`);
    expect(stdout).toMatch(
      new RegExp(`INVALID +Yixian Nickel Sulphate Co\\., Ltd\\. +ACTIVE +${invalidId}`),
    );
    expect(stdout).toMatch(/VALID +Dingxing Anode Graphite Co\., Ltd\. +ACTIVE/);
    expect(stdout).toMatch(/FAIL +WRITTEN_AGREEMENT \(TIC 2\.4\): Yixian Nickel Sulphate/);
    expect(stdout).toContain(`Changes since ${TODAY}:`);
    expect(stdout).toContain('Total 2: 1 valid, 1 invalid, 0 need review');
  });

  it('prints JSON for pipelines, with the same exit code', async () => {
    const { code, stdout } = await runCli(['--url', url, '--token', token, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      totals: { total: number; invalid: number };
      checks: Array<{
        sublicenseId: string;
        verdict: string;
        findings: Array<{ condition: string; status: string }>;
      }>;
    };
    expect(report.totals).toMatchObject({ total: 2, invalid: 1 });
    const invalid = report.checks.find((c) => c.sublicenseId === invalidId)!;
    expect(invalid.verdict).toBe('INVALID');
    expect(invalid.findings).toContainEqual({
      condition: 'WRITTEN_AGREEMENT',
      status: 'FAIL',
      article: 'TIC 2.4',
      message: expect.any(String),
    });
  });

  it('exits 0 once every sublicence is valid (JSON too)', async () => {
    await t.db.query(`UPDATE supplier_sublicense SET status = 'TERMINATED' WHERE id = $1`, [
      invalidId,
    ]);
    // A terminated sublicence is still reported (INVALID): only a register of valid ones exits 0.
    expect((await runCli(['--url', url, '--token', token])).code).toBe(1);
    await t.db.query(`DELETE FROM supplier_sublicense WHERE id = $1`, [invalidId]);
    const table = await runCli(['--url', url, '--token', token]);
    expect(table.code).toBe(0);
    const json = await runCli(['--url', url, '--token', token, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).totals).toEqual({
      total: 1,
      valid: 1,
      invalid: 0,
      needsReview: 0,
    });
  });

  it.each([
    [[], /--url and --token are required/],
    [['--url', 'http://127.0.0.1:1/graphql'], /--url and --token are required/],
    [['--url', 'x', '--token', 'y', '--format', 'xml'], /--format must be table or json/],
    [['--url', 'x', '--token', 'y', '--as-of', '6 Dec'], /--as-of must be a date/],
    [['--url', 'x', '--token', 'y', '--since', '2026-02-30'], /--since must be a date/],
    [['--bogus'], /Unknown option/],
  ])('exits 2 on a usage error %j', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('exits 2 when the server cannot be reached', async () => {
    const { code, stderr } = await runCli([
      '--url',
      'http://127.0.0.1:1/graphql',
      '--token',
      token,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('Cannot reach http://127.0.0.1:1/graphql');
  });

  it('exits 2 on a bad token', async () => {
    const { code, stderr } = await runCli(['--url', url, '--token', 'not-a-token']);
    expect(code).toBe(2);
    expect(stderr).toContain('Authentication failed');
  });

  it('exits 2 for a Fengfan account: refused, citing TIC 2.4', async () => {
    const { code, stderr } = await runCli(['--url', url, '--token', fengfanToken]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/FORBIDDEN: .*\(TIC 2\.4, 2\.8/);
  });
});
