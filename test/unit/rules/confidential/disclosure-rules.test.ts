import { checkCompelledNotice } from '../../../../src/rules/confidential/compelled-disclosure';
import { decideDisclosure } from '../../../../src/rules/confidential/disclosure-decision';
import { fengfanRecipient } from '../../../../src/rules/confidential/fengfan-recipient';
import { checkRegistration } from '../../../../src/rules/confidential/item-registration';
import { protectionPeriod } from '../../../../src/rules/confidential/protection-period';

describe('fengfanRecipient (TIC 1.1, 2.4, 2.8)', () => {
  it.each([
    { party: 'FENGFAN', name: 'Anyone', stated: false, fengfan: true },
    { party: null, name: 'Baoding Fengfan Group LLC', stated: false, fengfan: true },
    { party: null, name: 'Feng-Fan Battery Trading Co.', stated: false, fengfan: true },
    { party: null, name: '保定风帆集团', stated: false, fengfan: true },
    { party: null, name: 'Hebei Storage Ltd.', stated: true, fengfan: true },
    { party: null, name: 'Hebei Storage Ltd.', stated: false, fengfan: false },
    { party: 'JV', name: 'Baoding Fengfan-Valence Battery Co.', stated: false, fengfan: false },
    { party: null, name: 'Baoding Fengfan-Valence Battery Co.', stated: false, fengfan: false },
    {
      party: null,
      name: 'Fengfan-Valence Trading, a Fengfan company',
      stated: false,
      fengfan: true,
    },
  ] as const)('$name ($party, stated $stated): $fengfan', ({ party, name, stated, fengfan }) => {
    expect(
      fengfanRecipient({
        recipientParty: party,
        recipientName: name,
        statedFengfanAffiliate: stated,
      }).fengfan,
    ).toBe(fengfan);
  });
});

describe('fengfanRecipient by ownership and control (TIC 1.1; JVC Art. 2)', () => {
  const companies = [
    { id: 'ff', name: 'Baoding Fengfan Group', otherNames: [], partyCode: 'FENGFAN' },
    { id: 'jv', name: 'Baoding Fengfan-Valence Battery Co.', otherNames: [], partyCode: 'JV' },
    { id: 'hold', name: 'Hengshui Cell Holdings Co., Ltd.', otherNames: [], partyCode: null },
    {
      id: 'sep',
      name: 'Hengshui Separator Co., Ltd.',
      otherNames: ['衡水隔膜有限公司'],
      partyCode: null,
    },
    { id: 'foil', name: 'Cangzhou Copper Foil Co., Ltd.', otherNames: [], partyCode: null },
    { id: 'binder', name: 'Xingtai Binder Co., Ltd.', otherNames: [], partyCode: null },
    { id: 'other', name: 'Xingtai Chemical Co., Ltd.', otherNames: [], partyCode: null },
  ] as const;
  const link = (
    holderId: string,
    heldId: string,
    sharePercent: number | null,
    more: { appointsGeneralManager?: boolean; from?: string; endedOn?: string } = {},
  ) => ({
    holderId,
    heldId,
    sharePercent,
    appointsGeneralManager: more.appointsGeneralManager ?? false,
    appointsBoardMajority: false,
    from: more.from ?? null,
    endedOn: more.endedOn ?? null,
  });
  const links = [
    link('ff', 'hold', 100),
    link('hold', 'sep', 60),
    link('ff', 'foil', 30, { appointsGeneralManager: true }),
    link('other', 'foil', 70),
    link('ff', 'binder', 30),
    link('other', 'binder', 70),
    link('ff', 'jv', 51),
  ];
  const judge = (
    recipientName: string,
    recipientCompanyId: string | null = null,
    more: { asOf?: string; links?: typeof links; recipientParty?: 'JV' | null } = {},
  ) =>
    fengfanRecipient({
      recipientParty: more.recipientParty ?? null,
      recipientName,
      statedFengfanAffiliate: false,
      ownership: {
        companies,
        links: more.links ?? links,
        recipientCompanyId,
        asOf: more.asOf ?? '2026-03-02',
      },
    });

  it('finds a company two levels below Fengfan by a name written otherwise, with the chain', () => {
    for (const name of ['HENGSHUI SEPARATOR CO LTD', '衡水隔膜有限公司', 'Hengshui Separator']) {
      expect(judge(name)).toEqual({
        fengfan: true,
        reason:
          'Hengshui Separator Co., Ltd. is 60% owned by Hengshui Cell Holdings Co., Ltd.; ' +
          'Hengshui Cell Holdings Co., Ltd. is 100% owned by Baoding Fengfan Group: Fengfan ' +
          'controls Hengshui Separator Co., Ltd. (TIC 1.1; JVC Art. 2)',
      });
    }
  });

  it('finds one named by its register id whatever the name, controlled through the general manager', () => {
    const judged = judge('Cangzhou trading name', 'foil');
    expect(judged.fengfan).toBe(true);
    expect(judged.reason).toContain(
      '30% owned by Baoding Fengfan Group, which appoints its general manager',
    );
  });

  it('does not take a minority holding without control, a company off the register or a stranger', () => {
    expect(judge('Xingtai Binder Co., Ltd.').fengfan).toBe(false);
    expect(judge('anything', 'binder').fengfan).toBe(false);
    expect(judge('Acme Research GmbH').fengfan).toBe(false);
    // Named by id, the id decides, not a name that happens to match another company.
    expect(judge('Hengshui Separator Co., Ltd.', 'binder').fengfan).toBe(false);
  });

  it('reads control only while the links are in effect on the day', () => {
    const ended = links.map((l) => (l.heldId === 'sep' ? { ...l, endedOn: '2026-01-01' } : l));
    expect(judge('Hengshui Separator Co., Ltd.', null, { links: ended }).fengfan).toBe(false);
    expect(
      judge('Hengshui Separator Co., Ltd.', null, { links: ended, asOf: '2025-12-31' }).fengfan,
    ).toBe(true);
  });

  it('keeps a party what it is: the JV, even with Fengfan’s majority on record', () => {
    expect(
      judge('Baoding Fengfan-Valence Battery Co.', null, { recipientParty: 'JV' }).fengfan,
    ).toBe(false);
    expect(judge('Baoding Fengfan-Valence Battery Co.', 'jv').fengfan).toBe(false);
  });

  it('carries the facts through decideDisclosure’s gate', () => {
    const ruling = decideDisclosure({
      item: { disclosingParty: 'VALENCE', category: 'BUSINESS', valenceTechnology: false },
      request: {
        status: 'PENDING',
        recipientParty: null,
        recipientName: 'Hengshui Separator Co., Ltd.',
        fengfanAffiliate: false,
      },
      approve: true,
      deciderParty: 'VALENCE',
      valenceConsentReference: null,
      ownership: { companies, links, recipientCompanyId: null, asOf: '2026-03-02' },
    });
    expect(ruling).toMatchObject({ ok: false, refusal: { field: 'valenceConsentReference' } });
    if (!ruling.ok) expect(ruling.refusal.reason).toContain('Fengfan controls Hengshui Separator');
  });
});

