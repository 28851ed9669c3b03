import type {
  ConfidentialCategory,
  ConfidentialGroupField,
  ConfidentialityBasis,
  ConfidentialRegister,
  ConfidentialStatus,
  DisclosureRecipientKind,
  DisclosureStatus,
  ExceptionGround,
  ExceptionStatus,
  NdaKind,
} from './confidential';

/**
 * What each value of the confidential-information vocabularies means, with its article (the
 * GraphQL enums show these). Typed by the vocabulary: a new value does not compile undescribed.
 */
type Described<T extends string> = Readonly<Record<T, string>>;

export const CONFIDENTIAL_CATEGORY_DESCRIPTIONS: Described<ConfidentialCategory> = {
  TECHNOLOGY: 'The Technology and its improvements: always proprietary to Valence (TIC 1.3)',
  FORMULATION: 'Formulas and compositions of batteries or powder (TIC 1.3)',
  PROCESS: 'Manufacturing or processing methods and machines (TIC 1.3)',
  SUPPLIER_LIST: 'Raw-material suppliers and their qualification (TIC 1.3, 3.2(e))',
  BUSINESS: 'Business, customer and product development plans and strategies (TIC 1.3)',
  FINANCIAL: 'Financial information, forecasts and condition (TIC 1.3; JVC Art. 96)',
  PERSONNEL: 'Names and expertise of employees, customers and consultants (TIC 1.3)',
};

export const CONFIDENTIALITY_BASIS_DESCRIPTIONS: Described<ConfidentialityBasis> = {
  MARKED: 'In written or tangible form and marked "confidential" (TIC 1.3(i))',
  ADVISED_IN_WRITING:
    'The receiver was advised in writing of its confidential nature (TIC 1.3(ii))',
  ADVISED_ORALLY:
    'The receiver was advised orally of its confidential nature (TIC 1.3(ii)); the written confirmation is recorded',
};

export const CONFIDENTIAL_STATUS_DESCRIPTIONS: Described<ConfidentialStatus> = {
  PROTECTED: 'The confidentiality obligations apply (TIC 8.1; JVC Art. 96)',
  RELEASED:
    'An exception the disclosing party accepted takes it out of the obligations (TIC 8.3(a)-(c); JVC Art. 96)',
};

export const CONFIDENTIAL_REGISTER_DESCRIPTIONS: Described<ConfidentialRegister> = {
  DISCLOSED: 'The items your party disclosed',
  RECEIVED: 'The items your party received',
};

export const NDA_KIND_DESCRIPTIONS: Described<NdaKind> = {
  NDA: 'A nondisclosure agreement in a form the disclosing party approved (TIC 8.1(ii))',
  JV_UNDERTAKING:
    'The confidentiality undertaking of a JV director, manager or employee, in a form acceptable to all Parties (JVC Art. 98)',
};

export const DISCLOSURE_RECIPIENT_KIND_DESCRIPTIONS: Described<DisclosureRecipientKind> = {
  THIRD_PARTY: 'Anyone other than Valence, Fengfan or the Licensee (TIC 1.16)',
  AFFILIATE: 'An Affiliate of a party (TIC 1.1; JVC Art. 2)',
  PARTY: 'One of the three parties other than the receiving party',
};

export const DISCLOSURE_STATUS_DESCRIPTIONS: Described<DisclosureStatus> = {
  PENDING: "Waiting for the disclosing party's prior written authorization (TIC 8.1)",
  APPROVED: "Authorized in writing by the disclosing party's LEGAL (TIC 8.1)",
  DENIED: 'Refused by the disclosing party, in its sole discretion (TIC 8.1)',
  RECORDED: 'A disclosure compelled by law, recorded with its prior written notice (TIC 8.3(d))',
};

export const EXCEPTION_GROUND_DESCRIPTIONS: Described<ExceptionGround> = {
  PRIOR_WRITTEN_RECORDS:
    'Known to the receiver before disclosure, proved by written records (TIC 8.3(a); JVC Art. 96(1))',
  PUBLIC_KNOWLEDGE:
    "Public knowledge otherwise than through the receiver's breach (TIC 8.3(b); JVC Art. 96(2))",
  UNBOUND_THIRD_PARTY:
    'Obtained from a third party with no duty of confidentiality (TIC 8.3(c); JVC Art. 96(3))',
};

export const EXCEPTION_STATUS_DESCRIPTIONS: Described<ExceptionStatus> = {
  PENDING: 'Claimed, waiting for the disclosing party',
  ACCEPTED: 'Accepted by the disclosing party: the item is RELEASED',
  REJECTED: 'Rejected by the disclosing party: the item stays PROTECTED',
};

export const CONFIDENTIAL_GROUP_FIELD_DESCRIPTIONS: Described<ConfidentialGroupField> = {
  DISCLOSING_PARTY: 'The party that disclosed the items',
  RECEIVING_PARTY: 'The party that received them',
  CATEGORY: 'What they are about',
  STATUS: 'PROTECTED or RELEASED',
};
