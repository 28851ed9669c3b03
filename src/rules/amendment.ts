import { BadInputError } from '../errors';
import type { GoverningContract } from './citation';
import type { Finding } from './finding';
import { assertIsoDate, latestIsoDate } from './iso-date';

export interface AmendmentSignature {
  party: string;
  signedOn: string;
}

export interface AmendmentStatus {
  effective: boolean;
  effectiveOn: string | null;
  /** Parties to the contract that have not signed, in the order of `partiesToContract`. */
  missingSignatures: string[];
  findings: Finding[];
}

const ARTICLE: Record<GoverningContract, string> = { TIC: 'TIC 13.8', JVC: 'JVC Art. 122' };

/**
 * Whether a written amendment has taken effect:
 * - TIC 13.8: binding only when in writing and executed by the duly authorized representative of
 *   each party; it takes effect on the last party's signature.
 * - JVC Art. 122: signed by all the parties AND approved by the Examination and Approval
 *   Authority; it takes effect on the later of the last signature and the approval.
 * A signature from someone not party to the contract is ignored (FAIL finding). A party that
 * signed twice counts once, from its first signature.
 */
export function amendmentStatus({
  governingContract,
  partiesToContract,
  signatures,
  approvalAuthorityApprovedOn,
}: {
  governingContract: GoverningContract;
  partiesToContract: string[];
  signatures: AmendmentSignature[];
  approvalAuthorityApprovedOn: string | null;
}): AmendmentStatus {
  const article = ARTICLE[governingContract];
  if (!article) {
    throw new BadInputError('governingContract', `unknown contract ${String(governingContract)}`);
  }
  if (partiesToContract.length === 0) {
    throw new BadInputError('partiesToContract', 'a contract has at least one party');
  }
  if (approvalAuthorityApprovedOn !== null) {
    assertIsoDate({ field: 'approvalAuthorityApprovedOn', value: approvalAuthorityApprovedOn });
  }
  const findings: Finding[] = [];
  const parties = new Set(partiesToContract);
  const signedOn = new Map<string, string>();
  for (const signature of signatures) {
    assertIsoDate({ field: 'signatures.signedOn', value: signature.signedOn });
    if (!parties.has(signature.party)) {
      findings.push({
        code: 'AMENDMENT_SIGNATORY_NOT_A_PARTY',
        article,
        status: 'FAIL',
        message:
          `${signature.party} signed on ${signature.signedOn} but is not a party to the ` +
          `${governingContract}: the signature is ignored (${article})`,
      });
      continue;
    }
    const earlier = signedOn.get(signature.party);
    if (earlier === undefined || signature.signedOn < earlier) {
      signedOn.set(signature.party, signature.signedOn);
    }
  }

  const missingSignatures = partiesToContract.filter((party) => !signedOn.has(party));
  const lastSignature = latestIsoDate({ dates: [...signedOn.values()] });
  if (missingSignatures.length > 0) {
    findings.push({
      code: 'AMENDMENT_SIGNATURES_MISSING',
      article,
      status: 'FAIL',
      message:
        `Not executed by every party: missing ${missingSignatures.join(', ')}. An amendment ` +
        (governingContract === 'TIC'
          ? 'binds only when executed by the duly authorized representative of each party'
          : 'must be signed by all the parties') +
        ` (${article})`,
    });
  } else {
    findings.push({
      code: 'AMENDMENT_SIGNED',
      article,
      status: 'PASS',
      message: `Executed by every party (${partiesToContract.join(', ')}), the last on ${lastSignature} (${article})`,
    });
  }

  if (governingContract === 'TIC') {
    if (approvalAuthorityApprovedOn !== null) {
      findings.push({
        code: 'AMENDMENT_APPROVAL_NOT_REQUIRED',
        article,
        status: 'INFO',
        message: `TIC 13.8 does not require the Examination and Approval Authority's approval`,
      });
    }
    const effective = missingSignatures.length === 0;
    return {
      effective,
      effectiveOn: effective ? lastSignature : null,
      missingSignatures,
      findings,
    };
  }

  if (approvalAuthorityApprovedOn === null) {
    findings.push({
      code: 'AMENDMENT_APPROVAL_MISSING',
      article,
      status: 'FAIL',
      message:
        'Not approved by the Examination and Approval Authority: a JVC amendment takes effect ' +
        `only once approved (${article})`,
    });
  } else {
    findings.push({
      code: 'AMENDMENT_APPROVED',
      article,
      status: 'PASS',
      message: `Approved by the Examination and Approval Authority on ${approvalAuthorityApprovedOn} (${article})`,
    });
    if (lastSignature !== null && approvalAuthorityApprovedOn < lastSignature) {
      findings.push({
        code: 'AMENDMENT_APPROVED_BEFORE_SIGNED',
        article,
        status: 'WARN',
        message:
          `The approval (${approvalAuthorityApprovedOn}) predates the last signature ` +
          `(${lastSignature}): check that the approved text is the signed one (${article})`,
      });
    }
  }
  if (
    missingSignatures.length > 0 ||
    lastSignature === null ||
    approvalAuthorityApprovedOn === null
  ) {
    return { effective: false, effectiveOn: null, missingSignatures, findings };
  }
  return {
    effective: true,
    effectiveOn:
      approvalAuthorityApprovedOn > lastSignature ? approvalAuthorityApprovedOn : lastSignature,
    missingSignatures,
    findings,
  };
}
