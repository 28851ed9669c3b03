/**
 * What a pure rule returns when it says no, instead of throwing: which input is at fault
 * (`field`), why, and the article. `kind` tells the API how to answer: bad input (4xx
 * BAD_USER_INPUT with the field), a state of the records that forbids it now (CONFLICT), or a
 * caller who is not in the position the contract requires (FORBIDDEN).
 */
export interface Refusal {
  kind?: 'input' | 'state' | 'party';
  field: string;
  reason: string;
  article: string;
}

/** A rule's answer: the value it computed, or its refusal. */
export type Ruling<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

export const refuse = (refusal: Refusal): { ok: false; refusal: Refusal } => ({
  ok: false,
  refusal,
});
