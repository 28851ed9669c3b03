import { GraphQLLocalDate } from '../../../src/schema/local-date';

describe('GraphQLLocalDate', () => {
  it('sends a calendar date as it is, the first time and again', () => {
    expect(GraphQLLocalDate.serialize('2024-02-29')).toBe('2024-02-29');
    expect(GraphQLLocalDate.serialize('2024-02-29')).toBe('2024-02-29');
  });

  it('refuses a day that is not in the calendar every time it is sent, never remembering it', () => {
    // 2023 is not a leap year.
    expect(() => GraphQLLocalDate.serialize('2023-02-29')).toThrow(/not a valid LocalDate/);
    expect(() => GraphQLLocalDate.serialize('2023-02-29')).toThrow(/not a valid LocalDate/);
    expect(() => GraphQLLocalDate.serialize(new Date('2024-01-01'))).toThrow(/not string/);
    expect(() => GraphQLLocalDate.serialize('2024-1-1')).toThrow(/not a valid LocalDate/);
  });

  it('keeps graphql-scalars’ name, description and input checks', () => {
    expect(GraphQLLocalDate.name).toBe('LocalDate');
    expect(GraphQLLocalDate.description).toMatch(/YYYY-MM-DD/);
    expect(GraphQLLocalDate.parseValue('2024-12-31')).toBe('2024-12-31');
    expect(() => GraphQLLocalDate.parseValue('2024-13-01')).toThrow(/not a valid LocalDate/);
  });
});
