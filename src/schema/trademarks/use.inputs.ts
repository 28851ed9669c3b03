import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsUUID, Length } from 'class-validator';
import { GraphQLLocalDate } from '../local-date';
import { Field, ID, InputType } from 'type-graphql';
import { NOTICE_METHODS, type NoticeMethod } from '../../domain/contracts';
import type { TrademarkProduct, UseKind, UseStatus } from '../../domain/trademarks';
import { NoticeMethodEnum, TrademarkProductEnum, UseKindEnum, UseStatusEnum } from '../enums';
import { IdField } from '../id';
import { IdempotencyKey } from '../idempotency-key';

@InputType('GrantTrademarkLicenseInput', {
  description: 'A written trademark license your party signed with the JV (JVC Art. 50)',
})
export class GrantTrademarkLicenceInput {
  @Field(() => [ID], { description: 'The ids of your marks it licenses; at least one' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'each mark id must be a UUID' })
  markIds: string[];

  @Field(() => [TrademarkProductEnum], { description: 'The Products it covers (TIC 1.9)' })
  @ArrayMinSize(1)
  products: TrademarkProduct[];

  @Field(() => [String], { description: 'Where (ISO 3166-1 alpha-2 codes; WW: the world)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  territory: string[];

  @Field(() => GraphQLLocalDate, { description: 'The day it was signed' })
  executedOn: string;

  @Field({ description: 'The reference of the signed license' })
  @Length(1, 200)
  documentRef: string;

  @Field(() => GraphQLLocalDate, { description: 'The first day of its term' })
  termFrom: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The last day of its term (none: until terminated)',
  })
  @IsOptional()
  termTo?: string | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType('RequestTrademarkUseInput', {
  description: "A use of a Party's mark the JV asks for (JVC Art. 50), retried safely with a key",
})
export class RequestTrademarkUseInput {
  @IdField({ description: 'The mark' })
  markId: string;

  @Field(() => TrademarkProductEnum, { description: 'The Product it goes on (TIC 1.9)' })
  product: TrademarkProduct;

  @Field(() => UseKindEnum, { description: 'How it is used' })
  kind: UseKind;

  @Field(() => [String], { description: 'Where (ISO 3166-1 alpha-2 codes)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  territory: string[];

  @Field(() => GraphQLLocalDate, { description: 'The first day of the use' })
  periodFrom: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The last day of the use' })
  @IsOptional()
  periodTo?: string | null;

  @IdField({ nullable: true, description: 'The written license it relies on (JVC Art. 50)' })
  licenseId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For batteries carrying a Valence mark: the warranty terms (TIC 5.2)',
  })
  @IsOptional()
  @Length(1, 5000)
  warrantyTerms?: string | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType('TrademarkUseFilterInput', {
  description: 'Narrows `trademarkUses`; every field given must hold',
})
export class TrademarkUseFilterInput {
  @Field(() => UseStatusEnum, { nullable: true, description: 'Only uses in this state' })
  @IsOptional()
  status?: UseStatus | null;

  @IdField({ nullable: true, description: 'Only the uses of this mark' })
  markId?: string | null;
}

@InputType('ReportTrademarkInfringementInput', {
  description:
    'An unauthorized use of a Valence mark, notified to Valence in writing (TIC 5.3), retried safely with a key',
})
export class ReportTrademarkInfringementInput {
  @IdField({ description: 'The Valence mark used without authorization' })
  markId: string;

  @Field({ description: 'What was found: who uses the mark, where, on what' })
  @Length(1, 400)
  description: string;

  @Field(() => NoticeMethodEnum, {
    description: 'How the notice was sent: it fixes when it is deemed received (TIC 13.3)',
  })
  @IsIn(NOTICE_METHODS)
  method: NoticeMethod;

  @Field({ description: 'When it was handed to the courier or post, or sent by fax/e-mail' })
  sentAt: Date;

  @Field({ description: 'A confirmation receipt evidences a fax/e-mail (TIC 13.3)' })
  confirmationReceived: boolean;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}
