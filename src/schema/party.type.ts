import { Field, ObjectType } from 'type-graphql';
import { PartyCodeEnum } from './enums';
import type { PartyCode } from '../domain/parties';

@ObjectType('Party', {
  description: 'A party to the contracts (TIC preamble; JVC Art. 1)',
  simpleResolvers: true,
})
export class PartyType {
  @Field(() => PartyCodeEnum, { description: 'The code used throughout the API' })
  code: PartyCode;

  @Field({ description: 'Its full legal name, as in the contracts' })
  legalName: string;

  @Field({ description: 'The short name the contracts use, e.g. "Valence"' })
  shortName: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country of establishment' })
  country: string;

  @Field({ description: 'Its address for notices (TIC 13.3; JVC Art. 127)' })
  address: string;
}
