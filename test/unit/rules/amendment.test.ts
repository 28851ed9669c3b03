import { amendmentStatus, type AmendmentSignature } from '../../../src/rules/amendment';
import type { GoverningContract } from '../../../src/rules/citation';

const parties = ['VALENCE', 'FENGFAN', 'JV'];
const allSigned: AmendmentSignature[] = [
  { party: 'VALENCE', signedOn: '2026-03-01' },
  { party: 'FENGFAN', signedOn: '2026-03-05' },
  { party: 'JV', signedOn: '2026-03-03' },
];

interface Input {
  governingContract: GoverningContract;
  partiesToContract: string[];
  signatures: AmendmentSignature[];
  approvalAuthorityApprovedOn: string | null;
}

describe('amendmentStatus (TIC 13.8; JVC Art. 122)', () => {
  it.each<{
    example: string;
    input: Input;
    expected: { effective: boolean; effectiveOn: string | null; missingSignatures: string[] };
    codes: string[];
    article: string;
  }>([
    {
      example: 'TIC signed by all three parties: effective on the last signature',
      input: {
        governingContract: 'TIC',
        partiesToContract: parties,
        signatures: allSigned,
        approvalAuthorityApprovedOn: null,
      },
      expected: { effective: true, effectiveOn: '2026-03-05', missingSignatures: [] },
      codes: ['AMENDMENT_SIGNED'],
      article: 'TIC 13.8',
    },
    {
      example: 'TIC without the JV’s signature',
      input: {
        governingContract: 'TIC',
        partiesToContract: parties,
        signatures: allSigned.slice(0, 2),
        approvalAuthorityApprovedOn: null,
      },
      expected: { effective: false, effectiveOn: null, missingSignatures: ['JV'] },
      codes: ['AMENDMENT_SIGNATURES_MISSING'],
      article: 'TIC 13.8',
    },
    {
      example: 'TIC with no signature at all',
      input: {
        governingContract: 'TIC',
        partiesToContract: parties,
        signatures: [],
        approvalAuthorityApprovedOn: null,
      },
      expected: {
        effective: false,
        effectiveOn: null,
        missingSignatures: ['VALENCE', 'FENGFAN', 'JV'],
      },
      codes: ['AMENDMENT_SIGNATURES_MISSING'],
      article: 'TIC 13.8',
    },
    {
      example: 'TIC signed by an outsider in place of the JV: ignored, still missing the JV',
      input: {
        governingContract: 'TIC',
        partiesToContract: parties,
        signatures: [...allSigned.slice(0, 2), { party: 'ACME', signedOn: '2026-03-04' }],
        approvalAuthorityApprovedOn: null,
      },
      expected: { effective: false, effectiveOn: null, missingSignatures: ['JV'] },
      codes: ['AMENDMENT_SIGNATORY_NOT_A_PARTY', 'AMENDMENT_SIGNATURES_MISSING'],
      article: 'TIC 13.8',
    },
    {
      example: 'TIC signed by all and by an outsider later: the outsider’s date does not count',
      input: {
        governingContract: 'TIC',
        partiesToContract: parties,
        signatures: [...allSigned, { party: 'ACME', signedOn: '2026-04-01' }],
        approvalAuthorityApprovedOn: null,
      },
      expected: { effective: true, effectiveOn: '2026-03-05', missingSignatures: [] },
      codes: ['AMENDMENT_SIGNATORY_NOT_A_PARTY', 'AMENDMENT_SIGNED'],
      article: 'TIC 13.8',
    },
    {
      example: 'TIC with an approval it does not need: effective on the last signature',
      input: {
        governingContract: 'TIC',
        partiesToContract: parties,
        signatures: allSigned,
        approvalAuthorityApprovedOn: '2026-04-20',
      },
      expected: { effective: true, effectiveOn: '2026-03-05', missingSignatures: [] },
      codes: ['AMENDMENT_SIGNED', 'AMENDMENT_APPROVAL_NOT_REQUIRED'],
      article: 'TIC 13.8',
    },
    {
      example: 'TIC signed twice by Fengfan: its first signature counts',
      input: {
        governingContract: 'TIC',
        partiesToContract: parties,
        signatures: [...allSigned, { party: 'FENGFAN', signedOn: '2026-02-20' }],
        approvalAuthorityApprovedOn: null,
      },
      expected: { effective: true, effectiveOn: '2026-03-03', missingSignatures: [] },
      codes: ['AMENDMENT_SIGNED'],
      article: 'TIC 13.8',
    },
    {
      example: 'JVC signed by all and approved later: effective on the approval',
      input: {
        governingContract: 'JVC',
        partiesToContract: parties,
        signatures: allSigned,
        approvalAuthorityApprovedOn: '2026-04-20',
      },
      expected: { effective: true, effectiveOn: '2026-04-20', missingSignatures: [] },
      codes: ['AMENDMENT_SIGNED', 'AMENDMENT_APPROVED'],
      article: 'JVC Art. 122',
    },
    {
      example: 'JVC signed by all, not approved',
      input: {
        governingContract: 'JVC',
        partiesToContract: parties,
        signatures: allSigned,
        approvalAuthorityApprovedOn: null,
      },
      expected: { effective: false, effectiveOn: null, missingSignatures: [] },
      codes: ['AMENDMENT_SIGNED', 'AMENDMENT_APPROVAL_MISSING'],
      article: 'JVC Art. 122',
    },
    {
      example: 'JVC approved, but Valence has not signed',
      input: {
        governingContract: 'JVC',
        partiesToContract: ['FENGFAN', 'VALENCE'],
        signatures: [{ party: 'FENGFAN', signedOn: '2026-03-05' }],
        approvalAuthorityApprovedOn: '2026-04-20',
      },
      expected: { effective: false, effectiveOn: null, missingSignatures: ['VALENCE'] },
      codes: ['AMENDMENT_SIGNATURES_MISSING', 'AMENDMENT_APPROVED'],
      article: 'JVC Art. 122',
    },
    {
      example: 'JVC approved before the last signature: effective on the last signature, WARN',
      input: {
        governingContract: 'JVC',
        partiesToContract: parties,
        signatures: allSigned,
        approvalAuthorityApprovedOn: '2026-03-04',
      },
      expected: { effective: true, effectiveOn: '2026-03-05', missingSignatures: [] },
      codes: ['AMENDMENT_SIGNED', 'AMENDMENT_APPROVED', 'AMENDMENT_APPROVED_BEFORE_SIGNED'],
      article: 'JVC Art. 122',
    },
  ])('$example', ({ input, expected, codes, article }) => {
    const result = amendmentStatus(input);
    expect(result).toEqual({ ...expected, findings: expect.any(Array) });
    expect(result.findings.map((f) => f.code)).toEqual(codes);
    for (const finding of result.findings) expect(finding.article).toBe(article);
  });

  it('grades and explains its findings', () => {
    const result = amendmentStatus({
      governingContract: 'JVC',
      partiesToContract: parties,
      signatures: [...allSigned.slice(1), { party: 'ACME', signedOn: '2026-03-04' }],
      approvalAuthorityApprovedOn: null,
    });
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'AMENDMENT_SIGNATORY_NOT_A_PARTY',
        status: 'FAIL',
        message: expect.stringMatching(/ACME .* not a party to the JVC: the signature is ignored/),
      }),
      expect.objectContaining({
        code: 'AMENDMENT_SIGNATURES_MISSING',
        status: 'FAIL',
        message: expect.stringContaining('missing VALENCE'),
      }),
      expect.objectContaining({
        code: 'AMENDMENT_APPROVAL_MISSING',
        status: 'FAIL',
        message: expect.stringContaining('Examination and Approval Authority'),
      }),
    ]);
  });

  it.each<Input>([
    {
      governingContract: 'TIC',
      partiesToContract: [],
      signatures: [],
      approvalAuthorityApprovedOn: null,
    },
    {
      governingContract: 'TIC',
      partiesToContract: parties,
      signatures: [{ party: 'JV', signedOn: '2026/03/01' }],
      approvalAuthorityApprovedOn: null,
    },
    {
      governingContract: 'JVC',
      partiesToContract: parties,
      signatures: allSigned,
      approvalAuthorityApprovedOn: 'soon',
    },
  ])('rejects bad input %#', (input) => {
    expect(() => amendmentStatus(input)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});
