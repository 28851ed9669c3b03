import type { AlertEntity } from '../../entities';

/** The JSON an alert is delivered as, to a webhook and (as text) by e-mail. */
export function alertPayload(alert: AlertEntity, delivery: { id: string; attempt: number }) {
  return {
    deliveryId: delivery.id,
    attempt: delivery.attempt,
    alert: {
      id: alert.id,
      kind: alert.kind,
      recipientParty: alert.recipientParty,
      title: alert.title,
      article: alert.article,
      link: alert.link,
      recordType: alert.recordType,
      recordId: alert.recordId,
      occasion: alert.occasion,
      dueOn: alert.dueOn,
      raisedOn: alert.raisedOn,
      detail: alert.detail,
    },
  };
}

export function alertText(alert: AlertEntity): string {
  return [
    alert.title,
    '',
    `Article: ${alert.article}`,
    alert.dueOn ? `Date: ${alert.dueOn}` : null,
    `Record: ${alert.recordType} ${alert.recordId} (${alert.link})`,
    `Raised on: ${alert.raisedOn}`,
  ]
    .filter((line) => line !== null)
    .join('\n');
}
