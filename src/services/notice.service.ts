import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../auth/context';
import { raise } from '../auth/refusal-error';
import type { NoticeKind, NoticeMethod } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { NoticeEntity, PartyEntity } from '../entities';
import { BadInputError } from '../errors';
import type { CalendarCountry } from '../rules/calendar';
import { localDate, timeZoneOf } from '../rules/calendar';
import type { GoverningContract } from '../rules/citation';
import type { Finding } from '../rules/finding';
import { latestIsoDate } from '../rules/iso-date';
import { checkTerminationNoticeGround } from '../rules/jvc-dissolution';
import { checkNoticeAddressing } from '../rules/notice-addressing';
import { noticeClocks } from '../rules/notice-clocks';
import { deemedReceipt } from '../rules/notice-receipt';
import { governingContractOf, lockVisibleContract, partiesOf } from './contract-access';
import { clockDatesOf, clockFacts } from './notice-clocks';
import { assertNonconformityNotice, openNonconformityClock } from './nonconformity-clock';
import { scheduleTriggered } from './obligation-schedule';
import { findVisible } from '../auth/visibility';
import { keyedByRow } from './idempotency';
import { mutate, type AuditRecord } from './transaction';

export interface NewNotice {
  contractId: string;
  recipients: PartyCode[];
  kind: NoticeKind;
  method: NoticeMethod;
  sentAt: Date;
  confirmationReceived: boolean;
  subject: string;
  languages: string[];
  breachedArticle?: string | null;
  groundArticle?: string | null;
  basisNoticeId?: string | null;
  /** Retries safely (services/idempotency.ts). */
  idempotencyKey?: string | null;
}

/**
 * Records a written notice sent by the caller's party, computes when it is deemed received
 * (TIC 13.3; JVC Art. 127) and opens the clock it starts: the cure period of a breach notice
 * (TIC 11.2; JVC Art. 104(2)), the negotiation window of a JVC termination notice (Art. 105),
 * the evidence deadline of a force majeure claim (Art. 115).
 */
export function recordNotice(ctx: SignedInContext, input: NewNotice): Promise<NoticeEntity> {
  return mutate(
    ctx,
    async (manager) => {
      const contract = await lockVisibleContract(ctx, manager, input.contractId);
      const governing = await governingContractOf(manager, contract);
      const recipients = [...new Set(input.recipients)];
      const parties = (await partiesOf(manager, contract.id)).map((p) => ({
        party: p.partyCode,
        signatory: p.signatory,
      }));
      assertNonconformityNotice({
        kind: input.kind,
        governingContract: governing,
        sender: ctx.user.party,
        recipients,
      });
      const addressing = checkNoticeAddressing({
        governingContract: governing,
        kind: input.kind,
        sender: ctx.user.party,
        recipients,
        parties,
      });
      if (!addressing.ok) {
        raise({
          kind: addressing.field === 'sender' ? 'party' : 'input',
          field: addressing.field,
          reason: addressing.reason,
          article: addressing.article,
        });
      }
      const countries = new Map(
        (await manager.getRepository(PartyEntity).find()).map((p) => [
          p.code,
          p.country as CalendarCountry,
        ]),
      );
      const senderCountry = countries.get(ctx.user.party) as CalendarCountry;
      // The date of the notice is the sender's: a letter is handed over where the sender is.
      const sentOn = localDate({ instant: input.sentAt, timeZone: timeZoneOf(senderCountry) });
      if (sentOn > ctx.today) throw new BadInputError('sentAt', 'cannot be in the future');
      const ground = await checkGround(ctx, manager, governing, input, recipients, sentOn);

      // With several recipients, the notice counts from the last of their deemed receipts.
      const receipts = recipients.map((code) =>
        deemedReceipt({
          governingContract: governing,
          method: input.method,
          sentAt: input.sentAt,
          confirmationReceived: input.confirmationReceived,
          senderCountry,
          recipientCountry: countries.get(code) as CalendarCountry,
          languages: input.languages,
        }),
      );
      const received = receipts.map((r) => r.deemedReceivedOn);
      const deemedReceivedOn = received.includes(null)
        ? null
        : latestIsoDate({ dates: received as string[] });
      const findings = dedupe(receipts.flatMap((r) => r.findings));

      const notices = manager.getRepository(NoticeEntity);
      const notice = await notices.save(
        notices.create({
          contractId: contract.id,
          senderParty: ctx.user.party,
          recipientParties: recipients,
          kind: input.kind,
          method: input.method,
          sentAt: input.sentAt,
          sentOn,
          confirmationReceived: input.confirmationReceived,
          deemedReceivedOn,
          ...clockDatesOf({ kind: input.kind, sentOn, deemedReceivedOn }, governing),
          subject: input.subject,
          languages: input.languages,
          findings,
          breachedArticle: input.kind === 'BREACH' ? (input.breachedArticle ?? null) : null,
          groundArticle: ground.groundArticle,
          basisNoticeId: ground.basisNoticeId,
          continuationSignatures: [],
          recordedBy: ctx.user.id,
        }),
      );
      const audit: AuditRecord[] = [
        {
          operation: 'recordNotice',
          entity: 'Notice',
          entityId: notice.id,
          before: null,
          after: notice,
        },
      ];
      audit.push(...(await openClocks(manager, notice, governing)));
      audit.push(...(await openNonconformityClock(manager, notice)));
      return { result: notice, audit };
    },
    keyedByRow(ctx, 'recordNotice', input, 'Notice'),
  );
}

