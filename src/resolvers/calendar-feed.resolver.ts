import { Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import { CalendarFeedType } from '../schema/calendar-feed.type';
import { revokeCalendarFeed, rotateCalendarFeed } from '../services/desk/calendar-feed.service';

@Resolver()
export class CalendarFeedResolver {
  @Mutation(() => CalendarFeedType, {
    nullable: true,
    description:
      'Issues the caller a new secret calendar feed URL and revokes the previous one (which answers 404 from now on). Each call issues a new URL: the secret is never stored, so it cannot be replayed',
  })
  @Allow('manageCalendarFeed')
  rotateCalendarFeed(@Ctx() ctx: RequestContext): Promise<CalendarFeedType> {
    return rotateCalendarFeed(signedIn(ctx));
  }

  @Mutation(() => Boolean, {
    nullable: true,
    description:
      "Revokes the caller's calendar feed: its URL answers 404 from now on. False when there was none",
  })
  @Allow('manageCalendarFeed')
  revokeCalendarFeed(@Ctx() ctx: RequestContext): Promise<boolean> {
    return revokeCalendarFeed(signedIn(ctx));
  }
}
