import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Article', { description: 'One article of a contract, as signed' })
export class ArticleType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field({ description: 'As cited: "8.1" in the TIC, "96" in the JVC' })
  number: string;

  @Field(() => String, { nullable: true })
  heading: string | null;

  @Field({ description: 'The enclosing ARTICLE (TIC) or CHAPTER (JVC) as printed' })
  chapter: string;

  @Field()
  body: string;

  @Field(() => Int)
  position: number;
}
