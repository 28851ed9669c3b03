import { composeCheck, type CheckParty } from '../../../src/rules/export/check-composition';
import type { LicenceOnFile, TransactionParty } from '../../../src/rules/export/decision';
import type { EndUseFlag } from '../../../src/rules/export/end-use';
import { decideCheck, type CheckHit, type Review } from '../../../src/rules/export/evaluation';
import type { ScreeningHit } from '../../../src/rules/export/hit-findings';
import { loadExportReferenceData } from '../../../src/services/export/reference-files';
import { effectiveDestination, type TransferInput } from '../../../src/rules/export/release';

/**
 * Worked cases of the whole check on the real reference data, each with the reasoning from the
 * regulation that gives its expected answer. `check` calls the one composition runExportCheck
 * calls (composeCheck), then applies the hits' review outcomes as a reviewer would.
 */
const data = loadExportReferenceData();
const JV = 'Baoding Fengfan-Valence Battery Co., Ltd.';
const JV_PARTIES: TransactionParty[] = [
  { name: JV, role: 'CONSIGNEE' },
  { name: JV, role: 'END_USER' },
];
const ON = '2026-10-15';

function check({
  eccn,
  relatedEccn,
  transfer,
  declaredEndUse,
  flags,
  hits = [],
  licences = [],
  parties = JV_PARTIES,
}: {
  eccn: string;
  relatedEccn?: string;
  transfer: TransferInput;
  declaredEndUse: string;
  flags?: EndUseFlag[];
  hits?: ScreeningHit[];
  licences?: LicenceOnFile[];
  parties?: ReadonlyArray<CheckParty | TransactionParty>;
}) {
  // Hits as screening stores them (a possible match scores below 1); a CONFIRMED or CLEARED
  // status stands for a reviewer's answer on the check.
  const stored: CheckHit[] = hits.map((hit, i) => ({
    ...hit,
    key: `hit-${i}`,
    score: 0.9,
    level: 'STRONG',
  }));
  const reviews: Review[] = hits.flatMap((hit, i) =>
    hit.status === 'POSSIBLE' ? [] : [{ matchKey: `hit-${i}`, outcome: hit.status }],
  );
  const { evaluation } = composeCheck({
    transfer,
    items: [{ label: eccn, eccn, relatedEccn, kind: 'TECHNOLOGY', technology: true }],
    declaredEndUse,
    endUseFlags: flags ?? [],
    parties,
    reference: data,
    hits: stored,
    screeningList: null,
    licences,
    on: ON,
  });
  return decideCheck({ evaluation, reviews });
}

const CIVIL = 'Manufacture of LVP cathode powder and cells for electric buses in Baoding';
const licence3E001: LicenceOnFile = {
  number: 'D1188001',
  eccns: ['3E001'],
  destinations: ['CN'],
  consignees: [JV],
  endUsers: [JV],
  validFrom: '2026-01-15',
  validTo: '2030-01-14',
};
const codes = (result: ReturnType<typeof check>, effect: string) =>
  result.findings.filter((f) => f.effect === effect).map((f) => f.code);

