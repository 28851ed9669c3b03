import { GraphQLLocalDate } from './local-date';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('EffectivenessCondition', {
  description:
    'A condition of a contract taking effect and when it was fulfilled (TIC 1.4, 4.1; JVC Art. 10, 42, 126)',
})
export class EffectivenessConditionType {
  @Field({ description: 'The condition, in words' })
  condition: string;

  @Field({ description: 'The article that makes it a condition' })
  article: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'When it was fulfilled; null while it is not',
  })
  fulfilledOn: string | null;
}