describe('decideDisclosure (TIC 8.1; 2.4, 2.8; JVC Art. 45)', () => {
  const technology = {
    disclosingParty: 'VALENCE',
    category: 'TECHNOLOGY',
    valenceTechnology: true,
  } as const;
  const business = {
    disclosingParty: 'JV',
    category: 'BUSINESS',
    valenceTechnology: false,
  } as const;
  const toFengfan = {
    status: 'PENDING',
    recipientParty: 'FENGFAN',
    recipientName: 'Baoding Fengfan Group',
    fengfanAffiliate: false,
  } as const;
  const toThirdParty = {
    status: 'PENDING',
    recipientParty: null,
    recipientName: 'Acme Research GmbH',
    fengfanAffiliate: false,
  } as const;

  it('refuses the Technology to Fengfan without Valence’s written consent on record', () => {
    const ruling = decideDisclosure({
      item: technology,
      request: toFengfan,
      approve: true,
      deciderParty: 'VALENCE',
      valenceConsentReference: null,
    });
    expect(ruling).toMatchObject({
      ok: false,
      refusal: { kind: 'state', field: 'valenceConsentReference' },
    });
    if (!ruling.ok) expect(ruling.refusal.article).toContain('TIC 2.4, 2.8');
  });

  it('refuses it to a stated Fengfan Affiliate too', () => {
    expect(
      decideDisclosure({
        item: technology,
        request: { ...toThirdParty, fengfanAffiliate: true },
        approve: true,
        deciderParty: 'VALENCE',
        valenceConsentReference: null,
      }).ok,
    ).toBe(false);
  });

  it('passes the gate with Valence’s consent, and then asks for an export check', () => {
    expect(
      decideDisclosure({
        item: technology,
        request: toFengfan,
        approve: true,
        deciderParty: 'VALENCE',
        valenceConsentReference: 'VAL-2026-07',
      }),
    ).toEqual({ ok: true, value: { needsExportCheck: true } });
  });

  it('asks a Technology item to a third party for an export check, a business item not', () => {
    expect(
      decideDisclosure({
        item: technology,
        request: toThirdParty,
        approve: true,
        deciderParty: 'VALENCE',
        valenceConsentReference: null,
      }),
    ).toEqual({ ok: true, value: { needsExportCheck: true } });
    expect(
      decideDisclosure({
        item: business,
        request: toThirdParty,
        approve: true,
        deciderParty: 'JV',
        valenceConsentReference: null,
      }),
    ).toEqual({ ok: true, value: { needsExportCheck: false } });
  });

  it('lets the JV send its own business information to Fengfan (not the Technology)', () => {
    expect(
      decideDisclosure({
        item: business,
        request: toFengfan,
        approve: true,
        deciderParty: 'JV',
        valenceConsentReference: null,
      }).ok,
    ).toBe(true);
  });

  it('refuses nothing on a denial, and a second decision on a decided request', () => {
    expect(
      decideDisclosure({
        item: technology,
        request: toFengfan,
        approve: false,
        deciderParty: 'VALENCE',
        valenceConsentReference: null,
      }).ok,
    ).toBe(true);
    expect(
      decideDisclosure({
        item: business,
        request: { ...toThirdParty, status: 'APPROVED' },
        approve: true,
        deciderParty: 'JV',
        valenceConsentReference: null,
      }),
    ).toMatchObject({ ok: false, refusal: { kind: 'state', article: 'TIC 8.1' } });
  });
});

