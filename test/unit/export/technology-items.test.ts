import {
  classificationKindsVisibleTo,
  involvesTechnology,
} from '../../../src/rules/export/technology-items';

describe('involvesTechnology (TIC 1.3, 1.15)', () => {
  it.each([
    { itemKind: 'TECHNOLOGY' as const, eccn: 'EAR99', expected: true },
    { itemKind: 'CONFIDENTIAL_INFORMATION' as const, eccn: 'EAR99', expected: true },
    // An E (technology) ECCN is technology whatever its label (738.2(b)): labelled PRODUCT it
    // must not hide the check from Valence.
    { itemKind: 'PRODUCT' as const, eccn: '3E001', expected: true },
    { itemKind: 'PRODUCT' as const, eccn: '3D991', expected: false },
    { itemKind: null, eccn: '3E001', expected: true }, // technology (E) on the CCL
    { itemKind: null, eccn: '3D991', expected: true }, // software (D)
    { itemKind: null, eccn: '3A001.e.1.b', expected: false },
    { itemKind: null, eccn: 'EAR99', expected: false },
  ])('$itemKind / $eccn → $expected', ({ itemKind, eccn, expected }) => {
    expect(involvesTechnology({ itemKind, eccn })).toBe(expected);
  });
});

describe('classificationKindsVisibleTo (TIC 2.8)', () => {
  it('gives Fengfan products only, Valence and the Licensee every kind', () => {
    expect(classificationKindsVisibleTo({ party: 'FENGFAN' })).toEqual(['PRODUCT']);
    expect(classificationKindsVisibleTo({ party: 'JV' })).toHaveLength(4);
    expect(classificationKindsVisibleTo({ party: 'VALENCE' })).toHaveLength(4);
  });
});
