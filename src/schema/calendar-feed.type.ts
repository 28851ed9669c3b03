import { Field, ObjectType } from 'type-graphql';

@ObjectType('CalendarFeed', {
  description:
    "A user's secret iCalendar feed of the deadlines its party may see (text/calendar): one event per due date",
})
export class CalendarFeedType {
  @Field({
    description:
      "The feed's path on this server, e.g. /calendar/<token>.ics: append it to the server's address. Shown once; only its hash is stored, and rotating or revoking it makes it answer 404",
  })
  path: string;

  @Field({ description: 'When this feed was issued' })
  createdAt: Date;
}