describe('worked cases of the export check', () => {
  it('EAR99 technology to China for a civil end use → NO_LICENSE_REQUIRED', () => {
    // EAR99: no reasons for control, so no Country Chart requirement (734.3(c), 738.4); China is
    // not in E:1/E:2; no party matched; the end use names no Part 744 activity.
    const result = check({
      eccn: 'EAR99',
      transfer: { kind: 'EXPORT', to: 'CN' },
      declaredEndUse: CIVIL,
    });
    expect(result.decision).toBe('NO_LICENSE_REQUIRED');
    expect(result.findings.map((f) => f.code)).toEqual([
      'TRANSFER_EXPORT',
      'CLASSIFICATION_EAR99',
      'DESTINATION_COUNTRY_GROUPS',
      'CHART_EAR99',
      'SCREENING_NO_MATCH',
      'END_USE_NO_RED_FLAG',
      'LICENCE_NOT_REQUIRED',
    ]);
  });

  it('3E991 technology for ordinary cells to China → NO_LICENSE_REQUIRED (AT1 has no X)', () => {
    // 3E991: AT Column 1 only; the Country Chart has no X in AT1 for China.
    const result = check({
      eccn: '3E991',
      transfer: { kind: 'EXPORT', to: 'CN' },
      declaredEndUse: CIVIL,
    });
    expect(result.decision).toBe('NO_LICENSE_REQUIRED');
  });

  it('3E001 technology for 3A001.e.1.b cells to China → LICENSE_REQUIRED (NS1 X for CN)', () => {
    // 3E001: "NS applies to technology for commodities controlled by 3A001 …: NS Column 1";
    // China's row has an X in NS1 (Supp. No. 1 to Part 738), so a licence is required (738.4).
    const result = check({
      eccn: '3E001',
      relatedEccn: '3A001.e.1.b',
      transfer: { kind: 'EXPORT', to: 'CN' },
      declaredEndUse: CIVIL,
    });
    expect(result.decision).toBe('LICENSE_REQUIRED');
    expect(codes(result, 'LICENSE_REQUIRED')).toEqual(['CHART_NS1', 'LICENCE_NONE_ON_FILE']);
    expect(result.findings.find((f) => f.code === 'CHART_NS1')?.citation).toBe(
      '15 C.F.R. 738.4 and Supplement No. 1 to Part 738',
    );
  });

  it('the same with a licence on file that covers it → LICENSED', () => {
    const result = check({
      eccn: '3E001',
      relatedEccn: '3A001.e.1.b',
      transfer: { kind: 'EXPORT', to: 'CN' },
      declaredEndUse: CIVIL,
      licences: [licence3E001],
    });
    expect(result.decision).toBe('LICENSED');
    expect(result.licence).toBe('D1188001');
    expect(result.findings.at(-1)).toEqual(
      expect.objectContaining({
        step: 'LICENCE',
        code: 'LICENCE_COVERS',
        citation: '15 C.F.R. 750.7',
      }),
    );
  });

  it('the same with an expired licence → LICENSE_REQUIRED, citing the expiry', () => {
    const result = check({
      eccn: '3E001',
      relatedEccn: '3A001.e.1.b',
      transfer: { kind: 'EXPORT', to: 'CN' },
      declaredEndUse: CIVIL,
      licences: [{ ...licence3E001, validFrom: '2022-01-15', validTo: '2026-01-14' }],
    });
    expect(result.decision).toBe('LICENSE_REQUIRED');
    expect(result.findings.at(-1)).toEqual({
      step: 'LICENCE',
      code: 'LICENCE_EXPIRED',
      status: 'FAIL',
      effect: 'LICENSE_REQUIRED',
      citation: '15 C.F.R. 750.7',
      message:
        'Licence D1188001 does not cover the transfer: licence D1188001 expired on 2026-01-14, ' +
        'before 2026-10-15',
      item: '3E001',
    });
  });

  it('3E001 without the item it is for → NEEDS_REVIEW, never a guessed answer', () => {
    // NS1, MT1, NP1 and RS2 of 3E001 each apply only to technology for some 3A/3B/3C items, and
    // China has an X in all four: without the item the technology is for, the check cannot tell.
    const result = check({
      eccn: '3E001',
      transfer: { kind: 'EXPORT', to: 'CN' },
      declaredEndUse: CIVIL,
    });
    expect(result.decision).toBe('NEEDS_REVIEW');
    expect(codes(result, 'REVIEW')).toEqual([
      'CHART_NS1_UNDETERMINED',
      'CHART_MT1_UNDETERMINED',
      'CHART_NP1_UNDETERMINED',
      'CHART_RS2_UNDETERMINED',
      'CHART_OUTSIDE_CHART_CONTROL',
    ]);
  });

  it('a declared civil nuclear end use in China → LICENSE_REQUIRED under 744.2(a)', () => {
    // Decision: LICENSE_REQUIRED, not PROHIBITED. § 744.2(a) makes a nuclear end use (unsafeguarded
    // activities, fuel-cycle facilities) outside Supp. No. 3 to Part 744 a licence requirement for
    // any item, EAR99 included; TIC 12.2 forbids only weapon proliferation purposes, which a power
    // plant's standby batteries are not.
    const result = check({
      eccn: 'EAR99',
      transfer: { kind: 'EXPORT', to: 'CN' },
      declaredEndUse: 'Standby batteries for a nuclear power plant in Fujian',
    });
    expect(result.decision).toBe('LICENSE_REQUIRED');
    expect(result.findings.find((f) => f.code === 'END_USE_NUCLEAR')?.citation).toBe(
      '15 C.F.R. 744.2(a)',
    );
  });

  it('a declared nuclear weapon end use → PROHIBITED under TIC 12.2, licence or not', () => {
    // TIC 12.2: the Licensee and Fengfan shall not use the Technology "for biological, chemical or
    // nuclear weapon proliferation purposes" — a contractual ban, so even a BIS licence (which
    // 744.2(a)(1) would require) cannot make the transfer permissible.
    const result = check({
      eccn: '3E001',
      relatedEccn: '3A001.e.1.b',
      transfer: { kind: 'EXPORT', to: 'CN' },
      declaredEndUse: 'Power packs for nuclear weapon test instrumentation',
      licences: [licence3E001],
    });
    expect(result.decision).toBe('PROHIBITED');
    expect(result.findings.find((f) => f.effect === 'STOP')).toEqual(
      expect.objectContaining({
        code: 'END_USE_NUCLEAR_WEAPON',
        citation: 'TIC 12.2; 15 C.F.R. 744.2(a)(1)',
      }),
    );
  });

  it('a deemed export of 3E001 technology to a Chinese national in the US → destination CN', () => {
    // 734.13(b): a release in the United States to a foreign person is a deemed export to the
    // person's most recent country of citizenship or permanent residency: China. China's NS1 X
    // then requires a licence, as for a shipment to China.
    const transfer: TransferInput = {
      kind: 'RELEASE',
      releasedIn: 'US',
      recipient: { statuses: [{ country: 'CN', basis: 'CITIZENSHIP', since: '1991-05-20' }] },
    };
    expect(effectiveDestination(transfer).destination).toBe('CN');
    const engineer: CheckParty[] = [{ name: 'Li Wei', role: 'RECIPIENT' }];
    const result = check({
      eccn: '3E001',
      relatedEccn: '3A001.e.1.b',
      transfer,
      declaredEndUse: 'Cell design work at Valence, Austin, Texas',
      parties: engineer,
    });
    expect(result.decision).toBe('LICENSE_REQUIRED');
    expect(result.findings.find((f) => f.code === 'TRANSFER_DEEMED_EXPORT')?.citation).toBe(
      '15 C.F.R. 734.13(a)(2) and (b)',
    );
    expect(codes(result, 'LICENSE_REQUIRED')).toContain('CHART_NS1');
  });

  it('a confirmed Denied Persons List hit → PROHIBITED', () => {
    // 764.3(a)(2) and General Prohibition Four (736.2(b)(4)): no one may take part in an export
    // with a denied person, whatever the item or licence.
    const result = check({
      eccn: 'EAR99',
      transfer: { kind: 'EXPORT', to: 'CN' },
      declaredEndUse: CIVIL,
      hits: [
        {
          party: 'Tianjin Example Freight Co.',
          source: 'Denied Persons List (DPL) - Bureau of Industry and Security',
          entryName: 'TIANJIN EXAMPLE FREIGHT CO',
          matchedName: 'TIANJIN EXAMPLE FREIGHT CO',
          status: 'CONFIRMED',
        },
      ],
    });
    expect(result.decision).toBe('PROHIBITED');
    expect(codes(result, 'STOP')).toEqual(['SCREENING_DPL_CONFIRMED']);
  });

  it('an unreviewed possible Entity List match → NEEDS_REVIEW', () => {
    // A possible match may or may not be the party: until a reviewer confirms or clears it, the
    // check cannot say whether 744.11's licence requirement applies.
    const hit: ScreeningHit = {
      party: 'Shenzhen Example Electronics Co., Ltd.',
      source: 'Entity List (EL) - Bureau of Industry and Security',
      entryName: 'Shenzhen Example Electronic Technology Co.',
      matchedName: 'Shenzhen Example Electronic',
      licenseRequirement: 'For all items subject to the EAR. (See §744.11 of the EAR)',
      licensePolicy: 'Presumption of denial.',
      status: 'POSSIBLE',
    };
    const result = check({
      eccn: 'EAR99',
      transfer: { kind: 'EXPORT', to: 'CN' },
      declaredEndUse: CIVIL,
      hits: [hit],
    });
    expect(result.decision).toBe('NEEDS_REVIEW');
    expect(codes(result, 'REVIEW')).toEqual(['SCREENING_EL_POSSIBLE_MATCH']);

    // Confirmed, the entry's licence requirement ("all items subject to the EAR") reaches even
    // EAR99 technology; cleared as another company, the export needs no licence.
    const confirmed = check({
      eccn: 'EAR99',
      transfer: { kind: 'EXPORT', to: 'CN' },
      declaredEndUse: CIVIL,
      hits: [{ ...hit, status: 'CONFIRMED' }],
    });
    expect(confirmed.decision).toBe('LICENSE_REQUIRED');
    const cleared = check({
      eccn: 'EAR99',
      transfer: { kind: 'EXPORT', to: 'CN' },
      declaredEndUse: CIVIL,
      hits: [{ ...hit, status: 'CLEARED' }],
    });
    expect(cleared.decision).toBe('NO_LICENSE_REQUIRED');
  });

  it('any transfer to Iran → PROHIBITED (E:1; Part 746; TIC 12.2), even EAR99', () => {
    const result = check({
      eccn: 'EAR99',
      transfer: { kind: 'EXPORT', to: 'IR' },
      declaredEndUse: CIVIL,
    });
    expect(result.decision).toBe('PROHIBITED');
    expect(codes(result, 'STOP')).toEqual(['DESTINATION_EMBARGOED']);
  });

  it('a deemed export to a North Korean national in the US → PROHIBITED (TIC 12.2: nationals)', () => {
    const result = check({
      eccn: 'EAR99',
      transfer: {
        kind: 'RELEASE',
        releasedIn: 'US',
        recipient: { statuses: [{ country: 'KP', basis: 'CITIZENSHIP', since: '1985-01-01' }] },
      },
      declaredEndUse: 'Training on cell assembly',
      parties: [{ name: 'Visiting engineer', role: 'END_USER' }],
    });
    expect(result.decision).toBe('PROHIBITED');
  });

  it('3E991 technology to Russia → LICENSE_REQUIRED by § 746.8 though the chart is silent', () => {
    const result = check({
      eccn: '3E991',
      transfer: { kind: 'EXPORT', to: 'RU' },
      declaredEndUse: CIVIL,
    });
    expect(result.decision).toBe('LICENSE_REQUIRED');
    expect(codes(result, 'LICENSE_REQUIRED')).toEqual([
      'DESTINATION_RUSSIA_BELARUS_SANCTIONS',
      'LICENCE_NONE_ON_FILE',
    ]);
  });

  it('a licence covers only the names it lists (15 C.F.R. 750.7(a))', () => {
    // The licence names the JV as consignee and end user, written "Company Limited": the same
    // name as screening reads it. Another end user is not covered, whatever the item.
    const written = {
      ...licence3E001,
      consignees: ['Baoding Fengfan-Valence Battery Company Limited'],
      endUsers: ['BAODING FENGFAN-VALENCE BATTERY CO LTD'],
    };
    const base = {
      eccn: '3E001',
      relatedEccn: '3A001.e.1.b',
      transfer: { kind: 'EXPORT', to: 'CN' } as TransferInput,
      declaredEndUse: CIVIL,
      licences: [written],
    };
    expect(check(base).decision).toBe('LICENSED');
    const other = check({
      ...base,
      parties: [
        { name: JV, role: 'CONSIGNEE' },
        { name: 'Baoding Fengfan Group', role: 'END_USER' },
      ],
    });
    expect(other.decision).toBe('LICENSE_REQUIRED');
    expect(other.findings.map((f) => f.code)).toContain('LICENCE_PARTY_NOT_NAMED');
  });

  it('a deemed export is licensed only when the licence names the recipient', () => {
    // 734.13(b): the release is an export to the recipient's country; the licence must name the
    // person released to (750.7(a)).
    const transfer: TransferInput = {
      kind: 'RELEASE',
      releasedIn: 'US',
      recipient: { statuses: [{ country: 'CN', basis: 'CITIZENSHIP', since: '1991-05-20' }] },
    };
    const licence = { ...licence3E001, consignees: [], endUsers: ['Wei LI'] };
    const base = {
      eccn: '3E001',
      relatedEccn: '3A001.e.1.b',
      transfer,
      declaredEndUse: 'Cell design work at Valence, Austin, Texas',
      licences: [licence],
    };
    expect(check({ ...base, parties: [{ name: 'Li Wei', role: 'RECIPIENT' }] }).decision).toBe(
      'LICENSED',
    );
    const unnamed = check({ ...base, parties: [{ name: 'Zhang Min', role: 'RECIPIENT' }] });
    expect(unnamed.decision).toBe('LICENSE_REQUIRED');
    expect(unnamed.findings.map((f) => f.code)).toContain('LICENCE_PARTY_NOT_NAMED');
  });
});
