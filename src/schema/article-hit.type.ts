import { Field, Float, ID, ObjectType } from 'type-graphql';
import { ArticleType } from './article.type';

@ObjectType('ArticleHit', { description: 'An article matching a full-text search' })
export class ArticleHitType {
  @Field(() => ID, { description: 'The matching article' })
  id: string;

  @Field(() => ID, { description: 'The contract it belongs to' })
  contractId: string;

  @Field({ description: 'The code of that contract, e.g. TIC or JVC' })
  contractCode: string;

  @Field({ description: 'As cited: "8.1" in the TIC, "96" in the JVC' })
  number: string;

  @Field(() => String, {
    description: 'Its heading as printed; null when it has none',
    nullable: true,
  })
  heading: string | null;

  @Field({ description: 'The enclosing ARTICLE (TIC) or CHAPTER (JVC) as printed' })
  chapter: string;

  @Field(() => ArticleType, { description: 'The matching article itself' })
  article: ArticleType;

  @Field(() => Float, { description: 'How well it matches: higher is better (PostgreSQL ts_rank)' })
  rank: number;

  @Field(() => [String], { description: 'Passages with the matched words between « and »' })
  snippets: string[];
}
