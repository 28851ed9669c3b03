import { forceMajeureEvidenceDue } from '../../../src/rules/force-majeure';

describe('forceMajeureEvidenceDue (JVC Art. 115): evidence within 15 days after informing', () => {
  it.each<{ input: { informedOn: string }; expected: string; article: string }>([
    { input: { informedOn: '2026-07-20' }, expected: '2026-08-04', article: 'JVC Art. 115' },
    { input: { informedOn: '2026-12-20' }, expected: '2027-01-04', article: 'JVC Art. 115' },
    { input: { informedOn: '2028-02-14' }, expected: '2028-02-29', article: 'JVC Art. 115' },
  ])('informed $input.informedOn → evidence due $expected', ({ input, expected, article }) => {
    expect(forceMajeureEvidenceDue(input)).toEqual({ dueOn: expected, article });
  });

  it('rejects a malformed date', () => {
    expect(() => forceMajeureEvidenceDue({ informedOn: '2026-13-01' })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/^informedOn:/),
      }),
    );
  });
});
