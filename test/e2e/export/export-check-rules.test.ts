import path from 'node:path';
import { requirePassingCheck } from '../../../src/services/export/export-check.service';
import { importScreeningList } from '../../../src/services/export/screening-import';
import { errorCodes, startTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await importScreeningList(t.db, path.join(__dirname, '../../fixtures/csl-slice.csv'));
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

  it('the latest check decides: a newer refusal overrides an older clearance', async () => {
    const run = (eccn: string) =>
      t.gql<Run>(
        RUN,
        {
          input: {
            items: [{ eccn, relatedEccn: eccn === '3E001' ? '3A001.e.1.b' : undefined }],
            releaseKind: 'EXPORT',
            destination: 'CN',
            parties: recipient('Shenzhen Cathode Materials Co., Ltd.'),
            declaredEndUse: civil,
          },
        },
        { party: 'JV', role: 'COMPLIANCE' },
      );
    expect((await run('EAR99')).data!.runExportCheck.decision).toBe('NO_LICENSE_REQUIRED');
    const request = {
      party: 'JV',
      recipientName: 'SHENZHEN CATHODE MATERIALS CO LTD',
      destination: 'CN',
      maxAgeDays: 30,
    };
    expect((await requirePassingCheck(t.db.manager, request)).passed).toBe(true);
    expect((await run('3E001')).data!.runExportCheck.decision).toBe('LICENSE_REQUIRED');
    const clearance = await requirePassingCheck(t.db.manager, request);
    expect(clearance).toMatchObject({ passed: false, decision: 'LICENSE_REQUIRED' });
  });

  it('only the party that ran a check reviews its matches (TIC 12.2)', async () => {
    const { data } = await t.gql<Run>(
      RUN,
      {
        input: {
          items: [{ eccn: '3E001', relatedEccn: '3A001.e.1.b' }],
          releaseKind: 'EXPORT',
          destination: 'CN',
          parties: recipient('Zhongke Dawning Computer Co'),
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
});
