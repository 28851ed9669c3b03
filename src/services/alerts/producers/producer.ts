import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../../config';
import type { AlertKind } from '../../../domain/alerts';
import type { Role } from '../../../domain/parties';
import type { AlertDraft } from '../../../rules/alerts/alert-draft';

/** What a producer is given: the scan's transaction, its day and the settings. */
export interface ScanInput {
  manager: EntityManager;
  today: string;
  config: AppConfig;
}

/**
 * One kind of alert: it loads the rows each party may see (through auth/visibility.ts, so a
 * party is never alerted about a row it may not read) and lets its pure rule decide what is
 * due on the day. `audience` is who in the recipient party gets the e-mail.
 */
export interface AlertProducer {
  name: string;
  kinds: readonly AlertKind[];
  audience: readonly Role[];
  produce(scan: ScanInput): Promise<AlertDraft[]>;
}
