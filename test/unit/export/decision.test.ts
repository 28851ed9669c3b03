import {
  decideExport,
  licenceCovers,
  type ExportSteps,
  type LicenceOnFile,
  type TransactionParty,
} from '../../../src/rules/export/decision';
import type { ExportEffect, ExportFinding, ExportStep } from '../../../src/rules/export/types';

const licence: LicenceOnFile = {
  number: 'D1234567',
  eccns: ['3E001'],
  destinations: ['CN'],
  consignees: ['Baoding Fengfan-Valence Battery Co., Ltd.'],
  endUsers: ['Baoding Fengfan-Valence Battery Co., Ltd.'],
  validFrom: '2026-01-15',
  validTo: '2030-01-14',
};
const parties: TransactionParty[] = [
  { name: 'Baoding Fengfan-Valence Battery Co., Ltd.', role: 'CONSIGNEE' },
  { name: 'Baoding Fengfan-Valence Battery Co., Ltd.', role: 'END_USER' },
];

describe('licenceCovers: the licence authorises only the transaction it describes (750.7)', () => {
  it.each<{
    name: string;
    over: Partial<LicenceOnFile>;
    eccn?: string;
    destination?: string;
    on?: string;
    who?: TransactionParty[];
    reasons: string[];
  }>([
    { name: 'a licence for the ECCN, destination and parties, in force', over: {}, reasons: [] },
    { name: 'on its first day', over: {}, on: '2026-01-15', reasons: [] },
    { name: 'on its last day', over: {}, on: '2030-01-14', reasons: [] },
    { name: 'the day after it ends', over: {}, on: '2030-01-15', reasons: ['EXPIRED'] },
    { name: 'the day before it starts', over: {}, on: '2026-01-14', reasons: ['NOT_YET_VALID'] },
    { name: 'another ECCN', over: {}, eccn: '3D001', reasons: ['ECCN_NOT_COVERED'] },
    {
      name: 'a licence for the entry covers a paragraph of it',
      over: { eccns: ['3A001'] },
      eccn: '3A001.e.1.b',
      reasons: [],
    },
    {
      name: 'a licence for one paragraph does not cover another',
      over: { eccns: ['3A001.e.1.a'] },
      eccn: '3A001.e.1.b',
      reasons: ['ECCN_NOT_COVERED'],
    },
    { name: 'another country', over: {}, destination: 'SG', reasons: ['DESTINATION_NOT_COVERED'] },
    {
      name: 'a party not named in its role',
      over: {},
      who: [...parties, { name: 'Shenzhen Cathode Supplier Co.', role: 'END_USER' }],
      reasons: ['PARTY_NOT_NAMED'],
    },
    {
      name: 'names compared without case or extra spaces',
      over: {},
      who: [{ name: '  baoding FENGFAN-Valence   Battery Co., Ltd. ', role: 'CONSIGNEE' }],
      reasons: [],
    },
    {
      name: 'every gap at once',
      over: { validTo: '2026-06-30' },
      eccn: 'EAR99',
      destination: 'HK',
      on: '2026-07-01',
      who: [{ name: 'Fengfan', role: 'CONSIGNEE' }],
      reasons: ['EXPIRED', 'ECCN_NOT_COVERED', 'DESTINATION_NOT_COVERED', 'PARTY_NOT_NAMED'],
    },
  ])(
    '$name → $reasons',
    ({ over, eccn = '3E001', destination = 'CN', on = '2026-09-30', who = parties, reasons }) => {
      const result = licenceCovers({
        licence: { ...licence, ...over },
        eccn,
        destination,
        parties: who,
        on,
      });
      expect(result.covers).toBe(reasons.length === 0);
      expect(result.reasons.map((r) => r.code)).toEqual(reasons);
      expect(result.citation).toBe('15 C.F.R. 750.7');
      expect(result.licence).toBe('D1234567');
    },
  );

  it('says when the licence expired', () => {
    const result = licenceCovers({
      licence,
      eccn: '3E001',
      destination: 'CN',
      parties,
      on: '2031-03-01',
    });
    expect(result.reasons).toEqual([
      { code: 'EXPIRED', message: 'licence D1234567 expired on 2030-01-14, before 2031-03-01' },
    ]);
  });

  it('rejects malformed input with BAD_USER_INPUT', () => {
    const bad = [
      () => licenceCovers({ licence, eccn: '3E001', destination: 'CN', parties, on: '30/09/2026' }),
      () =>
        licenceCovers({
          licence: { ...licence, validTo: '2025-01-01' },
          eccn: '3E001',
          destination: 'CN',
          parties,
          on: '2026-09-30',
        }),
      () =>
        licenceCovers({
          licence: { ...licence, eccns: ['3E1'] },
          eccn: '3E001',
          destination: 'CN',
          parties,
          on: '2026-09-30',
        }),
    ];
    for (const call of bad)
      expect(call).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

const finding = (step: ExportStep, code: string, effect: ExportEffect): ExportFinding => ({
  step,
  code,
  status: effect === 'NONE' ? 'PASS' : effect === 'REVIEW' ? 'WARN' : 'FAIL',
  effect,
  citation: 'test',
  message: code,
});

const clean: ExportSteps = {
  classification: [finding('CLASSIFICATION', 'C', 'NONE')],
  destination: [finding('DESTINATION', 'D', 'NONE')],
  chart: [finding('COUNTRY_CHART', 'X', 'NONE')],
  screening: [finding('SCREENING', 'S', 'NONE')],
  endUse: [finding('END_USE', 'E', 'NONE')],
};
const transaction = { eccn: '3E001', destination: 'CN', parties, on: '2026-09-30' };

describe('decideExport: STOP, then REVIEW, then licence, in the EAR order', () => {
  it.each<{
    name: string;
    steps: Partial<ExportSteps>;
    licences: LicenceOnFile[];
    decision: string;
  }>([
    { name: 'nothing applies', steps: {}, licences: [], decision: 'NO_LICENSE_REQUIRED' },
    {
      name: 'a licence requirement and no licence',
      steps: { chart: [finding('COUNTRY_CHART', 'CHART_NS1', 'LICENSE_REQUIRED')] },
      licences: [],
      decision: 'LICENSE_REQUIRED',
    },
    {
      name: 'a licence requirement and a covering licence',
      steps: { chart: [finding('COUNTRY_CHART', 'CHART_NS1', 'LICENSE_REQUIRED')] },
      licences: [licence],
      decision: 'LICENSED',
    },
    {
      name: 'a review item outranks a licence requirement',
      steps: {
        chart: [finding('COUNTRY_CHART', 'CHART_NS1', 'LICENSE_REQUIRED')],
        screening: [finding('SCREENING', 'SCREENING_EL_POSSIBLE_MATCH', 'REVIEW')],
      },
      licences: [licence],
      decision: 'NEEDS_REVIEW',
    },
    {
      name: 'a stop outranks everything, a licence included',
      steps: {
        chart: [finding('COUNTRY_CHART', 'CHART_NS1', 'LICENSE_REQUIRED')],
        screening: [
          finding('SCREENING', 'SCREENING_EL_POSSIBLE_MATCH', 'REVIEW'),
          finding('SCREENING', 'SCREENING_DPL_CONFIRMED', 'STOP'),
        ],
      },
      licences: [licence],
      decision: 'PROHIBITED',
    },
  ])('$name → $decision', ({ steps, licences, decision }) => {
    expect(decideExport({ steps: { ...clean, ...steps }, licences, transaction }).decision).toBe(
      decision,
    );
  });

  it('orders the findings by step whatever order the steps are given in, licence last', () => {
    const steps: ExportSteps = {
      endUse: clean.endUse,
      screening: clean.screening,
      chart: [finding('COUNTRY_CHART', 'CHART_NS1', 'LICENSE_REQUIRED')],
      destination: clean.destination,
      classification: clean.classification,
    };
    const result = decideExport({ steps, licences: [licence], transaction });
    expect(result.findings.map((f) => [f.step, f.code])).toEqual([
      ['CLASSIFICATION', 'C'],
      ['DESTINATION', 'D'],
      ['COUNTRY_CHART', 'CHART_NS1'],
      ['SCREENING', 'S'],
      ['END_USE', 'E'],
      ['LICENCE', 'LICENCE_COVERS'],
    ]);
    expect(result.licence).toBe('D1234567');
  });

  it('reports why each licence on file does not cover the transfer', () => {
    const result = decideExport({
      steps: { ...clean, chart: [finding('COUNTRY_CHART', 'CHART_NS1', 'LICENSE_REQUIRED')] },
      licences: [
        { ...licence, number: 'OLD-1', validTo: '2026-01-31' },
        { ...licence, number: 'SG-2', destinations: ['SG'] },
      ],
      transaction,
    });
    expect(result.decision).toBe('LICENSE_REQUIRED');
    expect(result.findings.filter((f) => f.step === 'LICENCE')).toEqual([
      {
        step: 'LICENCE',
        code: 'LICENCE_EXPIRED',
        status: 'FAIL',
        effect: 'LICENSE_REQUIRED',
        citation: '15 C.F.R. 750.7',
        message:
          'Licence OLD-1 does not cover the transfer: licence OLD-1 expired on 2026-01-31, before 2026-09-30',
      },
      {
        step: 'LICENCE',
        code: 'LICENCE_DESTINATION_NOT_COVERED',
        status: 'FAIL',
        effect: 'LICENSE_REQUIRED',
        citation: '15 C.F.R. 750.7',
        message: 'Licence SG-2 does not cover the transfer: licence SG-2 is for SG, not CN',
      },
    ]);
  });

  it('a REVIEW finding the reviewer resolved no longer holds the decision', () => {
    const steps = { ...clean, endUse: [finding('END_USE', 'END_USE_MILITARY', 'REVIEW')] };
    expect(decideExport({ steps, licences: [], transaction }).decision).toBe('NEEDS_REVIEW');
    const resolved = decideExport({
      steps,
      licences: [],
      transaction,
      resolvedReviews: ['END_USE_MILITARY'],
    });
    expect(resolved.decision).toBe('NO_LICENSE_REQUIRED');
    expect(resolved.findings.find((f) => f.code === 'END_USE_MILITARY')).toEqual(
      expect.objectContaining({
        status: 'INFO',
        effect: 'NONE',
        message: 'END_USE_MILITARY (resolved by the reviewer)',
      }),
    );
  });

  it('screening hits cannot be resolved by code: they are reviewed on the hit', () => {
    const steps = {
      ...clean,
      screening: [finding('SCREENING', 'SCREENING_EL_POSSIBLE_MATCH', 'REVIEW')],
    };
    expect(
      decideExport({
        steps,
        licences: [],
        transaction,
        resolvedReviews: ['SCREENING_EL_POSSIBLE_MATCH'],
      }).decision,
    ).toBe('NEEDS_REVIEW');
  });

  it('refuses a finding filed under the wrong step', () => {
    expect(() =>
      decideExport({
        steps: { ...clean, chart: [finding('SCREENING', 'S', 'NONE')] },
        licences: [],
        transaction,
      }),
    ).toThrow(/a SCREENING finding was given as COUNTRY_CHART/);
  });
});
