import type { RowShape } from '../shaped-read/shaped-rows';

/**
 * A mark as the `marks` list reads it (selection-shaped): its sort keys always, the written
 * consent for `consent`, and its registrations and renderings with it when asked.
 */
export const MARK_SHAPE = {
  entity: 'Trademark',
  connectionType: 'MarkConnection',
  nodeType: 'Mark',
  always: ['id', 'text', 'ownerParty', 'createdAt'],
  derived: { consent: ['consentParty', 'consentRef', 'consentOn'] },
  nested: {
    registrations: {
      type: 'MarkRegistration',
      entity: 'TrademarkRegistration',
      many: { foreignKey: 'mark_id', orderBy: ['country', 'number', 'id'] },
    },
    renderings: {
      type: 'MarkRendering',
      entity: 'TrademarkRendering',
      many: { foreignKey: 'mark_id', orderBy: ['kind', 'text', 'id'] },
    },
  },
} satisfies RowShape;
