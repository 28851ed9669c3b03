import {
  checkUseApprovable,
  type LicenceFacts,
  type UseFacts,
} from '../../../src/rules/trademarks/use-approval';
import { checkRegistration, protectedOwners } from '../../../src/rules/trademarks/protected-marks';
import { markCessation } from '../../../src/rules/trademarks/cessation';
import type { TerminationBasis } from '../../../src/domain/contracts';
import type { PartyCode } from '../../../src/domain/parties';

const TODAY = '2026-03-01';

const use = (overrides: Partial<UseFacts> = {}): UseFacts => ({
  markId: 'm1',
  markOwner: 'VALENCE',
  product: 'LARGE_FORMAT_LVP_CYLINDRICAL_CELLS',
  territory: ['CN'],
  periodFrom: '2026-03-01',
  periodTo: '2026-12-31',
  warrantyTerms: '24 months',
  warrantyApprovedOn: '2026-02-20',
  ...overrides,
});

const licence = (overrides: Partial<LicenceFacts> = {}): LicenceFacts => ({
  licensorParty: 'VALENCE',
  markIds: ['m1'],
  products: ['LARGE_FORMAT_LVP_CYLINDRICAL_CELLS', 'POWDER_LVP'],
  territory: ['CN'],
  executedOn: '2026-01-15',
  termFrom: '2026-02-01',
  termTo: '2027-01-31',
  ...overrides,
});

const refusal = (u: UseFacts, l: LicenceFacts | null) => {
  const ruling = checkUseApprovable({ use: u, licence: l, today: TODAY });
  return ruling.ok ? null : ruling.refusal;
};

describe('a use of a mark may be approved (JVC Art. 50; TIC 5.2)', () => {
  it('under a licence in force that covers it, with approved warranty terms', () => {
    expect(refusal(use(), licence())).toBeNull();
  });

  it.each<[string, UseFacts, LicenceFacts | null, string, string]>([
    ['no licence', use(), null, 'licenceId', 'JVC Art. 50'],
    [
      "another party's licence",
      use(),
      licence({ licensorParty: 'FENGFAN' }),
      'licenceId',
      'JVC Art. 50',
    ],
    ['a licence of other marks', use(), licence({ markIds: ['m2'] }), 'licenceId', 'JVC Art. 50'],
    [
      'another Product',
      use({ product: 'BELLCORE_LCO_CELLS' }),
      licence(),
      'licenceId',
      'JVC Art. 50',
    ],
    ['another territory', use({ territory: ['CN', 'US'] }), licence(), 'licenceId', 'JVC Art. 50'],
    ['an expired licence', use(), licence({ termTo: '2026-02-28' }), 'licenceId', 'JVC Art. 50'],
    ['a use past the term', use({ periodTo: '2027-06-30' }), licence(), 'licenceId', 'JVC Art. 50'],
    [
      'no warranty terms',
      use({ warrantyTerms: null, warrantyApprovedOn: null }),
      licence(),
      'warrantyTerms',
      'TIC 5.2',
    ],
    [
      'warranty terms not approved',
      use({ warrantyApprovedOn: null }),
      licence(),
      'warrantyTerms',
      'TIC 5.2',
    ],
  ])('not with %s', (_, u, l, field, article) => {
    expect(refusal(u, l)).toMatchObject({ kind: 'state', field, article });
  });

  it('a worldwide licence (WW) covers every territory', () => {
    expect(refusal(use({ territory: ['US', 'DE'] }), licence({ territory: ['WW'] }))).toBeNull();
  });

  it('TIC 5.2 asks for warranty approval only for batteries carrying a Valence mark', () => {
    const none = { warrantyTerms: null, warrantyApprovedOn: null };
    expect(refusal(use({ ...none, product: 'POWDER_LVP' }), licence())).toBeNull();
    expect(
      refusal(use({ ...none, markOwner: 'FENGFAN' }), licence({ licensorParty: 'FENGFAN' })),
    ).toBeNull();
  });
});

describe('whose marks a registration must keep clear of (TIC 10.4)', () => {
  it('Fengfan and the JV of Valence; Valence of Fengfan and the JV', () => {
    expect(protectedOwners({ forParty: 'FENGFAN' })).toEqual(['VALENCE']);
    expect(protectedOwners({ forParty: 'JV' })).toEqual(['VALENCE']);
    expect(protectedOwners({ forParty: 'VALENCE' })).toEqual(['FENGFAN', 'JV']);
  });

  const result = {
    level: 'CONFUSINGLY_SIMILAR' as const,
    score: 0.857,
    closest: [
      {
        markId: 'm1',
        markText: 'VALENCE',
        ownerParty: 'VALENCE' as const,
        level: 'CONFUSINGLY_SIMILAR' as const,
        score: 0.857,
        reasons: ['SMALL_EDIT_DISTANCE' as const],
        matchedForm: 'VALENCE',
        goods: 'SAME_CLASS' as const,
      },
    ],
  };

  it("refuses a conflicting mark without the owner's written consent, citing TIC 10.4", () => {
    const ruling = checkRegistration({ result, consentBy: null });
    expect(ruling.ok).toBe(false);
    if (!ruling.ok)
      expect(ruling.refusal).toMatchObject({ field: 'text', article: 'TIC 10.4; JVC Art. 50' });
  });

  it("accepts it with the owner's consent, not with another party's", () => {
    expect(checkRegistration({ result, consentBy: 'VALENCE' }).ok).toBe(true);
    expect(checkRegistration({ result, consentBy: 'JV' }).ok).toBe(false);
  });

  it('accepts a clear mark', () => {
    expect(
      checkRegistration({ result: { level: 'CLEAR', score: 0, closest: [] }, consentBy: null }).ok,
    ).toBe(true);
  });
});

describe('when the TIC ends (TIC 11.4)', () => {
  it('no use of a Valence mark is approved after the TIC was terminated', () => {
    const ruling = checkUseApprovable({
      use: use(),
      licence: licence(),
      today: TODAY,
      ticTerminatedOn: '2026-02-27',
    });
    expect(ruling.ok ? null : ruling.refusal).toMatchObject({ article: 'TIC 11.4' });
  });

  it("Fengfan's marks are not Valence Property: TIC 11.4 does not stop their uses", () => {
    const ruling = checkUseApprovable({
      use: use({ markOwner: 'FENGFAN', warrantyTerms: null, warrantyApprovedOn: null }),
      licence: licence({ licensorParty: 'FENGFAN' }),
      today: TODAY,
      ticTerminatedOn: '2026-02-27',
    });
    expect(ruling.ok).toBe(true);
  });

  it.each<[TerminationBasis, PartyCode, boolean]>([
    // "except in the case of termination of this Contract by Valence, due to a breach or
    // default by Fengfan or Licensee".
    ['UNCURED_BREACH', 'VALENCE', false],
    ['PROTECTED_ARTICLE_BREACH', 'VALENCE', false],
    // The Licensee terminating for Valence's breach keeps the sell-off.
    ['UNCURED_BREACH', 'JV', true],
    ['MUTUAL_AGREEMENT', 'VALENCE', true],
    // Insolvency is read as no breach or default.
    ['INSOLVENCY', 'VALENCE', true],
  ])('%s by %s: sell-off of inventory %s', (basis, terminatingParty, sellOff) => {
    expect(markCessation({ basis, terminatingParty })).toMatchObject({
      sellOff,
      article: 'TIC 11.4',
    });
  });
});
