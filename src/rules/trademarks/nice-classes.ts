import type { GoodsOverlap } from '../../domain/trademarks';

/**
 * Related Nice classes: goods a buyer would expect from the same maker, kept as data in the
 * manner of the USPTO's "coordinated classes" (uspto.gov, "Using coordinated classes in your
 * federal trademark search"). This is the register's own reading for the Products of TIC 1.9,
 * not the USPTO's list: batteries and cells are in class 9, and the cathode powders that are
 * their active material (TIC 1.6, 1.7) are chemicals used in industry, class 1.
 */
export const RELATED_NICE_CLASSES: ReadonlyArray<{
  classes: readonly [number, number];
  why: string;
}> = [
  {
    classes: [1, 9],
    why: 'Powder(LVP) and Powder(P1a) are the cathode material of the cells (TIC 1.6, 1.7, 1.9)',
  },
];

export const NICE_CLASS_MIN = 1;
export const NICE_CLASS_MAX = 45;

function related(a: number, b: number): boolean {
  return RELATED_NICE_CLASSES.some(
    ({ classes: [x, y] }) => (x === a && y === b) || (x === b && y === a),
  );
}

/**
 * How the goods of a proposed mark stand to those of a mark on file. A mark with no
 * registration on file is weighed as covering every class: the contracts protect it without
 * naming goods (TIC 10.4).
 */
export function goodsOverlap({
  proposed,
  registered,
}: {
  proposed: readonly number[];
  registered: readonly number[];
}): GoodsOverlap {
  if (registered.length === 0 || proposed.length === 0) return 'UNKNOWN';
  if (proposed.some((c) => registered.includes(c))) return 'SAME_CLASS';
  if (proposed.some((p) => registered.some((r) => related(p, r)))) return 'RELATED_CLASS';
  return 'UNRELATED';
}