describe('checkCompelledNotice (TIC 8.3(d); JVC Art. 96(4))', () => {
  it.each([
    { contract: 'TIC', notice: '2026-03-01', disclosed: '2026-03-02', ok: true },
    { contract: 'TIC', notice: '2026-03-02', disclosed: '2026-03-02', ok: false },
    { contract: 'TIC', notice: '2026-03-03', disclosed: '2026-03-02', ok: false },
    { contract: 'TIC', notice: null, disclosed: '2026-03-02', ok: false },
    { contract: 'JVC', notice: null, disclosed: '2026-03-02', ok: true },
    { contract: 'JVC', notice: '2026-03-03', disclosed: '2026-03-02', ok: false },
  ] as const)(
    '$contract notice $notice, disclosed $disclosed: $ok',
    ({ contract, notice, disclosed, ok }) => {
      const ruling = checkCompelledNotice({
        governingContract: contract,
        noticeGivenOn: notice,
        disclosedOn: disclosed,
      });
      expect(ruling.ok).toBe(ok);
      if (!ruling.ok)
        expect(ruling.refusal).toMatchObject({ kind: 'input', field: 'noticeGivenOn' });
    },
  );
});

describe('protectionPeriod (TIC 8.7; JVC Art. 96, 100)', () => {
  it('never ends under the TIC, terminated or not', () => {
    expect(
      protectionPeriod({
        governingContract: 'TIC',
        termEndsOn: '2036-07-08',
        endedEarlyOn: '2027-01-15',
      }),
    ).toMatchObject({ until: null });
  });

  it('runs through the JVC term, and two years past an early end', () => {
    expect(
      protectionPeriod({ governingContract: 'JVC', termEndsOn: '2053-03-01', endedEarlyOn: null })
        .until,
    ).toBe('2053-03-01');
    expect(
      protectionPeriod({
        governingContract: 'JVC',
        termEndsOn: '2053-03-01',
        endedEarlyOn: '2027-01-15',
      }).until,
    ).toBe('2029-01-15');
    // A term that never started, ended: still two years from the end.
    expect(
      protectionPeriod({ governingContract: 'JVC', termEndsOn: null, endedEarlyOn: '2027-01-15' })
        .until,
    ).toBe('2029-01-15');
    expect(
      protectionPeriod({ governingContract: 'JVC', termEndsOn: null, endedEarlyOn: null }).until,
    ).toBeNull();
  });
});

describe('checkRegistration (TIC 1.3, 2.8, 10.1)', () => {
  const base = {
    disclosingParty: 'VALENCE',
    receivingParty: 'JV',
    contractParties: ['VALENCE', 'FENGFAN', 'JV'],
    basis: 'MARKED',
    disclosedOn: '2026-02-01',
    advisedOn: null,
    confirmedInWritingOn: null,
    valenceTechnology: true,
    category: 'TECHNOLOGY',
    today: '2026-03-01',
  } as const;

  it('accepts marked Valence Technology to the JV', () => {
    expect(checkRegistration(base).ok).toBe(true);
  });

  it.each([
    [{ receivingParty: 'FENGFAN' }, 'receivingParty', 'TIC 2.8'],
    [{ disclosingParty: 'JV', receivingParty: 'VALENCE' }, 'valenceTechnology', 'TIC 1.3, 10.1'],
    [{ basis: 'ADVISED_IN_WRITING' }, 'advisedOn', 'TIC 1.3(ii)'],
    [{ basis: 'ADVISED_ORALLY', advisedOn: '2026-02-01' }, 'confirmedInWritingOn', 'TIC 1.3(ii)'],
    [
      { basis: 'ADVISED_ORALLY', advisedOn: '2026-02-01', confirmedInWritingOn: '2026-01-31' },
      'confirmedInWritingOn',
      'TIC 1.3(ii)',
    ],
    [{ disclosedOn: '2026-03-02' }, 'disclosedOn', 'TIC 1.3'],
    [{ receivingParty: 'VALENCE' }, 'receivingParty', 'TIC 8.1'],
    [{ contractParties: ['VALENCE', 'FENGFAN'] }, 'contractId', 'TIC 8.1'],
    [{ category: 'BUSINESS' }, 'category', 'TIC 1.3'],
  ] as const)('refuses %j on %s', (change, field, article) => {
    const ruling = checkRegistration({ ...base, ...change });
    expect(ruling).toMatchObject({ ok: false, refusal: { field } });
    if (!ruling.ok) expect(ruling.refusal.article).toContain(article);
  });

  it('accepts oral advice confirmed in writing on or after the advice', () => {
    expect(
      checkRegistration({
        ...base,
        basis: 'ADVISED_ORALLY',
        advisedOn: '2026-02-01',
        confirmedInWritingOn: '2026-02-01',
      }).ok,
    ).toBe(true);
  });
});
