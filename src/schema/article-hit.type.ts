import { Field, Float, ID, ObjectType } from 'type-graphql';
import { ArticleType } from './article.type';

@ObjectType('ArticleHit', { description: 'An article matching a full-text search' })
export class ArticleHitType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field()
  contractCode: string;

  @Field()
  number: string;

  @Field(() => String, { nullable: true })
  heading: string | null;

  @Field()
  chapter: string;

  @Field(() => ArticleType, { description: 'The matching article itself' })
  article: ArticleType;

  @Field(() => Float)
  rank: number;

  @Field(() => [String], { description: 'Passages with the matched words between « and »' })
  snippets: string[];
}
