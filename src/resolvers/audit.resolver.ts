import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import { signedIn, type RequestContext } from '../auth/context';
import { AuditEventFilterInput } from '../schema/audit.inputs';
import { AuditEventConnection } from '../schema/audit-event.type';
import { PageArgs } from '../schema/page.args';
import { AuditEventOrder } from '../schema/order';
import { listAuditEvents } from '../services/audit.service';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: "Audit events of the caller's own party" })
  @Allow('readAuditEvents')
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => AuditEventFilterInput, {
      nullable: true,
      description: 'Which events; all when omitted',
    })
    filter?: AuditEventFilterInput,
    @Arg('orderBy', () => AuditEventOrder, {
      nullable: true,
      description: 'The order of the list (default: newest first, in commit order)',
    })
    orderBy?: AuditEventOrder,
  ): Promise<AuditEventConnection> {
    return listAuditEvents(signedIn(ctx), filter ?? {}, page, orderBy);
  }
}
