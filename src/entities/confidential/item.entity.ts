import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type {
  ConfidentialCategory,
  ConfidentialityBasis,
  ConfidentialStatus,
} from '../../domain/confidential';
import type { PartyCode } from '../../domain/parties';

/**
 * One piece of confidential information, as the disclosing party registered it (TIC 1.3; JVC
 * Art. 96). The protected content is never a plain column: `contentCipher` holds IV, tag and
 * ciphertext (services/confidential/content-cipher.ts), and only a reveal decrypts it.
 */
@Entity({ name: 'confidential_item' })
export class ConfidentialItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  /** Non-confidential: what LEGAL and COMPLIANCE of the receiving party may read. */
  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'disclosing_party', type: 'text' })
  disclosingParty: PartyCode;

  @Column({ name: 'receiving_party', type: 'text' })
  receivingParty: PartyCode;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @Column({ type: 'text' })
  article: string;

  @Column({ type: 'text' })
  basis: ConfidentialityBasis;

  @Column({ name: 'disclosed_on', type: 'date' })
  disclosedOn: string;

  @Column({ name: 'advised_on', type: 'date', nullable: true })
  advisedOn: string | null;

  @Column({ name: 'confirmed_in_writing_on', type: 'date', nullable: true })
  confirmedInWritingOn: string | null;

  @Column({ type: 'text' })
  category: ConfidentialCategory;

  @Column({ name: 'valence_technology', type: 'boolean' })
  valenceTechnology: boolean;

  @Column({ type: 'text', nullable: true })
  eccn: string | null;

  @Column({ type: 'text' })
  status: ConfidentialStatus;

  @Column({ name: 'content_cipher', type: 'bytea', nullable: true, select: false })
  contentCipher: Buffer | null;

  @Column({ name: 'content_sha256', type: 'char', length: 64, nullable: true })
  contentSha256: string | null;

  /** The last protected day; null while protection has no end (TIC 8.7) or none is known yet. */
  @Column({ name: 'protected_until', type: 'date', nullable: true })
  protectedUntil: string | null;

  @Column({ name: 'protection_rule', type: 'text' })
  protectionRule: string;

  @Column({ name: 'registered_by', type: 'uuid' })
  registeredBy: string;

  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'now()' })
  registeredAt: Date;
}

/** A document of an item, encrypted, with the SHA-256 of its plaintext. */
@Entity({ name: 'confidential_document' })
export class ConfidentialDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  cipher: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
