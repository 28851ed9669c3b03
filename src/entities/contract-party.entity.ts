import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContractPartyRole } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';

/** A party's role in one contract (licensor, licensee, Party A, ...). */
@Entity({ name: 'contract_party' })
export class ContractPartyEntity {
  @PrimaryColumn({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @PrimaryColumn({ name: 'party_code', type: 'text' })
  partyCode: PartyCode;

  @Column({ type: 'text' })
  role: ContractPartyRole;

  /** A Party that signs it; false for the JV under the JVC that constitutes it. */
  @Column({ type: 'boolean' })
  signatory: boolean;
}
