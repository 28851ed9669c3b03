import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PartyCode } from '../domain/parties';

/** A party to the contracts, as named in the TIC preamble and JVC Art. 1. */
@Entity({ name: 'party' })
export class PartyEntity {
  @PrimaryColumn({ type: 'text' })
  code: PartyCode;

  @Column({ name: 'legal_name', type: 'text' })
  legalName: string;

  @Column({ name: 'short_name', type: 'text' })
  shortName: string;

  /** ISO 3166-1 alpha-2 country of establishment. */
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text' })
  address: string;

  /** The e-mail domains of the party's people: its ADMIN creates users in these only. */
  @Column({ name: 'email_domains', type: 'text', array: true, default: () => "'{}'" })
  emailDomains: string[];
}
