/** The options of a mutation's one `input` argument: its fields are described on its type. */
export const INPUT = {
  description: 'What to record: each field is described on the input type',
} as const;
