import path from 'node:path';
import { requirePassingCheck } from '../../../src/services/export/release-gate.service';
import { importScreeningList } from '../../../src/services/export/screening-import';
import { errorCodes, startTestApp, type TestApp } from '../../support/test-app';

// The slice is from 2022: imported as today's list, or every check would fail closed.
const TODAY = new Date().toISOString().slice(0, 10);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await importScreeningList(t.db, path.join(__dirname, '../../fixtures/csl-slice.csv'), {
    listDate: TODAY,
  });
});
afterAll(() => t.close());

const RUN = `mutation($input: ExportCheckInput!) {
  runExportCheck(input: $input) { id decision destination releaseKind matches { key level } }
}`;

interface Run {
  runExportCheck: {
    id: string;
    decision: string;
    destination: string;
    releaseKind: string;
    matches: Array<{ key: string; level: string }>;
  };
}

const civil = 'Manufacture of lithium batteries for electric buses';
const recipient = (name: string) => [{ name, country: 'CN', role: 'END_USER' }];

describe('export-check rules beyond the worked cases', () => {
  it('stores a deemed export under the recipient’s country (15 C.F.R. 734.13(b))', async () => {
    const { data, errors } = await t.gql<Run>(
      RUN,
      {
        input: {
          items: [{ eccn: 'EAR99' }],
          releaseKind: 'DEEMED_EXPORT',
          destination: 'US',
          recipientStatuses: [{ country: 'CN', basis: 'CITIZENSHIP', since: '1990-01-01' }],
          parties: [{ name: 'Li Ming', country: 'CN', role: 'RECIPIENT' }],
          declaredEndUse: 'Training on the cathode line',
        },
      },
      { party: 'VALENCE', role: 'COMPLIANCE' },
    );
    expect(errors).toBeUndefined();
    expect(data!.runExportCheck).toMatchObject({ releaseKind: 'DEEMED_EXPORT', destination: 'CN' });
  });

  it('names `destination` when an export goes to the United States', async () => {
    const response = await t.gql(
      RUN,
      {
        input: {
          items: [{ eccn: 'EAR99' }],
          releaseKind: 'EXPORT',
          destination: 'US',
          parties: recipient('Acme'),
          declaredEndUse: civil,
        },
      },
      { party: 'JV', role: 'COMPLIANCE' },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions?.field).toBe('destination');
  });

  it('the latest check of the items decides: a newer refusal overrides an older clearance', async () => {
    const run = (flags: string[]) =>
      t.gql<Run>(
        RUN,
        {
          input: {
            items: [{ eccn: 'EAR99' }],
            releaseKind: 'EXPORT',
            destination: 'DE',
            parties: recipient('Stuttgart Cathode Materials GmbH'),
            declaredEndUse: civil,
            endUseFlags: flags,
          },
        },
        { party: 'JV', role: 'COMPLIANCE' },
      );
    const first = (await run([])).data!.runExportCheck;
    const request = {
      party: 'JV',
      recipientName: 'STUTTGART CATHODE MATERIALS GMBH',
      destination: 'DE',
      items: [{ eccn: 'EAR99' }],
      endUse: civil,
      maxAgeDays: 30,
    };
    const before = await requirePassingCheck(t.db.manager, request);
    expect(before).toMatchObject({ passed: true, checkId: first.id });
    const second = (await run(['CHEMICAL_BIOLOGICAL'])).data!.runExportCheck;
    expect(second.decision).not.toBe(first.decision);
    const after = await requirePassingCheck(t.db.manager, request);
    expect(after).toMatchObject({ passed: false, checkId: second.id });
  });

  it('only the party that ran a check reviews its matches (TIC 12.2)', async () => {
    const { data } = await t.gql<Run>(
      RUN,
      {
        input: {
          items: [{ eccn: '3E001', relatedEccn: '3A001.e.1.b' }],
          releaseKind: 'EXPORT',
          destination: 'CN',
          parties: recipient('Shugang Technology'),
          declaredEndUse: civil,
        },
      },
      { party: 'JV', role: 'COMPLIANCE' },
    );
    const check = data!.runExportCheck;
    expect(check.matches.length).toBeGreaterThan(0);
    const review = await t.gql(
      `mutation($input: ReviewScreeningMatchInput!) { reviewScreeningMatch(input: $input) { id decision } }`,
      {
        input: {
          checkId: check.id,
          matchKey: check.matches[0].key,
          outcome: 'CLEARED',
          reason: 'Another company',
        },
      },
      { party: 'VALENCE', role: 'COMPLIANCE' },
    );
    expect(errorCodes(review)).toEqual(['FORBIDDEN']);
    expect(review.errors![0].extensions?.article).toBe('TIC 12.2');
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM screening_review');
    expect(n).toBe(0);
  });

  it('Fengfan cannot check a Technology item by its classification (TIC 2.8)', async () => {
    const classified = await t.gql<{ classifyItem: { id: string } }>(
      `mutation($input: ClassifyItemInput!) { classifyItem(input: $input) { id } }`,
      {
        input: {
          itemKind: 'TECHNOLOGY',
          itemRef: 'TECH-LVP-001',
          description: 'Powder(LVP) synthesis process',
          eccn: '3E001',
          rationale: 'Technology for the production of 3A001.e.1 cells',
        },
      },
      { party: 'VALENCE', role: 'COMPLIANCE' },
    );
    expect(classified.errors).toBeUndefined();
    const response = await t.gql(
      RUN,
      {
        input: {
          items: [{ classificationId: classified.data!.classifyItem.id }],
          releaseKind: 'EXPORT',
          destination: 'CN',
          parties: recipient('Acme'),
          declaredEndUse: civil,
        },
      },
      { party: 'FENGFAN', role: 'COMPLIANCE' },
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });

  it('a party that is a national or resident of an embargoed country stops it (TIC 12.2)', async () => {
    const run = (input: Record<string, unknown>) =>
      t.gql<Run & { runExportCheck: { findings: Array<{ code: string; citation: string }> } }>(
        `mutation($input: ExportCheckInput!) { runExportCheck(input: $input) { decision findings { code citation } } }`,
        { input },
        { party: 'JV', role: 'COMPLIANCE' },
      );
    const consignee = await run({
      items: [{ eccn: 'EAR99' }],
      releaseKind: 'EXPORT',
      destination: 'CN',
      parties: [{ name: 'Tehran Trading Co', country: 'IR', role: 'CONSIGNEE' }],
      declaredEndUse: civil,
    });
    expect(consignee.data!.runExportCheck.decision).toBe('PROHIBITED');
    expect(consignee.data!.runExportCheck.findings.map((f) => f.code)).toContain(
      'PARTY_OF_EMBARGOED_COUNTRY',
    );
    // A dual national: the most recent citizenship sets the chart's country (734.13(b)), but
    // TIC 12.2 reaches every nationality.
    const dual = await run({
      items: [{ eccn: 'EAR99', itemKind: 'TECHNOLOGY' }],
      releaseKind: 'DEEMED_EXPORT',
      destination: 'US',
      recipientStatuses: [
        { country: 'IR', basis: 'CITIZENSHIP', since: '1980-01-01' },
        { country: 'CN', basis: 'CITIZENSHIP', since: '2005-01-01' },
      ],
      parties: [{ name: 'Visiting engineer', role: 'RECIPIENT' }],
      declaredEndUse: 'Training on the cathode line',
    });
    expect(dual.data!.runExportCheck.decision).toBe('PROHIBITED');
  });

  it('a confirmed Military End-User party needs a licence only for Supp. No. 2 items (744.21)', async () => {
    type Check = {
      id: string;
      decision: string;
      findings: Array<{ code: string; effect: string; citation: string }>;
      matches: Array<{ key: string; listCode: string; level: string }>;
    };
    const fields = 'id decision findings { code effect citation } matches { key listCode level }';
    // Runs the check, then clears any possible match on another list, so that what remains
    // is the MEU listing's own consequence for the item.
    const decide = async (eccn: string): Promise<Check> => {
      const ran = await t.gql<{ runExportCheck: Check }>(
        `mutation($input: ExportCheckInput!) { runExportCheck(input: $input) { ${fields} } }`,
        {
          input: {
            items: [{ eccn }],
            releaseKind: 'EXPORT',
            destination: 'CN',
            parties: [{ name: 'AVIC Aircraft Co. Ltd.', country: 'CN', role: 'END_USER' }],
            declaredEndUse: civil,
          },
        },
        { party: 'JV', role: 'COMPLIANCE' },
      );
      let check = ran.data!.runExportCheck;
      expect(check.matches.some((m) => m.listCode === 'MEU')).toBe(true);
      for (const match of check.matches.filter((m) => m.listCode !== 'MEU')) {
        const reviewed = await t.gql<{ reviewScreeningMatch: Check }>(
          `mutation($input: ReviewScreeningMatchInput!) { reviewScreeningMatch(input: $input) { ${fields} } }`,
          {
            input: {
              checkId: check.id,
              matchKey: match.key,
              outcome: 'CLEARED',
              reason: 'Another entity',
            },
          },
          { party: 'JV', role: 'COMPLIANCE' },
        );
        check = reviewed.data!.reviewScreeningMatch;
      }
      return check;
    };
    const ear99 = await decide('EAR99');
    expect(ear99.findings.find((f) => f.code === 'SCREENING_MEU_CONFIRMED')).toMatchObject({
      effect: 'NONE',
    });
    expect(ear99.decision).toBe('NO_LICENSE_REQUIRED');
    const listed = await decide('3A991');
    expect(listed.findings.find((f) => f.code === 'SCREENING_MEU_CONFIRMED')).toMatchObject({
      effect: 'LICENSE_REQUIRED',
      citation: '15 C.F.R. 744.21(a)(1) and Supp. No. 2 to Part 744',
    });
    expect(listed.decision).toBe('LICENSE_REQUIRED');
  });

  it('a check relies on, and shows, only the licences that cover the party running it', async () => {
    const created = await t.gql(
      `mutation($input: CreateExportLicenseInput!) { createExportLicense(input: $input) { id } }`,
      {
        input: {
          number: 'D-FENGFAN-ONLY',
          agency: 'BIS',
          eccns: ['3E001'],
          destinations: ['CN'],
          consignees: ['Shenzhen Cathode Materials Co., Ltd.'],
          endUsers: ['Shenzhen Cathode Materials Co., Ltd.'],
          coveredParties: ['FENGFAN'],
          validFrom: '2026-01-01',
          validTo: '2027-12-31',
        },
      },
      { party: 'VALENCE', role: 'COMPLIANCE' },
    );
    expect(created.errors).toBeUndefined();
    const { data } = await t.gql<{
      runExportCheck: { decision: string; findings: Array<{ message: string }> };
    }>(
      `mutation($input: ExportCheckInput!) { runExportCheck(input: $input) { decision findings { message } } }`,
      {
        input: {
          items: [{ eccn: '3E001', relatedEccn: '3A001.e.1.b' }],
          releaseKind: 'EXPORT',
          destination: 'CN',
          parties: recipient('Shenzhen Cathode Materials Co., Ltd.'),
          declaredEndUse: civil,
        },
      },
      { party: 'JV', role: 'COMPLIANCE' },
    );
    expect(data!.runExportCheck.decision).toBe('LICENSE_REQUIRED');
    expect(data!.runExportCheck.findings.map((f) => f.message).join(' ')).not.toContain(
      'D-FENGFAN-ONLY',
    );
  });

  it('an EAR99 technology item checked by the JV is visible to Valence', async () => {
    const { data } = await t.gql<Run>(
      RUN,
      {
        input: {
          items: [
            {
              eccn: 'EAR99',
              itemKind: 'TECHNOLOGY',
              description: 'LVP cell assembly work instructions',
            },
          ],
          releaseKind: 'EXPORT',
          destination: 'CN',
          parties: recipient('Tianjin Cell Assembly Ltd'),
          declaredEndUse: civil,
        },
      },
      { party: 'JV', role: 'ENGINEER' },
    );
    const seen = await t.gql<{ exportCheck: { id: string } }>(
      `query($id: ID!) { exportCheck(id: $id) { id } }`,
      { id: data!.runExportCheck.id },
      { party: 'VALENCE', role: 'COMPLIANCE' },
    );
    expect(seen.errors).toBeUndefined();
  });

  it('renumbering a licence to a number already on file is a CONFLICT, not a server error', async () => {
    const create = (number: string) =>
      t.gql<{ createExportLicense: { id: string } }>(
        `mutation($input: CreateExportLicenseInput!) { createExportLicense(input: $input) { id } }`,
        {
          input: {
            number,
            agency: 'BIS',
            eccns: ['3E001'],
            destinations: ['CN'],
            validFrom: '2026-01-01',
            validTo: '2027-12-31',
          },
        },
        { party: 'VALENCE', role: 'COMPLIANCE' },
      );
    await create('D-ONE');
    const two = await create('D-TWO');
    const renumbered = await t.gql(
      `mutation($id: ID!, $input: ExportLicenseInput!) { updateExportLicense(id: $id, input: $input) { id } }`,
      {
        id: two.data!.createExportLicense.id,
        input: {
          number: 'D-ONE',
          agency: 'BIS',
          eccns: ['3E001'],
          destinations: ['CN'],
          validFrom: '2026-01-01',
          validTo: '2027-12-31',
        },
      },
      { party: 'VALENCE', role: 'COMPLIANCE' },
    );
    expect(errorCodes(renumbered)).toEqual(['CONFLICT']);
  });

  it('concurrent creations of one licence: one lands, the others are CONFLICT, never a 500', async () => {
    const create = () =>
      t.gql(
        `mutation($input: CreateExportLicenseInput!) { createExportLicense(input: $input) { id } }`,
        {
          input: {
            number: 'D-RACE',
            agency: 'BIS',
            eccns: ['3E001'],
            destinations: ['CN'],
            validFrom: '2026-01-01',
            validTo: '2027-12-31',
          },
        },
        { party: 'VALENCE', role: 'COMPLIANCE' },
      );
    const results = await Promise.all([create(), create(), create()]);
    const codes = results.map((r) => errorCodes(r)[0] ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
  });
});
