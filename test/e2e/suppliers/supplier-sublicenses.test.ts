import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importScreeningList } from '../../../src/services/export/screening-import';
import { rescreenAllSuppliers } from '../../../src/services/suppliers/supplier-screening.service';
import { errorCodes, startTestApp, type TestApp } from '../../support/test-app';
import {
  check,
  createSublicense,
  createSupplier,
  isoDay,
  JV_COMPLIANCE,
  JV_LEGAL,
  link,
  must,
  notPassing,
  ticInForce,
  TODAY,
  VALENCE_LEGAL,
} from './support';

/**
 * Supplier sublicences through GraphQL on real PostgreSQL (TIC 2.1(iii), 2.4, 2.6, 5.6, 12.2;
 * JVC Art. 47), against 336 real entries of the Consolidated Screening List. Each expected
 * verdict is worked from the contract: a valid sublicence is broken one condition at a time.
 */
const SLICE = path.join(__dirname, '../../fixtures/csl-slice.csv');

let t: TestApp;
let independent: string;

beforeAll(async () => {
  t = await startTestApp();
  await importScreeningList(t.db, SLICE, { listDate: TODAY });
  await ticInForce(t);
  independent = await createSupplier(t, {
    legalName: 'Shijiazhuang Independent Capital Co., Ltd.',
  });
});
afterAll(() => t.close());

/** SQL statements since the counter's reset, the user lookup aside (cached for a few seconds). */
const statements = () => t.queries.statements.filter((sql) => !sql.includes('app_user')).length;

/** A supplier no list names, wholly owned by an independent holder. */
async function cleanSupplier(name: string): Promise<string> {
  const id = await createSupplier(t, { legalName: name });
  await link(t, { holderId: independent, heldId: id, sharePercent: 100 });
  return id;
}

describe('a sublicence meeting every condition', () => {
  it('is VALID, one PASS finding per condition, each with its article', async () => {
    const supplier = await cleanSupplier('Hebei Vanadium Cathode Materials Co., Ltd.');
    const result = await check(t, await createSublicense(t, supplier));
    expect(result.verdict).toBe('VALID');
    expect(result.findings.map((f) => [f.condition, f.article])).toEqual([
      ['LICENCE_IN_FORCE', 'TIC 2.6, 11.1'],
      ['SUBLICENCE_IN_EFFECT', 'TIC 2.4'],
      ['PURPOSE', 'TIC 2.1(iii)'],
      ['SUPPLY_RECIPIENTS', 'TIC 2.4'],
      ['WRITTEN_AGREEMENT', 'TIC 2.4'],
      ['NO_FURTHER_SUBLICENSING', 'TIC 2.4'],
      ['NO_POWDER_OFFER', 'TIC 2.4; JVC Art. 47'],
      ['VALENCE_TERMS', 'TIC 5.6'],
      ['CONFIDENTIALITY', 'TIC 8.1'],
      ['NOT_FENGFAN_AFFILIATE', 'TIC 2.4; TIC 1.1; JVC Art. 2'],
      ['EXPORT_CONTROL', 'TIC 12.2'],
      ['SCREENING', 'TIC 12.2; 15 C.F.R. 744.11, 764.3'],
    ]);
    expect(notPassing(result)).toEqual([]);
  });
});

