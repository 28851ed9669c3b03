import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { AlertKind, DeliveryStatus } from '../../domain/alerts';
import { AlertKindEnum, DeliveryStatusEnum } from '../enums';
import { IdField } from '../id';
import { IdempotencyKey } from '../idempotency-key';

@InputType('RegisterWebhookInput', {
  description: 'A webhook for your party, retried safely with a key',
})
export class RegisterWebhookInput {
  @Field({ description: 'An https:// URL that accepts POSTed JSON' })
  @MaxLength(2000)
  url: string;

  @Field(() => [AlertKindEnum], { description: 'The kinds of alert to send to it (at least one)' })
  @ArrayMaxSize(20)
  eventKinds: AlertKind[];

  @Field(() => String, { nullable: true, description: 'What it is for, in words' })
  @IsOptional()
  @MaxLength(500)
  description?: string | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}

@InputType('AlertFilterInput', { description: 'Narrows `alerts`; every field given must hold' })
export class AlertFilterInput {
  @Field(() => [AlertKindEnum], { nullable: true, description: 'Only alerts of these kinds' })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: AlertKind[] | null;
}

@InputType('WebhookDeliveryFilterInput', {
  description: 'Narrows `webhookDeliveries`; every field given must hold',
})
export class WebhookDeliveryFilterInput {
  @IdField({ nullable: true, description: 'Only the deliveries to this webhook' })
  webhookId?: string | null;

  @Field(() => DeliveryStatusEnum, {
    nullable: true,
    description: 'Only deliveries in this status',
  })
  @IsOptional()
  status?: DeliveryStatus | null;
}
