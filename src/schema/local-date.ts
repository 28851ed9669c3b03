import { GraphQLScalarType } from 'graphql';
// The one place graphql-scalars' own LocalDate is used.
// eslint-disable-next-line no-restricted-imports
import { GraphQLLocalDate as CheckedLocalDate } from 'graphql-scalars';

/** How many distinct dates are remembered as checked (a list sends a few hundred at most). */
const REMEMBERED = 10_000;
const checked = new Set<string>();

/**
 * graphql-scalars' LocalDate (`YYYY-MM-DD`), checking what the server sends as it does, but
 * each distinct date once: its check builds a Date and prints it back to refuse `2021-02-30`,
 * and a page of sublicences sends forty dates, most of them the same few. Inputs are parsed
 * and checked by graphql-scalars unchanged.
 */
export const GraphQLLocalDate = new GraphQLScalarType({
  ...CheckedLocalDate.toConfig(),
  serialize(value) {
    if (typeof value === 'string' && checked.has(value)) return value;
    const date = CheckedLocalDate.serialize(value) as string;
    if (checked.size >= REMEMBERED) checked.clear();
    checked.add(date);
    return date;
  },
});
