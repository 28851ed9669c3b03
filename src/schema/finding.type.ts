import { Field, ObjectType } from 'type-graphql';
import { FindingStatusEnum } from './enums';

@ObjectType('Finding', { description: 'One step of a rule, with the article it applies' })
export class FindingType {
  @Field()
  code: string;

  @Field()
  article: string;

  @Field(() => FindingStatusEnum)
  status: 'PASS' | 'FAIL' | 'WARN' | 'INFO';

  @Field()
  message: string;
}
