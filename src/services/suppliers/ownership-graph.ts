import type { EntityManager } from 'typeorm';
import { visibleQuery } from '../../auth/visibility';
import type { PartyCode } from '../../domain/parties';
import { OwnershipLinkEntity, SupplierEntity } from '../../entities';
import type { RegisteredCompany } from '../../rules/confidential/fengfan-recipient';
import type { OwnershipLink } from '../../rules/suppliers/affiliation';

export interface OwnershipGraph {
  companies: RegisteredCompany[];
  links: Array<OwnershipLink & { recordedOn: string }>;
}

/**
 * The supplier register as the Affiliate rule reads it (TIC 1.1; JVC Art. 2): every company
 * (the parties among them) and every ownership or control link, in two statements. Read as
 * `party` sees it, or — `null` — whole, as a system fact for a judgement whose rows never reach
 * the caller (the Fengfan gate of a disclosure; see disclosure.service.ts).
 */
export async function loadOwnershipGraph(
  manager: EntityManager,
  party: PartyCode | null,
): Promise<OwnershipGraph> {
  const companies = await (
    party
      ? visibleQuery(manager, 'Supplier', 'c', party)
      : manager.getRepository(SupplierEntity).createQueryBuilder('c')
  ).getMany();
  const links = await (
    party
      ? visibleQuery(manager, 'OwnershipLink', 'l', party)
      : manager.getRepository(OwnershipLinkEntity).createQueryBuilder('l')
  ).getMany();
  return {
    companies: companies.map((c) => ({
      id: c.id,
      name: c.legalName,
      otherNames: c.otherNames,
      partyCode: c.partyCode,
    })),
    links: links.map((l) => ({
      holderId: l.holderId,
      heldId: l.heldId,
      sharePercent: l.sharePercent === null ? null : Number(l.sharePercent),
      appointsGeneralManager: l.appointsGeneralManager,
      appointsBoardMajority: l.appointsBoardMajority,
      from: l.from,
      endedOn: l.endedOn,
      recordedOn: l.recordedOn,
    })),
  };
}
