import { AmendmentEntity, AmendmentSignatureEntity } from './amendment.entity';
import { ArticleEntity } from './article.entity';
import { ContractEventEntity } from './contract-event.entity';
import {
  ExportCheckEntity,
  ExportLicenceEntity,
  ItemClassificationEntity,
  ScreeningClearanceEntity,
  ScreeningClearanceRevocationEntity,
  ScreeningListVersionEntity,
  ScreeningRecordEntity,
  ScreeningReviewEntity,
} from './export-control.entities';
import { ContractStatusChangeEntity } from './contract-status-change.entity';
import { KeyTermEntity } from './key-term.entity';
import { NoticeEntity } from './notice.entity';
import { ObligationEntity } from './obligation.entity';
import { ObligationBeneficiaryEntity } from './obligation-beneficiary.entity';
import { AuditEventEntity } from './audit-event.entity';
import { ContractPartyEntity } from './contract-party.entity';
import { ContractEntity } from './contract.entity';
import { PartyEntity } from './party.entity';
import { UserEntity } from './user.entity';
import { InsolvencyProceedingEntity, MutualTerminationEntity } from './termination-records.entity';
// Confidential-information registers (issue 13)
import { ConfidentialDocumentEntity, ConfidentialItemEntity } from './confidential/item.entity';
import {
  NdaFormApprovalEntity,
  NdaFormEntity,
  NondisclosureAgreementEntity,
} from './confidential/nda.entity';
import { ConfidentialAccessEntity, NeedToKnowGrantEntity } from './confidential/access.entity';
import { DisclosureRequestEntity, ExceptionClaimEntity } from './confidential/disclosure.entity';
// Trademark uses (issue 15)
import {
  TrademarkEntity,
  TrademarkLicenceEntity,
  TrademarkRegistrationEntity,
  TrademarkRenderingEntity,
  TrademarkUseEntity,
} from './trademark.entities';
// Sublicensed suppliers (issue 14)
import {
  OwnershipLinkEntity,
  SublicenseTransferEntity,
  SupplierEntity,
  SupplierScreeningEntity,
  SupplierSublicenseEntity,
} from './supplier.entities';
// Calendar feeds and exports (issue 16)
import { CalendarFeedEntity } from './calendar-feed.entity';

export {
  ScreeningClearanceEntity,
  ScreeningClearanceRevocationEntity,
  ScreeningRecordEntity,
  ExportCheckEntity,
  ExportLicenceEntity,
  ItemClassificationEntity,
  ScreeningListVersionEntity,
  ScreeningReviewEntity,
  AmendmentEntity,
  AmendmentSignatureEntity,
  ArticleEntity,
  ContractEventEntity,
  ContractStatusChangeEntity,
  KeyTermEntity,
  NoticeEntity,
  ObligationEntity,
  ObligationBeneficiaryEntity,
  AuditEventEntity,
  ContractEntity,
  ContractPartyEntity,
  PartyEntity,
  UserEntity,
  InsolvencyProceedingEntity,
  MutualTerminationEntity,
  // Confidential-information registers (issue 13)
  ConfidentialItemEntity,
  ConfidentialDocumentEntity,
  NdaFormEntity,
  NdaFormApprovalEntity,
  NondisclosureAgreementEntity,
  NeedToKnowGrantEntity,
  ConfidentialAccessEntity,
  DisclosureRequestEntity,
  ExceptionClaimEntity,
  // Trademark uses (issue 15)
  TrademarkEntity,
  TrademarkLicenceEntity,
  TrademarkRegistrationEntity,
  TrademarkRenderingEntity,
  TrademarkUseEntity,
  // Calendar feeds and exports (issue 16)
  CalendarFeedEntity,
};

// Reminders and alerts (issue 16)
import {
  AlertEntity,
  WebhookAttemptEntity,
  WebhookDeliveryEntity,
  WebhookEntity,
} from './alert.entities';
export { AlertEntity, WebhookAttemptEntity, WebhookDeliveryEntity, WebhookEntity };

/** Every entity the DataSource maps; later capabilities add theirs here. */
export const ENTITIES = [
  PartyEntity,
  UserEntity,
  ContractEntity,
  ContractPartyEntity,
  ArticleEntity,
  AuditEventEntity,
  ContractStatusChangeEntity,
  KeyTermEntity,
  ContractEventEntity,
  NoticeEntity,
  ObligationEntity,
  ObligationBeneficiaryEntity,
  AmendmentEntity,
  AmendmentSignatureEntity,
  ScreeningListVersionEntity,
  ItemClassificationEntity,
  ExportLicenceEntity,
  ExportCheckEntity,
  ScreeningReviewEntity,
  MutualTerminationEntity,
  InsolvencyProceedingEntity,
  ScreeningClearanceEntity,
  ScreeningClearanceRevocationEntity,
  ScreeningRecordEntity,
  // Confidential-information registers (issue 13)
  ConfidentialItemEntity,
  ConfidentialDocumentEntity,
  NdaFormEntity,
  NdaFormApprovalEntity,
  NondisclosureAgreementEntity,
  NeedToKnowGrantEntity,
  ConfidentialAccessEntity,
  DisclosureRequestEntity,
  ExceptionClaimEntity,
  // Trademark uses (issue 15)
  TrademarkEntity,
  TrademarkRegistrationEntity,
  TrademarkRenderingEntity,
  TrademarkLicenceEntity,
  TrademarkUseEntity,
  // Reminders and alerts (issue 16)
  AlertEntity,
  WebhookEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
  // Sublicensed suppliers (issue 14)
  SupplierEntity,
  OwnershipLinkEntity,
  SupplierSublicenseEntity,
  SublicenseTransferEntity,
  SupplierScreeningEntity,
  // Calendar feeds and exports (issue 16)
  CalendarFeedEntity,
];

// Sublicensed suppliers (issue 14)
export {
  OwnershipLinkEntity,
  SublicenseTransferEntity,
  SupplierEntity,
  SupplierScreeningEntity,
  SupplierSublicenseEntity,
  type SuppliedMaterial,
  type SupplierScreeningMatch,
} from './supplier.entities';