describe('each condition failing alone makes the sublicence INVALID with that finding only', () => {
  let supplier: string;
  beforeAll(async () => {
    supplier = await cleanSupplier('Tangshan Lithium Carbonate Works Co., Ltd.');
  });

  it.each([
    ['SUBLICENCE_IN_EFFECT', { status: 'DRAFT' }],
    ['SUBLICENCE_IN_EFFECT', { validTo: isoDay(-1) }],
    ['PURPOSE', { purpose: 'OTHER', purposeText: 'Selling cells in Europe' }],
    [
      'SUPPLY_RECIPIENTS',
      { materials: [{ material: 'LVP powder', recipients: ['LICENSEE', 'FENGFAN'] }] },
    ],
    ['WRITTEN_AGREEMENT', { agreementExecutedOn: null }],
    ['NO_FURTHER_SUBLICENSING', { noFurtherSublicensing: false }],
    ['NO_POWDER_OFFER', { noPowderOffer: false }],
    ['VALENCE_TERMS', { valenceTerms: false }],
    ['CONFIDENTIALITY', { confidentialityUndertaking: false }],
  ])('%s (%j)', async (condition, terms) => {
    const id = await createSublicense(t, supplier, terms);
    const result = await check(t, id);
    expect(result.verdict).toBe('INVALID');
    expect(notPassing(result)).toEqual([`${condition}:FAIL`]);
  });

  it('a term not recorded is NEEDS_REVIEW, not INVALID', async () => {
    const id = await createSublicense(t, supplier, { noPowderOffer: null });
    const result = await check(t, id);
    expect(result.verdict).toBe('NEEDS_REVIEW');
    expect(notPassing(result)).toEqual(['NO_POWDER_OFFER:UNKNOWN']);
  });

  it('Valence suspends with a reason: INVALID, the reason shown', async () => {
    const id = await createSublicense(t, supplier);
    const suspended = await must(
      t.gql<{ suspendSupplierSublicense: { status: string; suspendedReason: string } }>(
        `mutation($id: ID!) { suspendSupplierSublicense(id: $id, reason: "Audit of the indemnity") { status suspendedReason } }`,
        { id },
        VALENCE_LEGAL,
      ),
    );
    expect(suspended.suspendSupplierSublicense).toEqual({
      status: 'SUSPENDED',
      suspendedReason: 'VALENCE: Audit of the indemnity',
    });
    const result = await check(t, id, TODAY, JV_LEGAL);
    expect(notPassing(result)).toEqual(['SUBLICENCE_IN_EFFECT:FAIL']);
    expect(result.findings[1].message).toContain('Audit of the indemnity');
    // The JV cannot suspend through this mutation; Valence cannot edit.
    const byJv = await t.gql(
      `mutation($id: ID!) { suspendSupplierSublicense(id: $id, reason: "x") { id } }`,
      { id },
      JV_LEGAL,
    );
    expect(errorCodes(byJv)).toEqual(['FORBIDDEN']);
  });

  it('a terminated TIC makes every sublicence INVALID (TIC 2.6)', async () => {
    const a = await createSublicense(t, supplier);
    const b = await createSublicense(t, supplier);
    await t.db.query(
      `UPDATE contract SET status = 'TERMINATED', terminated_on = $1 WHERE code = 'TIC'`,
      [isoDay(-10)],
    );
    try {
      for (const id of [a, b]) {
        const result = await check(t, id);
        expect(result.verdict).toBe('INVALID');
        expect(notPassing(result)).toEqual(['LICENCE_IN_FORCE:FAIL']);
        expect(result.findings[0].message).toContain(`terminated on ${isoDay(-10)}`);
      }
      // The day before the termination the licence was in force.
      expect((await check(t, a, isoDay(-11))).verdict).toBe('VALID');
      const report = await must(
        t.gql<{ supplierSublicenseReport: { totals: { total: number; invalid: number } } }>(
          `{ supplierSublicenseReport { totals { total invalid } } }`,
          {},
          VALENCE_LEGAL,
        ),
      );
      const { total, invalid } = report.supplierSublicenseReport.totals;
      expect(invalid).toBe(total);
    } finally {
      await ticInForce(t);
    }
  });
});

