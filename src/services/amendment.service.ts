import type { EntityManager } from 'typeorm';
import type { RequestContext, SignedInContext } from '../auth/context';
import type { GoverningContract } from '../rules/citation';
import { governingContractViaLoaders } from './governing';
import { AmendmentEntity, AmendmentSignatureEntity, ContractEntity } from '../entities';
import { assertMay } from '../auth/row-policy';
import { findVisible } from '../auth/visibility';
import { BadInputError, ConflictError } from '../errors';
import { amendmentStatus, type AmendmentStatus } from '../rules/amendment';
import { assertIsoDate } from '../rules/iso-date';
import { governingContractOf, lockVisibleContract, partiesOf } from './contract-access';
import { mutate } from './transaction';

export interface AmendmentView {
  amendment: AmendmentEntity;
  signatures: AmendmentSignatureEntity[];
  status: AmendmentStatus;
}

/** Proposes a written amendment (TIC 13.8; JVC Art. 122): it binds no one until signed by all. */
export function proposeAmendment(
  ctx: SignedInContext,
  input: { contractId: string; title: string; text: string; idempotencyKey?: string | null },
): Promise<AmendmentView> {
  const { idempotencyKey, ...request } = input;
  const idempotency = {
    key: idempotencyKey,
    operation: 'proposeAmendment',
    input: request,
    idOf: (result: AmendmentView) => result.amendment.id,
    reload: async (manager: EntityManager, id: string) =>
      view(manager, await findVisible(ctx, manager, 'Amendment', id)),
  };
  return mutate(
    ctx,
    async (manager) => {
      const contract = await lockVisibleContract(ctx, manager, input.contractId);
      await requireSignatory(ctx, manager, contract.id);
      const amendments = manager.getRepository(AmendmentEntity);
      const amendment = await amendments.save(
        amendments.create({
          contractId: contract.id,
          title: input.title,
          text: input.text,
          proposedBy: ctx.user.id,
          proposedParty: ctx.user.party,
          approvalAuthorityApprovedOn: null,
          effectiveOn: null,
        }),
      );
      return {
        result: await view(manager, amendment),
        audit: {
          operation: 'proposeAmendment',
          entity: 'Amendment',
          entityId: amendment.id,
          before: null,
          after: amendment,
        },
      };
    },
    idempotency,
  );
}

/**
 * The caller's party signs an amendment, through its own LEGAL user: a party never signs
 * for another. When the last required signature (and for the JVC the Approval Authority's
 * approval) is in, the amendment takes effect on that date.
 */
export function signAmendment(
  ctx: SignedInContext,
  input: { amendmentId: string; signedOn: string },
): Promise<AmendmentView> {
  return mutate(ctx, async (manager) => {
    const amendment = await lockVisibleAmendment(ctx, manager, input.amendmentId);
    const signedOn = assertIsoDate({ field: 'signedOn', value: input.signedOn });
    if (signedOn > ctx.today) throw new BadInputError('signedOn', 'cannot be in the future');
    await requireSignatory(ctx, manager, amendment.contractId);
    const signatures = manager.getRepository(AmendmentSignatureEntity);
    if (await signatures.existsBy({ amendmentId: amendment.id, partyCode: ctx.user.party })) {
      throw new ConflictError(`${ctx.user.party} has already signed this amendment`);
    }
    await signatures.insert({
      amendmentId: amendment.id,
      partyCode: ctx.user.party,
      signedBy: ctx.user.id,
      signedOn,
    });
    const after = await settle(manager, amendment);
    return {
      result: after,
      audit: {
        operation: 'signAmendment',
        entity: 'Amendment',
        entityId: amendment.id,
        before: { signedBy: null, effectiveOn: amendment.effectiveOn },
        after: { party: ctx.user.party, signedOn, effectiveOn: after.amendment.effectiveOn },
      },
    };
  });
}

