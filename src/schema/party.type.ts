import { Field, ObjectType } from 'type-graphql';
import { PartyCodeEnum } from './enums';
import type { PartyCode } from '../domain/parties';

@ObjectType('Party', { description: 'A party to the contracts (TIC preamble; JVC Art. 1)' })
export class PartyType {
  @Field(() => PartyCodeEnum)
  code: PartyCode;

  @Field()
  legalName: string;

  @Field()
  shortName: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country of establishment' })
  country: string;

  @Field()
  address: string;
}
