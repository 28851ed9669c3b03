import { Field, ObjectType } from 'type-graphql';
import { FindingStatusEnum } from './enums';

@ObjectType('Finding', { description: 'One step of a rule, with the article it applies' })
export class FindingType {
  @Field({ description: 'What was checked, as a stable code' })
  code: string;

  @Field({ description: 'The article the check applies, e.g. "TIC 13.3"' })
  article: string;

  @Field(() => FindingStatusEnum, { description: 'The outcome of the check' })
  status: 'PASS' | 'FAIL' | 'WARN' | 'INFO';

  @Field({ description: 'The finding in a sentence a lawyer can read' })
  message: string;
}