/** JVC Art. 122: a JVC amendment also needs the Examination and Approval Authority's approval. */
export function recordAmendmentApproval(
  ctx: SignedInContext,
  input: { amendmentId: string; approvedOn: string },
): Promise<AmendmentView> {
  return mutate(ctx, async (manager) => {
    const amendment = await lockVisibleAmendment(ctx, manager, input.amendmentId);
    const contract = await lockVisibleContract(ctx, manager, amendment.contractId);
    await requireSignatory(ctx, manager, contract.id);
    if ((await governingContractOf(manager, contract)) !== 'JVC') {
      throw new BadInputError(
        'amendmentId',
        'only JVC amendments need the Approval Authority (JVC Art. 122)',
      );
    }
    if (amendment.approvalAuthorityApprovedOn)
      throw new ConflictError('The approval is already recorded');
    const approvedOn = assertIsoDate({ field: 'approvedOn', value: input.approvedOn });
    if (approvedOn > ctx.today) throw new BadInputError('approvedOn', 'cannot be in the future');
    await manager
      .getRepository(AmendmentEntity)
      .update({ id: amendment.id }, { approvalAuthorityApprovedOn: approvedOn });
    const after = await settle(manager, { ...amendment, approvalAuthorityApprovedOn: approvedOn });
    return {
      result: after,
      audit: {
        operation: 'recordAmendmentApproval',
        entity: 'Amendment',
        entityId: amendment.id,
        before: { approvalAuthorityApprovedOn: null, effectiveOn: amendment.effectiveOn },
        after: {
          approvalAuthorityApprovedOn: approvedOn,
          effectiveOn: after.amendment.effectiveOn,
        },
      },
    };
  });
}

/**
 * Amendments of a contract the caller's party is party to, with their signatures and status;
 * batched per request (amendments, signatures, parties and contracts each in one query).
 */
export async function listAmendments(
  ctx: RequestContext,
  contractId: string,
): Promise<AmendmentView[]> {
  const amendments = await ctx.loaders.amendments.load(contractId);
  return Promise.all(
    amendments.map(async (amendment) => {
      const [links, signatures, governing] = await Promise.all([
        ctx.loaders.contractParties.load(amendment.contractId),
        ctx.loaders.amendmentSignatures.load(amendment.id),
        governingContractViaLoaders(ctx, amendment.contractId),
      ]);
      return {
        amendment,
        signatures,
        status: statusOf(
          // Amendments exist only where the governing contract is known: proposeAmendment
          // refuses the others (governingContractOf).
          governing ?? 'JVC',
          links.filter((p) => p.signatory).map((p) => p.partyCode),
          signatures,
          amendment.approvalAuthorityApprovedOn,
        ),
      };
    }),
  );
}

/** Only a Party to the contract proposes, signs or records the approval of its amendments. */
async function requireSignatory(
  ctx: SignedInContext,
  manager: EntityManager,
  contractId: string,
): Promise<void> {
  const parties = (await partiesOf(manager, contractId)).map((p) => ({
    party: p.partyCode,
    signatory: p.signatory,
  }));
  assertMay(ctx, 'contract.amend', { parties });
}

async function settle(manager: EntityManager, amendment: AmendmentEntity): Promise<AmendmentView> {
  const current = await view(manager, amendment);
  if (current.status.effective && !amendment.effectiveOn) {
    await manager
      .getRepository(AmendmentEntity)
      .update({ id: amendment.id }, { effectiveOn: current.status.effectiveOn });
    current.amendment = { ...amendment, effectiveOn: current.status.effectiveOn };
  }
  return current;
}

async function view(manager: EntityManager, amendment: AmendmentEntity): Promise<AmendmentView> {
  const contract = await manager
    .getRepository(ContractEntity)
    .findOneByOrFail({ id: amendment.contractId });
  const governing = await governingContractOf(manager, contract);
  // Only the Parties sign: the JV is not a Party to the JVC it constitutes (JVC Art. 122).
  const parties = (await partiesOf(manager, amendment.contractId))
    .filter((p) => p.signatory)
    .map((p) => p.partyCode);
  const signatures = await manager
    .getRepository(AmendmentSignatureEntity)
    .find({ where: { amendmentId: amendment.id }, order: { signedOn: 'ASC' } });
  return {
    amendment,
    signatures,
    status: statusOf(governing, parties, signatures, amendment.approvalAuthorityApprovedOn),
  };
}

function statusOf(
  governing: GoverningContract,
  parties: string[],
  signatures: AmendmentSignatureEntity[],
  approvedOn: string | null,
): AmendmentStatus {
  return amendmentStatus({
    governingContract: governing,
    partiesToContract: parties,
    signatures: signatures.map((s) => ({ party: s.partyCode, signedOn: s.signedOn })),
    approvalAuthorityApprovedOn: approvedOn,
  });
}

function lockVisibleAmendment(
  ctx: SignedInContext,
  manager: EntityManager,
  id: string,
): Promise<AmendmentEntity> {
  return findVisible(ctx, manager, 'Amendment', id, { lock: true });
}
