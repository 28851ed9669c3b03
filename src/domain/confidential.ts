/**
 * The closed vocabularies of the confidential-information registers (TIC Art. 8; JVC Chapter
 * 17). Each lives here once; the GraphQL enums are built from them (schema/confidential/enums.ts).
 */

/** What an item is about (TIC 1.3 lists technology, formulas, processes, business, …). */
export const CONFIDENTIAL_CATEGORIES = [
  'TECHNOLOGY',
  'FORMULATION',
  'PROCESS',
  'SUPPLIER_LIST',
  'BUSINESS',
  'FINANCIAL',
  'PERSONNEL',
] as const;
export type ConfidentialCategory = (typeof CONFIDENTIAL_CATEGORIES)[number];

/** How it became confidential (TIC 1.3(i) marked; (ii) advised orally or in writing). */
export const CONFIDENTIALITY_BASES = ['MARKED', 'ADVISED_IN_WRITING', 'ADVISED_ORALLY'] as const;
export type ConfidentialityBasis = (typeof CONFIDENTIALITY_BASES)[number];

/** PROTECTED: Art. 8 applies; RELEASED: an accepted exception took it out (TIC 8.3; JVC Art. 96). */
export const CONFIDENTIAL_STATUSES = ['PROTECTED', 'RELEASED'] as const;
export type ConfidentialStatus = (typeof CONFIDENTIAL_STATUSES)[number];

/** Which side of an item the caller's party stands on: what it disclosed or what it received. */
export const CONFIDENTIAL_REGISTERS = ['DISCLOSED', 'RECEIVED'] as const;
export type ConfidentialRegister = (typeof CONFIDENTIAL_REGISTERS)[number];

/** A signed confidentiality instrument: an NDA (TIC 8.1(ii)) or the JV undertaking (JVC Art. 98). */
export const NDA_KINDS = ['NDA', 'JV_UNDERTAKING'] as const;
export type NdaKind = (typeof NDA_KINDS)[number];

/** Who a disclosure beyond the receiving party goes to (TIC 8.1: "any third Party or Affiliate"). */
export const DISCLOSURE_RECIPIENT_KINDS = ['THIRD_PARTY', 'AFFILIATE', 'PARTY'] as const;
export type DisclosureRecipientKind = (typeof DISCLOSURE_RECIPIENT_KINDS)[number];

/** A request waits for the disclosing party (TIC 8.1); a compelled disclosure is RECORDED (8.3(d)). */
export const DISCLOSURE_STATUSES = ['PENDING', 'APPROVED', 'DENIED', 'RECORDED'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

/** The exceptions a receiving party may claim (TIC 8.3(a)-(c); JVC Art. 96(1)-(3)). */
export const EXCEPTION_GROUNDS = [
  'PRIOR_WRITTEN_RECORDS',
  'PUBLIC_KNOWLEDGE',
  'UNBOUND_THIRD_PARTY',
] as const;
export type ExceptionGround = (typeof EXCEPTION_GROUNDS)[number];

export const EXCEPTION_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED'] as const;
export type ExceptionStatus = (typeof EXCEPTION_STATUSES)[number];

/** What the register's dashboards count by. */
export const CONFIDENTIAL_GROUP_FIELDS = [
  'DISCLOSING_PARTY',
  'RECEIVING_PARTY',
  'CATEGORY',
  'STATUS',
] as const;
export type ConfidentialGroupField = (typeof CONFIDENTIAL_GROUP_FIELDS)[number];

export const CONFIDENTIAL_ORDER_FIELDS = ['REGISTERED_AT', 'TITLE', 'DISCLOSED_ON'] as const;
export type ConfidentialOrderField = (typeof CONFIDENTIAL_ORDER_FIELDS)[number];
