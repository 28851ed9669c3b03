import type { RowShape } from '../shaped-read/shaped-rows';

/** The holders of a company, in the order they were recorded (the `supplierHolders` loader). */
export const HOLDERS = {
  type: 'OwnershipLink',
  entity: 'OwnershipLink',
  many: { foreignKey: 'held_id', orderBy: ['recorded_on', 'id'] },
} as const;

/**
 * The transfers under a sublicence, in the order recorded (the `sublicenseTransfers` loader),
 * each with its items: the resolver's view maps them whatever is asked.
 */
export const TRANSFERS = {
  type: 'SublicenseTransfer',
  entity: 'SublicenseTransfer',
  many: { foreignKey: 'sublicense_id', orderBy: ['recorded_at', 'id'] },
  always: ['items'],
} as const;

/**
 * A company as the `suppliers` list reads it (selection-shaped): its sort keys, its holders
 * with it when asked; its screening and affiliation resolve from its id through their loaders.
 */
export const SUPPLIER_SHAPE = {
  entity: 'Supplier',
  connectionType: 'SupplierConnection',
  nodeType: 'Supplier',
  always: ['id', 'legalName', 'recordedOn'],
  derived: { screening: ['id'], affiliation: ['id'] },
  nested: { holders: HOLDERS },
} satisfies RowShape;

/**
 * A sublicence as the `supplierSublicenses` list reads it (selection-shaped): its sort keys,
 * its supplier (one row, under the Supplier predicate) and its transfers with it when asked.
 */
export const SUBLICENSE_SHAPE = {
  entity: 'SupplierSublicense',
  connectionType: 'SupplierSublicenseConnection',
  nodeType: 'SupplierSublicense',
  always: ['id', 'createdAt', 'validTo'],
  nested: {
    supplier: { type: 'Supplier', entity: 'Supplier', one: { property: 'supplierId' } },
    transfers: TRANSFERS,
  },
} satisfies RowShape;
