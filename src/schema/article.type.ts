import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Article', {
  description: 'One article of a contract, as signed',
  // Plain values: graphql's own resolver reads them (no per-field wrapper on hot lists).
  simpleResolvers: true,
})
export class ArticleType {
  @Field(() => ID, { description: 'The article' })
  id: string;

  @Field(() => ID, { description: 'The contract it belongs to' })
  contractId: string;

  @Field({ description: 'As cited: "8.1" in the TIC, "96" in the JVC' })
  number: string;

  @Field(() => String, {
    description: 'Its heading as printed; null when it has none',
    nullable: true,
  })
  heading: string | null;

  @Field({ description: 'The enclosing ARTICLE (TIC) or CHAPTER (JVC) as printed' })
  chapter: string;

  @Field({ description: 'Its full text, as signed' })
  body: string;

  @Field(() => Int, { description: 'Its place in the contract, from 1' })
  position: number;
}
