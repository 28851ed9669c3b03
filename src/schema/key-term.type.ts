import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { KeyTermKind, PeriodUnit } from '../domain/contracts';
import { KeyTermKindEnum, PeriodUnitEnum } from './enums';

@ObjectType('KeyTerm', { description: 'A fact a contract states, with its article and words' })
export class KeyTermType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field({ description: 'The fact: terms with the same name state the same fact' })
  name: string;

  @Field(() => KeyTermKindEnum)
  kind: KeyTermKind;

  @Field(() => String, { nullable: true, description: 'Exact decimal, e.g. "7241000"' })
  amount: string | null;

  @Field(() => String, { nullable: true })
  currency: string | null;

  @Field(() => PeriodUnitEnum, { nullable: true })
  unit: PeriodUnit | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dateValue: string | null;

  @Field(() => String, { nullable: true })
  textValue: string | null;

  @Field({ description: 'Comparable value, e.g. "USD 7241000", "60 DAYS"' })
  value: string;

  @Field()
  article: string;

  @Field({ description: 'The words of the contract the term comes from' })
  quote: string;
}

@ObjectType('TermStatement')
export class TermStatementType {
  @Field()
  contractCode: string;

  @Field()
  article: string;
}

@ObjectType('DiscrepantValue')
export class DiscrepantValueType {
  @Field()
  value: string;

  @Field(() => [TermStatementType])
  statedIn: TermStatementType[];
}

@ObjectType('Discrepancy', { description: 'Linked contracts stating one fact differently' })
export class DiscrepancyType {
  @Field()
  name: string;

  @Field()
  message: string;

  @Field(() => [String], { description: 'The linked contracts compared' })
  contractCodes: string[];

  @Field(() => [DiscrepantValueType])
  values: DiscrepantValueType[];
}
