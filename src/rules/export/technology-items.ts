import { parseEccn } from './eccn';

export const ITEM_KINDS = [
  'TECHNOLOGY',
  'DOCUMENT',
  'PRODUCT',
  'CONFIDENTIAL_INFORMATION',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/**
 * Whether an item is Valence's Technology or confidential information (TIC 1.3, 1.15): any
 * item that is not a product, or, when its kind is not given, software or technology on the
 * Commerce Control List (product groups D and E). Valence reads every check of such items.
 */
export function involvesTechnology({
  itemKind,
  eccn,
}: {
  itemKind?: ItemKind | null;
  eccn: string;
}): boolean {
  if (itemKind) return itemKind !== 'PRODUCT';
  const parsed = parseEccn({ value: eccn });
  return parsed.valid && (parsed.productGroup === 'D' || parsed.productGroup === 'E');
}

/**
 * The kinds of classified items a party may see: Fengfan has no rights to the Proprietary
 * Rights or the Technology (TIC 2.8), so only products; Valence and the Licensee all.
 */
export function classificationKindsVisibleTo({ party }: { party: string }): readonly ItemKind[] {
  return party === 'FENGFAN' ? ['PRODUCT'] : ITEM_KINDS;
}
