/**
 * The three parties bound by the contracts and the roles a user holds within one of them.
 * VALENCE: licensor (TIC 10.1); FENGFAN: Party A of the JVC (JVC Art. 1);
 * JV: the joint-venture company, the only licensee (TIC 2.8).
 */
export const PARTY_CODES = ['VALENCE', 'FENGFAN', 'JV'] as const;
export type PartyCode = (typeof PARTY_CODES)[number];

export const ROLES = ['ADMIN', 'LEGAL', 'COMPLIANCE', 'ENGINEER', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

/** A PERSON signs in through the party's identity provider; a SERVICE account is a script. */
export const USER_KINDS = ['PERSON', 'SERVICE'] as const;
export type UserKind = (typeof USER_KINDS)[number];
