import type {
  ConflictLevel,
  ConflictReason,
  GoodsOverlap,
  MarkScript,
  ProtectionBasis,
  RegistrationStatus,
  RenderingKind,
  TrademarkProduct,
  UseKind,
  UseStatus,
} from './trademarks';

type Described<T extends string> = Readonly<Record<T, string>>;

export const MARK_SCRIPT_DESCRIPTIONS: Described<MarkScript> = {
  LATIN: 'Latin letters, e.g. VALENCE',
  HAN: 'Chinese characters, compared through their pinyin (TIC 10.4: translations and transliterations)',
};

export const PROTECTION_BASIS_DESCRIPTIONS: Described<ProtectionBasis> = {
  EXHIBIT_B: 'Listed in Exhibit B of the TIC (TIC 5.2, 10.4; JVC Art. 50)',
  DESIGNATED_IN_WRITING:
    'Designated in writing by its owner on a date (TIC 10.4: "may from time to time designate in writing")',
  NAMED_IN_CONTRACT:
    'A trade name the signed contracts themselves give their party (TIC preamble; JVC Art. 1, 24), protected as a trade name (TIC 10.4; JVC Art. 50)',
};

export const REGISTRATION_STATUS_DESCRIPTIONS: Described<RegistrationStatus> = {
  FILED: 'Applied for, not yet registered',
  REGISTERED: 'On the register of that country',
  EXPIRED: 'No longer in force: not renewed',
  CANCELLED: 'Removed from the register',
};

export const RENDERING_KIND_DESCRIPTIONS: Described<RenderingKind> = {
  TRANSLATION: 'The mark translated into another language (TIC 10.4)',
  TRANSLITERATION: 'The mark written in another script by its sound (TIC 10.4)',
};

export const TRADEMARK_PRODUCT_DESCRIPTIONS: Described<TrademarkProduct> = {
  LARGE_FORMAT_LVP_CYLINDRICAL_CELLS: 'Large Format LVP Cylindrical Cells (TIC 1.9(1), 1.5)',
  BELLCORE_P1A_CELLS: 'Bellcore(P1a) Cells (TIC 1.9(2), 1.14)',
  BELLCORE_LCO_CELLS: 'Bellcore(LCO) Cells (TIC 1.9(3), 1.13)',
  POWDER_LVP: 'Powder(LVP), a cathode active material (TIC 1.9(4), 1.6)',
  POWDER_P1A: 'Powder(P1a), a cathode active material (TIC 1.9(5), 1.7)',
};

export const USE_KIND_DESCRIPTIONS: Described<UseKind> = {
  PRODUCT_MARKING: 'The mark on the product itself',
  PACKAGING: 'The mark on its packaging',
  MARKETING: 'The mark in advertising and sales material',
  ONLINE: 'The mark on websites, marketplaces and social media',
};

export const USE_STATUS_DESCRIPTIONS: Described<UseStatus> = {
  REQUESTED: "Requested by the JV, awaiting the mark owner's LEGAL (JVC Art. 50)",
  APPROVED: "Approved by the mark owner's LEGAL under a license in force (JVC Art. 50)",
  REJECTED: "Rejected by the mark owner's LEGAL, with its reason",
  CEASED: 'Ended by the end of the TIC: no use from the day it ended (TIC 11.4)',
};

export const CONFLICT_LEVEL_DESCRIPTIONS: Described<ConflictLevel> = {
  IDENTICAL: 'The same letters as a protected mark, for the same or related goods (TIC 10.4)',
  CONFUSINGLY_SIMILAR:
    'Looks, sounds or reads like a protected mark or one of its translations or transliterations (TIC 10.4; JVC Art. 50)',
  CLEAR: 'No protected mark of another party comes close enough',
};

export const CONFLICT_REASON_DESCRIPTIONS: Described<ConflictReason> = {
  SAME_LETTERS: 'The same letters, ignoring case, accents, spacing and punctuation',
  KNOWN_RENDERING: 'The same as a recorded translation or transliteration of the mark (TIC 10.4)',
  LOOK_ALIKE_CHARACTERS: 'The same once look-alike characters are read alike (1/l, 0/O, rn/m)',
  SMALL_EDIT_DISTANCE: 'One or two letters apart (Levenshtein distance, PostgreSQL fuzzystrmatch)',
  SAME_SOUND: 'Sounds the same (Double Metaphone, PostgreSQL fuzzystrmatch)',
  PINYIN: 'A Chinese mark whose pinyin reads or sounds like a Latin one, or the reverse (TIC 10.4)',
  SHARED_STEM: 'Contains the distinctive word of the mark',
};

export const GOODS_OVERLAP_DESCRIPTIONS: Described<GoodsOverlap> = {
  SAME_CLASS: 'A Nice class in common',
  RELATED_CLASS: 'No class in common, but related classes (rules/trademarks/nice-classes.ts)',
  UNRELATED: 'Unrelated goods: lowers the answer one step',
  UNKNOWN: 'The mark has no registration on file: weighed as covering every class',
};
