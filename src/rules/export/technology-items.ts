import { ITEM_KINDS, type ItemKind } from '../../domain/export';
import { parseEccn } from './eccn';

export { ITEM_KINDS, type ItemKind };

/**
 * Whether an item is Valence's Technology or confidential information (TIC 1.3, 1.15): an item
 * whose ECCN is technology (product group E, 15 C.F.R. 738.2(b)) whatever label it was given —
 * a 3E001 item called PRODUCT is still technology —, any item that is not a product, or, when
 * its kind is not given, software on the Commerce Control List (product group D). Valence reads
 * every check of such items.
 */
export function involvesTechnology({
  itemKind,
  eccn,
}: {
  itemKind?: ItemKind | null;
  eccn: string;
}): boolean {
  const parsed = parseEccn({ value: eccn });
  if (parsed.valid && parsed.productGroup === 'E') return true;
  if (itemKind) return itemKind !== 'PRODUCT';
  return parsed.valid && (parsed.productGroup === 'D' || parsed.productGroup === 'E');
}

/**
 * The kinds of classified items a party may see: Fengfan has no rights to the Proprietary
 * Rights or the Technology (TIC 2.8), so only products; Valence and the Licensee all.
 */
export function classificationKindsVisibleTo({ party }: { party: string }): readonly ItemKind[] {
  return party === 'FENGFAN' ? ['PRODUCT'] : ITEM_KINDS;
}
