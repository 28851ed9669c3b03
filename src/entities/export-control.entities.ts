import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type {
  ReviewOutcome,
  ScreenedName,
  ScreenedNameResult,
  ScreeningListVersionRef,
  StoredScreeningMatch,
  TransferKind,
  ExportCheckInput,
  ExportDecision,
  ReferenceVersion,
} from '../domain/export';
import type { PartyCode, Role } from '../domain/parties';
import type { CheckEvaluation, CheckOutcome } from '../rules/export/evaluation';

/** One imported version of the Consolidated Screening List; exactly one is current. */
@Entity({ name: 'screening_list_version' })
export class ScreeningListVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'source_file', type: 'text' })
  sourceFile: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'list_date', type: 'date', nullable: true })
  listDate: string | null;

  @Column({ name: 'row_count', type: 'integer' })
  rowCount: number;

  @Column({ name: 'imported_at', type: 'timestamptz' })
  importedAt: Date;

  @Column({ type: 'boolean' })
  current: boolean;
}

/** An item classified for export control by Valence COMPLIANCE (TIC 4.1). */
@Entity({ name: 'item_classification' })
export class ItemClassificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_kind', type: 'text' })
  itemKind: 'TECHNOLOGY' | 'DOCUMENT' | 'PRODUCT' | 'CONFIDENTIAL_INFORMATION';

  /** The item's own identifier in its register (e.g. a document number). */
  @Column({ name: 'item_ref', type: 'text' })
  itemRef: string;

  @Column({ type: 'text' })
  description: string;

  /** An ECCN on the Commerce Control List, or EAR99. */
  @Column({ type: 'text' })
  eccn: string;

  @Column({ type: 'text' })
  rationale: string;

  @Column({ name: 'classified_by', type: 'uuid' })
  classifiedBy: string;

  @Column({ name: 'classified_at', type: 'timestamptz', default: () => 'now()' })
  classifiedAt: Date;
}

/** An export licence or approval on file (TIC 4.1: Valence obtains them). */
@Entity({ name: 'export_licence' })
export class ExportLicenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'text' })
  agency: 'BIS' | 'DDTC' | 'OFAC';

  @Column({ type: 'text', array: true })
  eccns: string[];

  @Column({ type: 'text', array: true })
  destinations: string[];

  @Column({ type: 'text', array: true })
  consignees: string[];

  @Column({ name: 'end_users', type: 'text', array: true })
  endUsers: string[];

  @Column({ name: 'covered_parties', type: 'text', array: true })
  coveredParties: PartyCode[];

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date' })
  validTo: string;

  @Column({ type: 'text' })
  conditions: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** One export check, stored immutably with its inputs, data versions and findings. */
@Entity({ name: 'export_check' })
export class ExportCheckEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'run_by', type: 'uuid' })
  runBy: string;

  @Column({ name: 'run_party', type: 'text' })
  runParty: PartyCode;

  @Column({ name: 'run_at', type: 'timestamptz', default: () => 'now()' })
  runAt: Date;

  @Column({ name: 'release_kind', type: 'text' })
  releaseKind: TransferKind;

  @Column({ type: 'char', length: 2 })
  destination: string;

  @Column({ name: 'involves_technology', type: 'boolean' })
  involvesTechnology: boolean;

  /** The roles of the user who ran it, then: a check run by ENGINEER alone does not clear Technology. */
  @Column({ name: 'run_roles', type: 'text', array: true })
  runRoles: Role[];

  @Column({ type: 'jsonb' })
  input: ExportCheckInput;

  @Column({ name: 'reference_versions', type: 'jsonb' })
  referenceVersions: {
    screeningList: ScreeningListVersionRef | null;
    files: ReferenceVersion[];
  };

  @Column({ type: 'text' })
  decision: ExportDecision;

  @Column({ type: 'jsonb' })
  findings: CheckOutcome['findings'];

  @Column({ type: 'jsonb' })
  matches: StoredScreeningMatch[];

  @Column({ type: 'jsonb' })
  evaluation: CheckEvaluation;

  @Column({ name: 'party_keys', type: 'text', array: true })
  partyKeys: string[];
}

/** A reviewer's clearance or confirmation of a possible restricted-party match. */
@Entity({ name: 'screening_review' })
export class ScreeningReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'check_id', type: 'uuid' })
  checkId: string;

  @Column({ name: 'match_key', type: 'text' })
  matchKey: string;

  @Column({ type: 'text' })
  outcome: ReviewOutcome;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'reviewed_by', type: 'uuid' })
  reviewedBy: string;

  @Column({ name: 'reviewed_at', type: 'timestamptz', default: () => 'now()' })
  reviewedAt: Date;
}

/**
 * A reviewer's clearance or confirmation of a match, remembered for the party, the screened
 * name and the list entry as it stood; append-only (a revocation is its own row).
 */
@Entity({ name: 'screening_clearance' })
export class ScreeningClearanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  party: PartyCode;

  @Column({ name: 'screened_key', type: 'text' })
  screenedKey: string;

  @Column({ name: 'screened_name', type: 'text' })
  screenedName: string;

  @Column({ name: 'list_code', type: 'text' })
  listCode: string;

  @Column({ name: 'entry_id', type: 'text' })
  entryId: string;

  @Column({ name: 'entry_fingerprint', type: 'char', length: 32 })
  entryFingerprint: string;

  @Column({ type: 'text' })
  outcome: ReviewOutcome;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'check_id', type: 'uuid', nullable: true })
  checkId: string | null;

  @Column({ name: 'decided_by', type: 'uuid' })
  decidedBy: string;

  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' })
  decidedAt: Date;
}

/** A clearance withdrawn: the next check asks about the match again. */
@Entity({ name: 'screening_clearance_revocation' })
export class ScreeningClearanceRevocationEntity {
  @PrimaryColumn({ name: 'clearance_id', type: 'uuid' })
  clearanceId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'revoked_by', type: 'uuid' })
  revokedBy: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', default: () => 'now()' })
  revokedAt: Date;
}

/** One screenNames call, kept for the EAR's recordkeeping (15 C.F.R. 762.6: five years). */
@Entity({ name: 'screening_record' })
export class ScreeningRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'run_by', type: 'uuid' })
  runBy: string;

  @Column({ name: 'run_party', type: 'text' })
  runParty: PartyCode;

  @Column({ name: 'run_at', type: 'timestamptz', default: () => 'now()' })
  runAt: Date;

  @Column({ name: 'list_version', type: 'jsonb', nullable: true })
  listVersion: ScreeningListVersionRef | null;

  @Column({ type: 'jsonb' })
  names: ScreenedName[];

  @Column({ type: 'jsonb' })
  results: ScreenedNameResult[];
}
