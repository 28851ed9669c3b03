import type { SignedInContext } from '../../auth/context';
import { mutate } from '../transaction';
import { scanInTransaction, type ScanReport } from './scan.service';

/**
 * The due-alert scan run on demand by an ADMIN, for the request's today: what the job runner
 * does every hour, with an audit event naming who asked. Alerts already raised are not raised
 * again, whoever runs the scan.
 */
export function runAlertScanNow(ctx: SignedInContext): Promise<ScanReport> {
  return mutate(ctx, async (manager) => {
    const report = await scanInTransaction(manager, ctx.settings, {
      today: ctx.today,
      now: new Date(),
    });
    return {
      result: report,
      audit: {
        operation: 'runAlertScan',
        entity: 'AlertScan',
        entityId: ctx.today,
        before: null,
        after: { ...report },
      },
    };
  });
}
