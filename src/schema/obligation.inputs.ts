import { IdField } from './id';
import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { PerformanceVerdict } from '../domain/contracts';
import { PerformanceVerdictEnum } from './enums';

@InputType({ description: "A beneficiary's answer to a recorded performance" })
export class ReviewPerformanceInput {
  @IdField({ description: 'The performed (MET) obligation' })
  obligationId: string;

  @Field(() => PerformanceVerdictEnum, {
    description: 'ACKNOWLEDGED or DISPUTED (TIC 13.7; JVC Art. 120)',
  })
  verdict: PerformanceVerdict;

  @Field(() => String, {
    nullable: true,
    description: 'What was not performed (required to dispute)',
  })
  @IsOptional()
  @Length(1, 2000)
  reason?: string | null;
}

@InputType({ description: 'The other side disputes an event recorded to start a clock' })
export class DisputeEventInput {
  @IdField({ description: 'The event disputed' })
  eventId: string;

  @Field({ description: 'Why it did not happen as recorded (TIC 13.7; JVC Art. 120)' })
  @Length(1, 2000)
  reason: string;
}
