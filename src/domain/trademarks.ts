/**
 * The vocabularies of the trademark register (TIC 5.2, 5.3, 10.4, 11.4; JVC Art. 50). Each is
 * described value by value in domain/trademark-descriptions.ts.
 */

/** The writing a word mark is in: Latin letters, or Chinese characters (read through pinyin). */
export const MARK_SCRIPTS = ['LATIN', 'HAN'] as const;
export type MarkScript = (typeof MARK_SCRIPTS)[number];

/** How a mark became protected under TIC 10.4 / JVC Art. 50. */
export const PROTECTION_BASES = [
  'EXHIBIT_B',
  'DESIGNATED_IN_WRITING',
  'NAMED_IN_CONTRACT',
] as const;
export type ProtectionBasis = (typeof PROTECTION_BASES)[number];

export const REGISTRATION_STATUSES = ['FILED', 'REGISTERED', 'EXPIRED', 'CANCELLED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** A known rendering of a mark in another language or script (TIC 10.4). */
export const RENDERING_KINDS = ['TRANSLATION', 'TRANSLITERATION'] as const;
export type RenderingKind = (typeof RENDERING_KINDS)[number];

/** The Products of TIC 1.9, in its order. */
export const TRADEMARK_PRODUCTS = [
  'LARGE_FORMAT_LVP_CYLINDRICAL_CELLS',
  'BELLCORE_P1A_CELLS',
  'BELLCORE_LCO_CELLS',
  'POWDER_LVP',
  'POWDER_P1A',
] as const;
export type TrademarkProduct = (typeof TRADEMARK_PRODUCTS)[number];

/** The Products that are Batteries (cells and batteries, TIC 1.9, 1.13, 1.14): TIC 5.2 warranties. */
export const BATTERY_PRODUCTS: readonly TrademarkProduct[] = [
  'LARGE_FORMAT_LVP_CYLINDRICAL_CELLS',
  'BELLCORE_P1A_CELLS',
  'BELLCORE_LCO_CELLS',
];

export const USE_KINDS = ['PRODUCT_MARKING', 'PACKAGING', 'MARKETING', 'ONLINE'] as const;
export type UseKind = (typeof USE_KINDS)[number];

export const USE_STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED', 'CEASED'] as const;
export type UseStatus = (typeof USE_STATUSES)[number];

export const CONFLICT_LEVELS = ['IDENTICAL', 'CONFUSINGLY_SIMILAR', 'CLEAR'] as const;
export type ConflictLevel = (typeof CONFLICT_LEVELS)[number];

export const CONFLICT_REASONS = [
  'SAME_LETTERS',
  'KNOWN_RENDERING',
  'LOOK_ALIKE_CHARACTERS',
  'SMALL_EDIT_DISTANCE',
  'SAME_SOUND',
  'PINYIN',
  'SHARED_STEM',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/** How the goods of a proposed mark stand to those of a registered one. */
export const GOODS_OVERLAPS = ['SAME_CLASS', 'RELATED_CLASS', 'UNRELATED', 'UNKNOWN'] as const;
export type GoodsOverlap = (typeof GOODS_OVERLAPS)[number];

export const MARK_ORDER_FIELDS = ['TEXT', 'OWNER', 'CREATED_AT'] as const;
export type MarkOrderField = (typeof MARK_ORDER_FIELDS)[number];

export const TRADEMARK_USE_ORDER_FIELDS = ['REQUESTED_AT', 'PERIOD_FROM'] as const;
export type TrademarkUseOrderField = (typeof TRADEMARK_USE_ORDER_FIELDS)[number];

export const TRADEMARK_LICENCE_ORDER_FIELDS = ['EXECUTED_ON', 'DOCUMENT_REF'] as const;
export type TrademarkLicenceOrderField = (typeof TRADEMARK_LICENCE_ORDER_FIELDS)[number];
