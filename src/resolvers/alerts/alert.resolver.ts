import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../parent';
import { Allow } from '../../auth/allow';
import { signedIn, type RequestContext } from '../../auth/context';
import {
  AlertFilterInput,
  RegisterWebhookInput,
  WebhookDeliveryFilterInput,
} from '../../schema/alerts/alert.inputs';
import {
  AlertConnection,
  AlertScanReportType,
  WebhookAttemptType,
  WebhookConnection,
  WebhookDeliveryConnection,
  WebhookDeliveryType,
  WebhookRegistrationType,
  WebhookType,
} from '../../schema/alerts/alert.types';
import { IdArg } from '../../schema/id';
import { INPUT } from '../../schema/input-arg';
import { AlertOrder, WebhookDeliveryOrder, WebhookOrder } from '../../schema/order';
import { PageArgs } from '../../schema/page.args';
import { listAlerts, listWebhookDeliveries } from '../../services/alerts/alert-queries.service';
import { runAlertScanNow } from '../../services/alerts/run-scan.service';
import {
  deactivateWebhook,
  listWebhooks,
  registerWebhook,
  rotateWebhookSecret,
} from '../../services/alerts/webhook.service';

@Resolver()
export class AlertResolver {
  @Query(() => AlertConnection, { description: 'The reminders and alerts raised for your party' })
  @Allow('readAlerts')
  alerts(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => AlertFilterInput, {
      nullable: true,
      description: 'Which alerts; all when omitted',
    })
    filter?: AlertFilterInput,
    @Arg('orderBy', () => AlertOrder, {
      nullable: true,
      description: 'The order of the list (default: newest first)',
    })
    orderBy?: AlertOrder,
  ): Promise<AlertConnection> {
    return listAlerts(signedIn(ctx), filter ?? {}, page, orderBy);
  }

  @Query(() => WebhookConnection, { description: "Your party's webhooks" })
  @Allow('readWebhooks')
  webhooks(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('orderBy', () => WebhookOrder, {
      nullable: true,
      description: 'The order of the list (default: oldest first)',
    })
    orderBy?: WebhookOrder,
  ): Promise<WebhookConnection> {
    return listWebhooks(signedIn(ctx), page, orderBy);
  }

  @Query(() => WebhookDeliveryConnection, {
    description:
      "Deliveries to your party's webhooks, each with every attempt and the receiver's answer",
  })
  @Allow('readWebhooks')
  webhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => WebhookDeliveryFilterInput, {
      nullable: true,
      description: 'Which deliveries; all when omitted',
    })
    filter?: WebhookDeliveryFilterInput,
    @Arg('orderBy', () => WebhookDeliveryOrder, {
      nullable: true,
      description: 'The order of the list (default: newest first)',
    })
    orderBy?: WebhookDeliveryOrder,
  ): Promise<WebhookDeliveryConnection> {
    return listWebhookDeliveries(signedIn(ctx), filter ?? {}, page, orderBy);
  }

  @Mutation(() => WebhookRegistrationType, {
    nullable: true,
    description:
      "Registers an HTTPS endpoint for your party's alerts; the answer holds its signing secret, shown once",
  })
  @Allow('manageWebhooks')
  registerWebhook(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterWebhookInput, INPUT) input: RegisterWebhookInput,
  ): Promise<WebhookRegistrationType> {
    return registerWebhook(signedIn(ctx), input);
  }

  @Mutation(() => WebhookRegistrationType, {
    nullable: true,
    description:
      'Replaces the signing secret of a webhook; the new one is shown once, the old one stops at once',
  })
  @Allow('manageWebhooks')
  rotateWebhookSecret(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The webhook' }) id: string,
  ): Promise<WebhookRegistrationType> {
    return rotateWebhookSecret(signedIn(ctx), id);
  }

  @Mutation(() => WebhookType, {
    nullable: true,
    description: 'Stops delivering to a webhook; its pending deliveries are cancelled',
  })
  @Allow('manageWebhooks')
  deactivateWebhook(
    @Ctx() ctx: RequestContext,
    @IdArg('id', { description: 'The webhook' }) id: string,
  ): Promise<WebhookType> {
    return deactivateWebhook(signedIn(ctx), id);
  }

  @Mutation(() => AlertScanReportType, {
    nullable: true,
    description:
      'Runs the due-alert scan for today now (the job runner runs it every hour); alerts already raised are not raised again',
  })
  @Allow('runAlertScan')
  runAlertScan(@Ctx() ctx: RequestContext): Promise<AlertScanReportType> {
    return runAlertScanNow(signedIn(ctx));
  }
}

@Resolver(() => WebhookDeliveryType)
export class WebhookDeliveryResolver {
  @FieldResolver(() => [WebhookAttemptType], {
    description: 'Every attempt, first to last, with the HTTP status the receiver answered',
  })
  attemptLog(
    @Parent() delivery: WebhookDeliveryType,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookAttemptType[]> {
    return ctx.loaders.webhookAttempts.load(delivery.id);
  }
}
