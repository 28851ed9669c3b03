import type { RowShape } from '../shaped-read/shaped-rows';

/**
 * An item as the `confidentialItems` list reads it (selection-shaped): its sort keys always,
 * and its documents (names, sizes, digests — never the ciphertext, which no shaped read can
 * select) with it when asked. Grants, requests and claims keep their loaders: who sees them
 * depends on the caller's role as well as its party.
 */
export const ITEM_SHAPE = {
  entity: 'ConfidentialItem',
  connectionType: 'ConfidentialItemConnection',
  nodeType: 'ConfidentialItem',
  always: ['id', 'registeredAt', 'title', 'disclosedOn'],
  nested: {
    documents: {
      type: 'ConfidentialDocument',
      entity: 'ConfidentialDocument',
      many: { foreignKey: 'item_id', orderBy: ['created_at', 'id'] },
    },
  },
} satisfies RowShape;
