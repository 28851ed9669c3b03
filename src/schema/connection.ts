import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Where a page stands in its list (Relay cursor connections)' })
export class PageInfo {
  @Field({ description: 'More rows follow this page: ask again with `after: endCursor`' })
  hasNextPage: boolean;

  @Field({
    description: 'Rows come before this page: true when the page was asked `after` a cursor',
  })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first row of the page' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last row of the page' })
  endCursor: string | null;
}

/**
 * A Relay-style connection type for `node`: `edges { cursor node }`, `nodes`, `pageInfo` and
 * `totalCount` (counted only when asked).
 */
export function Connection<TNode extends object>(node: ClassType<TNode>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor` })
  class Edge {
    @Field({ description: 'Pass as `after` to read the rows that follow this one' })
    cursor: string;

    @Field(() => node, { description: `The ${name}` })
    node: TNode;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [Edge], { description: 'The rows of this page, each with its cursor' })
    edges: Edge[];

    @Field(() => [node], { description: 'The rows of this page, without cursors' })
    nodes: TNode[];

    @Field(() => PageInfo, { description: 'Where this page stands in the list' })
    pageInfo: PageInfo;

    @Field(() => Int, {
      description: 'How many rows the whole list holds with these filters, across every page',
    })
    totalCount: number | Promise<number>;
  }
  return ConnectionType;
}
