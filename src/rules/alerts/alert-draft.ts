import type { AlertKind, AlertRecordType } from '../../domain/alerts';
import type { PartyCode } from '../../domain/parties';

/** An alert a rule decided is due, before it is stored (once per party, kind, record, occasion). */
export interface AlertDraft {
  recipientParty: PartyCode;
  kind: AlertKind;
  recordType: AlertRecordType;
  recordId: string;
  occasion: string;
  title: string;
  article: string;
  /** Where the record is read: the GraphQL query and id a client follows. */
  link: string;
  dueOn: string | null;
  detail: Record<string, unknown>;
}

/** The API path of a record, as an alert links to it. */
export function recordLink({
  recordType,
  id,
}: {
  recordType: AlertRecordType;
  id: string;
}): string {
  return `/graphql#${recordType}/${id}`;
}
