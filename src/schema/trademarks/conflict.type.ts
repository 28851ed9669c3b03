import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { PartyCode } from '../../domain/parties';
import type { ConflictLevel, ConflictReason, GoodsOverlap } from '../../domain/trademarks';
import { ConflictLevelEnum, ConflictReasonEnum, GoodsOverlapEnum, PartyCodeEnum } from '../enums';

@ObjectType('MarkConflict', { description: 'A protected mark the proposed one comes close to' })
export class MarkConflictType {
  @Field(() => ID, { description: 'The mark on the register' })
  markId: string;

  @Field({ description: 'Its word' })
  markText: string;

  @Field(() => PartyCodeEnum, { description: 'Its owner' })
  ownerParty: PartyCode;

  @Field(() => ConflictLevelEnum, { description: 'How close, goods weighed' })
  level: ConflictLevel;

  @Field(() => Float, {
    description: 'Similarity of the closest forms (1 = the same letters) times the goods weight',
  })
  score: number;

  @Field(() => [ConflictReasonEnum], { description: 'Why it is close' })
  reasons: ConflictReason[];

  @Field({
    description: 'The form that came closest: the mark, or a translation or transliteration',
  })
  matchedForm: string;

  @Field(() => GoodsOverlapEnum, { description: 'How the goods compare (Nice classes)' })
  goods: GoodsOverlap;
}

@ObjectType('MarkConflictCheck', {
  description: 'The answer of the conflict check for a proposed mark (TIC 10.4; JVC Art. 50)',
})
export class MarkConflictCheckType {
  @Field(() => ConflictLevelEnum, { description: 'The closest level found' })
  level: ConflictLevel;

  @Field(() => Float, { description: 'The score of the closest mark (0 when none is close)' })
  score: number;

  @Field(() => [MarkConflictType], { description: 'The closest marks, at most 10, closest first' })
  closest: MarkConflictType[];
}