describe('Fengfan Affiliates (TIC 2.4; TIC 1.1; JVC Art. 2)', () => {
  it('two ownership levels down: Fengfan 100% of Holdings, Holdings 60% of the supplier', async () => {
    const holdings = await createSupplier(t, { legalName: 'Fengfan Holdings Co., Ltd.' });
    const supplier = await createSupplier(t, { legalName: 'Baoding Electrolyte Supply Co., Ltd.' });
    await link(t, { holderParty: 'FENGFAN', heldId: holdings, sharePercent: 100 });
    await link(t, { holderId: holdings, heldId: supplier, sharePercent: 60 });
    await link(t, { holderId: independent, heldId: supplier, sharePercent: 40 });
    const result = await check(t, await createSublicense(t, supplier));
    expect(result.verdict).toBe('INVALID');
    expect(notPassing(result)).toEqual(['NOT_FENGFAN_AFFILIATE:FAIL']);
    const finding = result.findings.find((f) => f.condition === 'NOT_FENGFAN_AFFILIATE')!;
    expect(finding.message).toBe(
      'Baoding Electrolyte Supply Co., Ltd. is 60% owned by Fengfan Holdings Co., Ltd.; ' +
        'Fengfan Holdings Co., Ltd. is 100% owned by Baoding Fengfan Group Limited Liability Company: ' +
        'Fengfan controls Baoding Electrolyte Supply Co., Ltd.: a Fengfan Affiliate may not be sublicensed, TIC 2.4',
    );
  });

  it('controlled through the power to appoint the general manager, with a 20% share', async () => {
    const supplier = await createSupplier(t, { legalName: 'Dingzhou Separator Film Co., Ltd.' });
    await link(t, {
      holderParty: 'FENGFAN',
      heldId: supplier,
      sharePercent: 20,
      appointsGeneralManager: true,
    });
    await link(t, { holderId: independent, heldId: supplier, sharePercent: 80 });
    const data = await must(
      t.gql<{ supplier: { affiliation: { affiliation: string; chain: unknown[] } } }>(
        `query($id: ID!) { supplier(id: $id) { affiliation { affiliation chain { holder held sharePercent appointsGeneralManager } } } }`,
        { id: supplier },
        JV_COMPLIANCE,
      ),
    );
    expect(data.supplier.affiliation).toEqual({
      affiliation: 'CONTROLLED_BY_FENGFAN',
      chain: [
        {
          holder: 'Baoding Fengfan Group Limited Liability Company',
          held: 'Dingzhou Separator Film Co., Ltd.',
          sharePercent: 20,
          appointsGeneralManager: true,
        },
      ],
    });
    expect(notPassing(await check(t, await createSublicense(t, supplier)))).toEqual([
      'NOT_FENGFAN_AFFILIATE:FAIL',
    ]);
  });

  it('answers an affiliation with the articles that define an Affiliate (TIC 1.1; JVC Art. 2)', async () => {
    const supplier = await createSupplier(t, { legalName: 'Hengshui Electrolyte Co., Ltd.' });
    const data = await must(
      t.gql<{ supplier: { affiliation: { affiliation: string; article: string } } }>(
        `query($id: ID!) { supplier(id: $id) { affiliation { affiliation article } } }`,
        { id: supplier },
        JV_COMPLIANCE,
      ),
    );
    // No holder of it is on record, so it cannot be judged; the citation comes all the same.
    expect(data.supplier.affiliation).toEqual({
      affiliation: 'UNKNOWN',
      article: 'TIC 1.1; JVC Art. 2',
    });
  });

  it('a 30% minority holder without control is not an Affiliate', async () => {
    const supplier = await createSupplier(t, { legalName: 'Gaobeidian Copper Foil Co., Ltd.' });
    await link(t, { holderParty: 'FENGFAN', heldId: supplier, sharePercent: 30 });
    await link(t, { holderId: independent, heldId: supplier, sharePercent: 70 });
    expect((await check(t, await createSublicense(t, supplier))).verdict).toBe('VALID');
  });

  it('no holder on record: NEEDS_REVIEW', async () => {
    const supplier = await createSupplier(t, { legalName: 'Zhuozhou Binder Chemicals Co., Ltd.' });
    const result = await check(t, await createSublicense(t, supplier));
    expect(notPassing(result)).toEqual(['NOT_FENGFAN_AFFILIATE:UNKNOWN']);
    expect(result.verdict).toBe('NEEDS_REVIEW');
  });

  it('Fengfan itself may never be sublicensed (TIC 2.4)', async () => {
    const holdings = await createSupplier(t, { legalName: 'Anguo Graphite Co., Ltd.' });
    await link(t, { holderParty: 'FENGFAN', heldId: holdings, sharePercent: 10 });
    const [{ id: fengfan }] = await t.db.query(
      `SELECT id FROM supplier WHERE party_code = 'FENGFAN'`,
    );
    const response = await t.gql(
      `mutation($input: CreateSupplierSublicenseInput!) { createSupplierSublicense(input: $input) { id } }`,
      {
        input: { supplierId: fengfan, purpose: 'SUPPLY_MATERIALS_FOR_PRODUCTS', purposeText: 'x' },
      },
      JV_LEGAL,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toContain('TIC 2.4');
  });
});

describe('Technology transferred goes through the release gate (TIC 12.2)', () => {
  const END_USE = 'Manufacture of lithium-ion battery cells for electric buses';
  const RUN = `mutation($input: ExportCheckInput!) { runExportCheck(input: $input) { id decision } }`;
  const TRANSFER = `mutation($input: RecordSublicenseTransferInput!) {
    recordSublicenseTransfer(input: $input) { id gatePassed gateCheckId gateDecision gateReason }
  }`;
  const toSupplier = (name: string, items: unknown[]) => ({
    items,
    releaseKind: 'EXPORT',
    destination: 'CN',
    parties: [
      { name, country: 'CN', role: 'CONSIGNEE' },
      { name, country: 'CN', role: 'END_USER' },
    ],
    declaredEndUse: END_USE,
  });
  const transfer = (sublicenseId: string, items: unknown[]) =>
    must(
      t.gql<{
        recordSublicenseTransfer: {
          gatePassed: boolean;
          gateCheckId: string | null;
          gateDecision: string | null;
        };
      }>(
        TRANSFER,
        {
          input: {
            sublicenseId,
            description: 'LVP process sheets',
            items,
            endUse: END_USE,
            transferredOn: TODAY,
          },
        },
        JV_COMPLIANCE,
      ),
    ).then((d) => d.recordSublicenseTransfer);

  it('a passing export check: VALID', async () => {
    const name = 'Xushui Precursor Chemicals Co., Ltd.';
    const id = await createSublicense(t, await cleanSupplier(name));
    const run = await must(
      t.gql<{ runExportCheck: { id: string; decision: string } }>(
        RUN,
        { input: toSupplier(name, [{ eccn: 'EAR99', description: 'Process sheet' }]) },
        JV_COMPLIANCE,
      ),
    );
    expect(run.runExportCheck.decision).toBe('NO_LICENSE_REQUIRED');
    expect(await transfer(id, [{ eccn: 'EAR99' }])).toMatchObject({
      gatePassed: true,
      gateCheckId: run.runExportCheck.id,
    });
    expect((await check(t, id)).verdict).toBe('VALID');
  });

  it('a check that does not pass (3E001 to China, no licence): INVALID, that finding only', async () => {
    const name = 'Qingyuan Electrode Coating Co., Ltd.';
    const id = await createSublicense(t, await cleanSupplier(name));
    const tech = {
      eccn: '3E001',
      relatedEccn: '3A001.e.1.b',
      description: 'Cell production technology',
    };
    const run = await must(
      t.gql<{ runExportCheck: { id: string; decision: string } }>(
        RUN,
        { input: toSupplier(name, [tech]) },
        JV_COMPLIANCE,
      ),
    );
    // NS1 for China in the Country Chart, no licence on file (738.4(a)).
    expect(run.runExportCheck.decision).toBe('LICENSE_REQUIRED');
    expect(await transfer(id, [{ eccn: '3E001', itemKind: 'TECHNOLOGY' }])).toMatchObject({
      gatePassed: false,
      gateCheckId: run.runExportCheck.id,
    });
    const result = await check(t, id);
    expect(result.verdict).toBe('INVALID');
    expect(notPassing(result)).toEqual(['EXPORT_CONTROL:FAIL']);
  });

  it('no export check at all: NEEDS_REVIEW, as documented', async () => {
    const id = await createSublicense(t, await cleanSupplier('Laishui Cell Casing Co., Ltd.'));
    expect(await transfer(id, [{ eccn: '3E001', itemKind: 'TECHNOLOGY' }])).toMatchObject({
      gatePassed: false,
      gateCheckId: null,
    });
    const result = await check(t, id);
    expect(result.verdict).toBe('NEEDS_REVIEW');
    expect(notPassing(result)).toEqual(['EXPORT_CONTROL:UNKNOWN']);
  });
});

describe('screening under all the supplier’s names', () => {
  const SUPPLIER = `query($id: ID!) { supplier(id: $id) { screening { trigger names matches { key screenedName listCode entryName matchedName review firstSeenOn } } } }`;
  const REVIEW = `mutation($input: ReviewSupplierScreeningMatchInput!) { reviewSupplierScreeningMatch(input: $input) { id } }`;
  type Screening = {
    trigger: string;
    names: string[];
    matches: Array<{
      key: string;
      screenedName: string;
      listCode: string;
      entryName: string;
      matchedName: string;
      review: string | null;
      firstSeenOn: string;
    }>;
  };
  const screeningOf = async (id: string) =>
    (await must(t.gql<{ supplier: { screening: Screening } }>(SUPPLIER, { id }, JV_COMPLIANCE)))
      .supplier.screening;
  let supplier: string;
  let sublicense: string;

  beforeAll(async () => {
    // Its Chinese name, 中科曙光 (Zhongke Shuguang), is an alias of the Entity List's Sugon.
    supplier = await createSupplier(t, {
      legalName: 'Langfang Cathode Trading Co., Ltd.',
      otherNames: ['中科曙光'],
    });
    await link(t, { holderId: independent, heldId: supplier, sharePercent: 100 });
    sublicense = await createSublicense(t, supplier);
  });

  it('a variant of a listed name is caught, under the Chinese name: NEEDS_REVIEW, reported as new', async () => {
    const screening = await screeningOf(supplier);
    expect(screening.trigger).toBe('REGISTERED');
    expect(screening.names).toEqual(['Langfang Cathode Trading Co., Ltd.', '中科曙光']);
    const el = screening.matches.find((m) => m.listCode === 'EL');
    expect(el).toMatchObject({
      screenedName: '中科曙光',
      entryName: 'Sugon',
      review: null,
      firstSeenOn: TODAY,
    });
    const result = await check(t, sublicense);
    expect(result.verdict).toBe('NEEDS_REVIEW');
    expect(notPassing(result)).toEqual(['SCREENING:UNKNOWN']);
    const report = await must(
      t.gql<{
        supplierSublicenseReport: { changes: Array<{ sublicenseId: string; kind: string }> };
      }>(
        `query($since: LocalDate) { supplierSublicenseReport(since: $since) { changes { sublicenseId kind } } }`,
        { since: TODAY },
        VALENCE_LEGAL,
      ),
    );
    expect(report.supplierSublicenseReport.changes).toContainEqual({
      sublicenseId: sublicense,
      kind: 'NEW_SCREENING_HIT',
    });
  });

  it('once cleared stays cleared, through a re-import, until the entry changes', async () => {
    // A review without a reason is bad input, and clears nothing.
    const [first] = (await screeningOf(supplier)).matches;
    const blank = await t.gql(
      REVIEW,
      { input: { supplierId: supplier, matchKey: first.key, outcome: 'CLEARED', reason: '  ' } },
      JV_COMPLIANCE,
    );
    expect(errorCodes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(blank.errors![0].extensions?.field).toBe('reason');
    expect((await screeningOf(supplier)).matches[0].review).toBeNull();
    for (const m of (await screeningOf(supplier)).matches) {
      await must(
        t.gql(
          REVIEW,
          {
            input: {
              supplierId: supplier,
              matchKey: m.key,
              outcome: 'CLEARED',
              reason: 'A trading company in Langfang, not Sugon',
            },
          },
          JV_COMPLIANCE,
        ),
      );
    }
    expect((await check(t, sublicense)).verdict).toBe('VALID');
    // The same list imported again: every supplier is re-screened, the answer still holds.
    await importScreeningList(t.db, SLICE, { listDate: TODAY });
    expect((await screeningOf(supplier)).trigger).toBe('LIST_IMPORT');
    expect((await check(t, sublicense)).verdict).toBe('VALID');
    // A list in which Sugon's entry changed (its address): the match is asked about again.
    const dir = mkdtempSync(path.join(tmpdir(), 'csl-'));
    const changed = path.join(dir, 'changed.csv');
    writeFileSync(
      changed,
      readFileSync(SLICE, 'utf8')
        .split('\n')
        .map((line) =>
          line.includes(',Sugon,') ? line.replace('Sugon Building', 'Sugon Tower') : line,
        )
        .join('\n'),
    );
    try {
      await importScreeningList(t.db, changed, { listDate: TODAY });
      const result = await check(t, sublicense);
      expect(result.verdict).toBe('NEEDS_REVIEW');
      expect(notPassing(result)).toEqual(['SCREENING:UNKNOWN']);
      const el = (await screeningOf(supplier)).matches.find((m) => m.listCode === 'EL')!;
      expect(el.review).toBeNull();
    } finally {
      await importScreeningList(t.db, SLICE, { listDate: TODAY });
    }
  });

  it('a confirmed Entity List match: INVALID, the screening finding only', async () => {
    const other = await createSupplier(t, { legalName: 'Zhongke Shuguang Materials' });
    await link(t, { holderId: independent, heldId: other, sharePercent: 100 });
    const id = await createSublicense(t, other);
    const el = (await screeningOf(other)).matches.find((m) => m.listCode === 'EL')!;
    await must(
      t.gql(
        REVIEW,
        {
          input: {
            supplierId: other,
            matchKey: el.key,
            outcome: 'CONFIRMED',
            reason: 'Same company',
          },
        },
        JV_COMPLIANCE,
      ),
    );
    for (const m of (await screeningOf(other)).matches.filter((x) => x.listCode !== 'EL')) {
      await must(
        t.gql(
          REVIEW,
          {
            input: {
              supplierId: other,
              matchKey: m.key,
              outcome: 'CLEARED',
              reason: 'Not this list',
            },
          },
          JV_COMPLIANCE,
        ),
      );
    }
    const result = await check(t, id);
    expect(result.verdict).toBe('INVALID');
    expect(notPassing(result)).toEqual(['SCREENING:FAIL']);
    expect(result.findings.at(-1)!.message).toContain('Entity List');
  });

  it('rescreenAllSuppliers (what a scheduler calls) screens every supplier, the parties aside', async () => {
    const [{ n: suppliers }] = await t.db.query(
      `SELECT count(*)::int AS n FROM supplier WHERE party_code IS NULL`,
    );
    const [{ n: before }] = await t.db.query(`SELECT count(*)::int AS n FROM supplier_screening`);
    // Nothing changed on the list since the last screening: no new hit.
    expect(await rescreenAllSuppliers(t.db.manager)).toEqual({ screened: suppliers, newHits: 0 });
    const [{ n: after }] = await t.db.query(`SELECT count(*)::int AS n FROM supplier_screening`);
    expect(after - before).toBe(suppliers);
  });

  it('rescreenSupplier screens again on demand', async () => {
    await must(
      t.gql(`mutation($id: ID!) { rescreenSupplier(id: $id) { id } }`, { id: supplier }, JV_LEGAL),
    );
    expect((await screeningOf(supplier)).trigger).toBe('ON_DEMAND');
  });
});

describe('the report', () => {
  it('counts SQL statements independent of the number of sublicences', async () => {
    const REPORT = `query($since: LocalDate) { supplierSublicenseReport(since: $since) { totals { total } checks { verdict findings { condition status } } changes { kind } } }`;
    const measure = async () => {
      t.queries.reset();
      const data = await must(
        t.gql<{ supplierSublicenseReport: { totals: { total: number } } }>(
          REPORT,
          { since: isoDay(-30) },
          VALENCE_LEGAL,
        ),
      );
      return { total: data.supplierSublicenseReport.totals.total, statements: statements() };
    };
    const before = await measure();
    const supplier = await cleanSupplier('Baoding Conductive Carbon Co., Ltd.');
    for (let i = 0; i < 5; i += 1) await createSublicense(t, supplier);
    const after = await measure();
    expect(after.total).toBe(before.total + 5);
    expect(after.statements).toBe(before.statements);
  });

  it('reports a new ownership link and a lapsed agreement since a date', async () => {
    const supplier = await cleanSupplier('Renqiu Aluminium Tab Co., Ltd.');
    const lapsed = await createSublicense(t, supplier, { validTo: isoDay(-3) });
    const report = await must(
      t.gql<{
        supplierSublicenseReport: {
          changes: Array<{ sublicenseId: string; kind: string; on: string }>;
        };
      }>(
        `query($since: LocalDate) { supplierSublicenseReport(since: $since) { changes { sublicenseId kind on } } }`,
        { since: isoDay(-5) },
        JV_LEGAL,
      ),
    );
    const mine = report.supplierSublicenseReport.changes.filter((c) => c.sublicenseId === lapsed);
    expect(mine).toEqual(
      expect.arrayContaining([
        { sublicenseId: lapsed, kind: 'AGREEMENT_LAPSED', on: isoDay(-3) },
        { sublicenseId: lapsed, kind: 'NEW_OWNERSHIP_LINK', on: TODAY },
      ]),
    );
  });

  it('refuses a since after asOf', async () => {
    const response = await t.gql(
      `query($since: LocalDate, $asOf: LocalDate) { supplierSublicenseReport(asOf: $asOf, since: $since) { asOf } }`,
      { asOf: isoDay(-1), since: TODAY },
      JV_LEGAL,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('editing, retries and bad input', () => {
  const CREATE = `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id legalName otherNames } }`;
  const UPDATE = `mutation($id: ID!, $input: SublicenseTermsInput!) {
    updateSupplierSublicense(id: $id, input: $input) { id status agreementExecutedOn documentSha256 }
  }`;

  it('the JV records the executed agreement: INVALID becomes VALID', async () => {
    const supplier = await cleanSupplier('Mancheng Lithium Iron Phosphate Co., Ltd.');
    const id = await createSublicense(t, supplier, {
      agreementExecutedOn: null,
      documentSha256: null,
    });
    expect(notPassing(await check(t, id))).toEqual(['WRITTEN_AGREEMENT:FAIL']);
    const updated = await must(
      t.gql<{ updateSupplierSublicense: Record<string, unknown> }>(
        UPDATE,
        { id, input: { agreementExecutedOn: isoDay(-1), documentSha256: 'CD'.repeat(32) } },
        JV_COMPLIANCE,
      ),
    );
    expect(updated.updateSupplierSublicense).toMatchObject({
      agreementExecutedOn: isoDay(-1),
      documentSha256: 'cd'.repeat(32),
    });
    expect((await check(t, id)).verdict).toBe('VALID');
    // Terminated is final: a CONFLICT citing TIC 2.4, nothing changed.
    await must(t.gql(UPDATE, { id, input: { status: 'TERMINATED' } }, JV_LEGAL));
    const revived = await t.gql(UPDATE, { id, input: { status: 'ACTIVE' } }, JV_LEGAL);
    expect(errorCodes(revived)).toEqual(['CONFLICT']);
    expect(revived.errors![0].extensions?.article).toBe('TIC 2.4');
  });

  it('a suspension through the update names the missing statusReason, changing nothing', async () => {
    const supplier = await cleanSupplier('Statusreason Graphite Co., Ltd.');
    const id = await createSublicense(t, supplier, {});
    const response = await t.gql(UPDATE, { id, input: { status: 'SUSPENDED' } }, JV_LEGAL);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toBe('statusReason');
    const [{ status }] = await t.db.query(`SELECT status FROM supplier_sublicense WHERE id = $1`, [
      id,
    ]);
    expect(status).not.toBe('SUSPENDED');
  });

  it('the same idempotency key and input return the first supplier; another input is a CONFLICT', async () => {
    const input = {
      legalName: 'Xiong County Cobalt Co., Ltd.',
      otherNames: ['雄县钴业有限公司', 'Xiong County Cobalt Co., Ltd.'],
      country: 'CN',
      address: 'Xiong County, Hebei',
      idempotencyKey: 'supplier-xiong-1',
    };
    const first = await must(
      t.gql<{ createSupplier: { id: string; otherNames: string[] } }>(CREATE, { input }, JV_LEGAL),
    );
    // The legal name is not repeated among the other names.
    expect(first.createSupplier.otherNames).toEqual(['雄县钴业有限公司']);
    const [{ n: before }] = await t.db.query(`SELECT count(*)::int AS n FROM supplier_screening`);
    const again = await must(
      t.gql<{ createSupplier: { id: string } }>(CREATE, { input }, JV_LEGAL),
    );
    expect(again.createSupplier.id).toBe(first.createSupplier.id);
    const [{ n: after }] = await t.db.query(`SELECT count(*)::int AS n FROM supplier_screening`);
    expect(after).toBe(before);
    const other = await t.gql(CREATE, { input: { ...input, address: 'Elsewhere' } }, JV_LEGAL);
    expect(errorCodes(other)).toEqual(['CONFLICT']);
  });

  it.each([
    ['documentSha256', { documentSha256: 'not-a-hash' }],
    ['validTo', { validFrom: isoDay(10), validTo: isoDay(1) }],
    ['materials', { materials: [{ material: 'powder', recipients: [] }] }],
  ])('refuses a bad %s as BAD_USER_INPUT naming it, writing nothing', async (field, terms) => {
    const supplier = await cleanSupplier(`Bad Input ${field} Co., Ltd.`);
    const [{ n: before }] = await t.db.query(`SELECT count(*)::int AS n FROM supplier_sublicense`);
    const response = await t.gql(
      `mutation($input: CreateSupplierSublicenseInput!) { createSupplierSublicense(input: $input) { id } }`,
      {
        input: {
          supplierId: supplier,
          purpose: 'SUPPLY_MATERIALS_FOR_PRODUCTS',
          purposeText: 'x',
          ...terms,
        },
      },
      JV_LEGAL,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response.errors![0])).toContain(field);
    const [{ n: after }] = await t.db.query(`SELECT count(*)::int AS n FROM supplier_sublicense`);
    expect(after).toBe(before);
  });
});

describe('blank text is bad input, naming the field', () => {
  it.each([['legalName'], ['address']])(
    'createSupplier refuses a blank %s, writing nothing',
    async (field) => {
      const [{ n: before }] = await t.db.query(`SELECT count(*)::int AS n FROM supplier`);
      const response = await t.gql(
        `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`,
        {
          input: {
            legalName: 'Blank Test Co., Ltd.',
            country: 'CN',
            address: 'Baoding',
            [field]: '   ',
          },
        },
        JV_LEGAL,
      );
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions?.field).toBe(field);
      const [{ n: after }] = await t.db.query(`SELECT count(*)::int AS n FROM supplier`);
      expect(after).toBe(before);
    },
  );

  it.each([
    ['description', { description: '  ' }],
    ['endUse', { endUse: '  ' }],
    ['items.0.eccn', { items: [{ eccn: ' ' }] }],
  ])('recordSublicenseTransfer refuses a blank %s, writing nothing', async (field, blank) => {
    const id = await createSublicense(t, await cleanSupplier(`Blank ${field} Transfer Co., Ltd.`));
    const response = await t.gql(
      `mutation($input: RecordSublicenseTransferInput!) { recordSublicenseTransfer(input: $input) { id } }`,
      {
        input: {
          sublicenseId: id,
          description: 'Process sheets',
          items: [{ eccn: 'EAR99' }],
          endUse: 'Battery cells',
          transferredOn: TODAY,
          ...blank,
        },
      },
      JV_COMPLIANCE,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toBe(field);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM sublicense_transfer WHERE sublicense_id = $1`,
      [id],
    );
    expect(n).toBe(0);
  });
});

describe('the lists are connections, batched per request', () => {
  const SUBLICENSES = `query($first: Int, $after: String, $filter: SupplierSublicenseFilterInput, $orderBy: SupplierSublicenseOrder) {
    supplierSublicenses(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id validTo supplier { id legalName holders { sharePercent } screening { names } affiliation { affiliation } } transfers { id } } }
    }
  }`;
  type Page = {
    supplierSublicenses: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      edges: Array<{ node: { id: string; validTo: string } }>;
    };
  };

  it('pages a supplier’s sublicences by validity, with a constant number of statements', async () => {
    const supplier = await cleanSupplier('Xinle Lithium Hydroxide Co., Ltd.');
    const ids = [];
    for (const days of [300, 100, 200])
      ids.push(await createSublicense(t, supplier, { validTo: isoDay(days) }));
    const read = async (first: number, after?: string) => {
      t.queries.reset();
      const data = await must(
        t.gql<Page>(
          SUBLICENSES,
          {
            first,
            after,
            filter: { supplierId: supplier },
            orderBy: { field: 'VALID_TO', direction: 'ASC' },
          },
          VALENCE_LEGAL,
        ),
      );
      return { page: data.supplierSublicenses, statements: statements() };
    };
    const one = await read(1);
    const all = await read(3);
    // By validTo ascending: 100, 200, 300 days from today.
    expect(all.page.edges.map((e) => e.node.id)).toEqual([ids[1], ids[2], ids[0]]);
    expect(all.page.totalCount).toBe(3);
    expect(all.statements).toBe(one.statements);
    const second = await read(1, one.page.pageInfo.endCursor);
    expect(second.page.edges.map((e) => e.node.id)).toEqual([ids[2]]);
    expect(second.page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('finds a supplier by any of its names', async () => {
    const data = await must(
      t.gql<{ suppliers: { totalCount: number; nodes: Array<{ legalName: string }> } }>(
        `{ suppliers(first: 10, filter: { name: "中科曙光" }) { totalCount nodes { legalName } } }`,
        {},
        JV_LEGAL,
      ),
    );
    expect(data.suppliers.nodes.map((n) => n.legalName)).toEqual([
      'Langfang Cathode Trading Co., Ltd.',
    ]);
  });
});
