import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';
import { GraphQLLocalDate, GraphQLUUID } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import type { EventKind, NoticeKind, NoticeMethod, ObligationStatus } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import {
  EventKindEnum,
  NoticeKindEnum,
  NoticeMethodEnum,
  ObligationStatusEnum,
  PartyCodeEnum,
} from './enums';

@InputType()
export class RecordNoticeInput {
  @Field(() => GraphQLUUID)
  contractId: string;

  @Field(() => [PartyCodeEnum], { description: 'The other parties it is addressed to' })
  @ArrayMinSize(1, { message: 'must name at least one recipient' })
  @ArrayMaxSize(3)
  recipients: PartyCode[];

  @Field(() => NoticeKindEnum)
  kind: NoticeKind;

  @Field(() => NoticeMethodEnum)
  method: NoticeMethod;

  @Field({ description: 'When it was handed to the courier or post, or sent by fax/e-mail' })
  sentAt: Date;

  @Field({ description: 'A confirmation receipt (and confirmation letter) evidences a fax/e-mail' })
  confirmationReceived: boolean;

  @Field()
  @Length(1, 500)
  subject: string;

  @Field(() => [String], {
    defaultValue: [],
    description: 'ISO 639-1 codes of the languages it is written in (JVC Art. 127: zh and en)',
  })
  @IsIn(['zh', 'en'], { each: true, message: 'each language must be zh or en' })
  @ArrayMaxSize(5)
  languages: string[];
}

@InputType()
export class RecordEventInput {
  @Field(() => GraphQLUUID)
  contractId: string;

  @Field(() => EventKindEnum)
  kind: EventKind;

  @Field(() => GraphQLLocalDate)
  occurredOn: string;

  @Field()
  @Length(1, 1000)
  description: string;

  @Field(() => PartyCodeEnum, { nullable: true, description: 'e.g. whose capital was verified' })
  @IsOptional()
  concernsParty?: PartyCode | null;

  @Field(() => String, { nullable: true, description: 'Exact decimal amount, e.g. of an invoice' })
  @IsOptional()
  @Matches(/^\d{1,15}(\.\d{1,4})?$/, { message: 'must be a decimal amount like 1250.00' })
  amount?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code like USD' })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. the invoice number' })
  @IsOptional()
  @Length(1, 200)
  reference?: string | null;
}

@InputType()
export class ObligationFilterInput {
  @Field(() => GraphQLUUID, { nullable: true })
  @IsOptional()
  @IsUUID()
  contractId?: string | null;

  @Field(() => ObligationStatusEnum, { nullable: true })
  @IsOptional()
  status?: ObligationStatus | null;

  @Field(() => PartyCodeEnum, { nullable: true })
  @IsOptional()
  obligor?: PartyCode | null;

  @Field(() => PartyCodeEnum, { nullable: true })
  @IsOptional()
  beneficiary?: PartyCode | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  dueFrom?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @IsOptional()
  dueTo?: string | null;

  @Field({ defaultValue: false, description: 'Include obligations still waiting for their event' })
  includeUndated: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Judge MISSED as of this date' })
  @IsOptional()
  asOf?: string | null;
}

@InputType()
export class TerminateContractInput {
  @Field(() => GraphQLUUID)
  contractId: string;

  @Field(() => GraphQLLocalDate)
  terminatedOn: string;

  @Field()
  @Length(1, 2000)
  ground: string;

  @Field({ description: 'The article relied on, e.g. "TIC 11.2" or "JVC Art. 104(2)"' })
  @Matches(/^(TIC \d+\.\d+|JVC Art\. \d+)/, {
    message: 'must cite e.g. "TIC 11.2" or "JVC Art. 104"',
  })
  article: string;
}