/**
 * A JVC termination notice names the Art. 104 event it rests on, and under Art. 104(2) the
 * breach notice whose cure period lapsed (rules/jvc-dissolution.ts). Other notices carry none.
 */
async function checkGround(
  ctx: SignedInContext,
  manager: EntityManager,
  governing: GoverningContract,
  input: NewNotice,
  recipients: PartyCode[],
  sentOn: string,
): Promise<{ groundArticle: string | null; basisNoticeId: string | null }> {
  if (input.kind !== 'TERMINATION' || governing !== 'JVC') {
    return { groundArticle: null, basisNoticeId: null };
  }
  const breach = input.basisNoticeId
    ? await findVisible(ctx, manager, 'Notice', input.basisNoticeId)
    : null;
  if (breach && breach.contractId !== input.contractId) {
    throw new BadInputError('basisNoticeId', 'is a notice under another contract');
  }
  const right = breach
    ? noticeClocks({ ...clockFacts(breach, governing), asOf: sentOn }).terminationRight
    : null;
  const check = checkTerminationNoticeGround({
    groundArticle: input.groundArticle ?? null,
    sender: ctx.user.party,
    recipients,
    breach: breach && {
      kind: breach.kind,
      senderParty: breach.senderParty,
      recipientParties: breach.recipientParties,
      terminationRightOpen: right?.available ?? false,
    },
  });
  if (!check.ok) raise(check.refusal);
  return {
    groundArticle: input.groundArticle ?? null,
    basisNoticeId: input.groundArticle === 'JVC Art. 104(2)' ? (breach?.id ?? null) : null,
  };
}

/**
 * Opens the obligations a notice starts, due on the dates the notice-clock rule decides (the
 * same rule the notice's clocks are read through, so the two cannot disagree): each recipient
 * of a breach notice owes the cure, by the earlier reading of its period (TIC 11.2; JVC Art.
 * 104(2)); each recipient of a JVC termination notice, the negotiation (Art. 105); the sender
 * of a force majeure notice, its evidence (Art. 115).
 */
async function openClocks(
  manager: EntityManager,
  notice: NoticeEntity,
  governing: GoverningContract,
): Promise<AuditRecord[]> {
  const audit: AuditRecord[] = [];
  const receivedOn = notice.deemedReceivedOn;
  const clocks = noticeClocks({
    ...clockFacts(notice, governing),
    asOf: receivedOn ?? notice.sentOn,
  });
  // The breaching party's cure is due by the earlier reading of the period (TIC 11.2).
  const cure = clocks.cure;
  const clock = cure
    ? {
        kind: 'BREACH_NOTICE_RECEIVED' as const,
        dueEnd:
          cure.byNoticeDate && cure.byNoticeDate.rolledOn === cure.deadline
            ? cure.byNoticeDate
            : cure.byReceipt,
      }
    : clocks.negotiationWindow
      ? {
          kind: 'TERMINATION_NOTICE_RECEIVED' as const,
          dueEnd: clocks.negotiationWindow.windowEnd,
        }
      : null;
  if (clock && receivedOn) {
    for (const recipient of notice.recipientParties) {
      const scheduled = await scheduleTriggered(manager, notice.contractId, {
        kind: clock.kind,
        on: receivedOn,
        noticeId: notice.id,
        obligor: recipient,
        beneficiaries: [notice.senderParty],
        dueEnd: clock.dueEnd,
        suffix: `${notice.id.slice(0, 8)}-${recipient}`,
      });
      audit.push(...scheduled.audit);
    }
  }
  if (clocks.evidenceDue) {
    const scheduled = await scheduleTriggered(manager, notice.contractId, {
      kind: 'FORCE_MAJEURE_NOTIFIED',
      on: notice.sentOn,
      noticeId: notice.id,
      obligor: notice.senderParty,
      beneficiaries: notice.recipientParties,
      dueEnd: clocks.evidenceDue.end,
    });
    audit.push(...scheduled.audit);
  }
  return audit;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(f.message) ? false : (seen.add(f.message), true)));
}
