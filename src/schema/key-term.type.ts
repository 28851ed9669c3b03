import { GraphQLLocalDate } from './local-date';
import { Field, ID, ObjectType } from 'type-graphql';
import type { KeyTermKind, PeriodUnit } from '../domain/contracts';
import { KeyTermKindEnum, PeriodUnitEnum } from './enums';

@ObjectType('KeyTerm', { description: 'A fact a contract states, with its article and words' })
export class KeyTermType {
  @Field(() => ID, { description: 'The key term' })
  id: string;

  @Field(() => ID, { description: 'The contract that states it' })
  contractId: string;

  @Field({ description: 'The fact: terms with the same name state the same fact' })
  name: string;

  @Field(() => KeyTermKindEnum, { description: 'What it measures' })
  kind: KeyTermKind;

  @Field(() => String, { nullable: true, description: 'Exact decimal, e.g. "7241000"' })
  amount: string | null;

  @Field(() => String, { description: 'MONEY: ISO 4217 currency code', nullable: true })
  currency: string | null;

  @Field(() => PeriodUnitEnum, { description: 'PERIOD: the unit it is counted in', nullable: true })
  unit: PeriodUnit | null;

  @Field(() => GraphQLLocalDate, { description: 'DATE: the date stated', nullable: true })
  dateValue: string | null;

  @Field(() => String, {
    description: 'The value as words, where it is not a number or a date',
    nullable: true,
  })
  textValue: string | null;

  @Field({ description: 'Comparable value, e.g. "USD 7241000", "60 DAYS"' })
  value: string;

  @Field({ description: 'The article that states it' })
  article: string;

  @Field({ description: 'The words of the contract the term comes from' })
  quote: string;
}

@ObjectType('TermStatement', { description: 'Where a contract states a value' })
export class TermStatementType {
  @Field({ description: 'The contract, e.g. TIC or JVC' })
  contractCode: string;

  @Field({ description: 'The article that states it' })
  article: string;
}

@ObjectType('DiscrepantValue', {
  description: 'One of the values linked contracts state for a fact, and where',
})
export class DiscrepantValueType {
  @Field({ description: 'The value, comparable across contracts, e.g. "USD 7241000"' })
  value: string;

  @Field(() => [TermStatementType], { description: 'The contracts and articles that state it' })
  statedIn: TermStatementType[];
}

@ObjectType('Discrepancy', { description: 'Linked contracts stating one fact differently' })
export class DiscrepancyType {
  @Field({ description: 'The fact stated differently, e.g. the technology investment' })
  name: string;

  @Field({ description: 'The discrepancy in a sentence' })
  message: string;

  @Field(() => [String], { description: 'The linked contracts compared' })
  contractCodes: string[];

  @Field(() => [DiscrepantValueType], { description: 'Each value stated, and where' })
  values: DiscrepantValueType[];
}
