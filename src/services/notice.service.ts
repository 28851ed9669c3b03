import type { SignedInContext } from '../auth/context';
import type { NoticeKind, NoticeMethod } from '../domain/contracts';
import type { PartyCode } from '../domain/parties';
import { NoticeEntity, ObligationEntity, PartyEntity } from '../entities';
import { raise } from '../auth/refusal-error';
import { assertMay } from '../auth/row-policy';
import { BadInputError, ConflictError } from '../errors';
import type { CalendarCountry } from '../rules/calendar';
import { localDate, timeZoneOf } from '../rules/calendar';
import { curePeriod } from '../rules/cure-period';
import type { Finding } from '../rules/finding';
import { forceMajeureEvidenceDue } from '../rules/force-majeure';
import { assertIsoDate, latestIsoDate } from '../rules/iso-date';
import { checkNoticeAddressing } from '../rules/notice-addressing';
import { deemedReceipt } from '../rules/notice-receipt';
import { negotiationWindow } from '../rules/termination-negotiation';
import { governingContractOf, lockVisibleContract, partiesOf } from './contract-access';
import { scheduleTriggered } from './obligation-schedule';
import { paginate, type Page, type PageRequest } from './pagination';
import { findVisible, whereVisible } from '../auth/visibility';
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
}

/**
 * Records a written notice sent by the caller's party, computes when it is deemed received
 * (TIC 13.3; JVC Art. 127) and opens the clock it starts: the cure period of a breach notice
 * (TIC 11.2; JVC Art. 104(2)), the negotiation window of a JVC termination notice (Art. 105),
 * the evidence deadline of a force majeure claim (Art. 115).
 */
export function recordNotice(ctx: SignedInContext, input: NewNotice): Promise<NoticeEntity> {
  return mutate(ctx, async (manager) => {
    const contract = await lockVisibleContract(ctx, manager, input.contractId);
    const governing = await governingContractOf(manager, contract);
    const recipients = [...new Set(input.recipients)];
    const addressing = checkNoticeAddressing({
      governingContract: governing,
      kind: input.kind,
      sender: ctx.user.party,
      recipients,
      parties: (await partiesOf(manager, contract.id)).map((p) => ({
        party: p.partyCode,
        signatory: p.signatory,
      })),
    });
    if (!addressing.ok) {
      raise({ ...addressing, kind: addressing.field === 'sender' ? 'party' : 'input' });
    }
    if (input.sentAt.getTime() > Date.now()) {
      throw new BadInputError('sentAt', 'cannot be in the future');
    }

    // With several recipients, the notice counts from the last of their deemed receipts.
    const countries = await manager
      .getRepository(PartyEntity)
      .findBy(recipients.map((code) => ({ code })));
    const receipts = countries.map((party) =>
      deemedReceipt({
        governingContract: governing,
        method: input.method,
        sentAt: input.sentAt,
        confirmationReceived: input.confirmationReceived,
        recipientCountry: party.country as CalendarCountry,
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
        confirmationReceived: input.confirmationReceived,
        deemedReceivedOn,
        subject: input.subject,
        languages: input.languages,
        findings,
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
    audit.push(...(await openClocks(manager, notice, governing, ctx.user.party)));
    return { result: notice, audit };
  });
}

async function openClocks(
  manager: Parameters<typeof scheduleTriggered>[0],
  notice: NoticeEntity,
  governing: 'TIC' | 'JVC',
  sender: PartyCode,
): Promise<AuditRecord[]> {
  const audit: AuditRecord[] = [];
  const receivedOn = notice.deemedReceivedOn;
  // Each recipient of a breach notice owes the cure (TIC 11.2; JVC Art. 104(2)); each
  // recipient of a JVC termination notice, the negotiation (JVC Art. 105).
  const clock = !receivedOn
    ? null
    : notice.kind === 'BREACH'
      ? {
          kind: 'BREACH_NOTICE_RECEIVED' as const,
          dueOn: curePeriod({ governingContract: governing, deemedReceivedOn: receivedOn })
            .cureDeadline,
        }
      : notice.kind === 'TERMINATION' && governing === 'JVC'
        ? {
            kind: 'TERMINATION_NOTICE_RECEIVED' as const,
            dueOn: negotiationWindow({
              deemedReceivedOn: receivedOn,
              agreedToContinue: false,
              today: receivedOn,
            }).windowEndsOn,
          }
        : null;
  if (clock && receivedOn) {
    for (const recipient of notice.recipientParties) {
      const scheduled = await scheduleTriggered(manager, notice.contractId, {
        kind: clock.kind,
        on: receivedOn,
        noticeId: notice.id,
        obligor: recipient,
        beneficiaries: [sender],
        dueOn: clock.dueOn,
        suffix: `${notice.id.slice(0, 8)}-${recipient}`,
      });
      audit.push(...scheduled.audit);
    }
  }
  if (notice.kind === 'FORCE_MAJEURE') {
    // JVC Art. 115: evidence within 15 days after the claimant informs the other party.
    const informedOn = localDate({ instant: notice.sentAt, timeZone: timeZoneOf('CN') });
    const { dueOn } = forceMajeureEvidenceDue({ informedOn });
    const scheduled = await scheduleTriggered(manager, notice.contractId, {
      kind: 'FORCE_MAJEURE_NOTIFIED',
      on: informedOn,
      noticeId: notice.id,
      obligor: sender,
      beneficiaries: notice.recipientParties,
      dueOn,
    });
    audit.push(...scheduled.audit);
  }
  return audit;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(f.message) ? false : (seen.add(f.message), true)));
}

/**
 * Records that the breach a notice describes was cured: its cure obligations are met and no
 * termination right arises from it (TIC 11.2; JVC Art. 104(2)).
 */
export function recordBreachCured(
  ctx: SignedInContext,
  input: { noticeId: string; curedOn: string; evidence: string },
): Promise<NoticeEntity> {
  return settleNotice(ctx, {
    noticeId: input.noticeId,
    kind: 'BREACH',
    field: 'curedOn',
    inputField: 'curedOn',
    on: input.curedOn,
    evidence: input.evidence,
    operation: 'recordBreachCured',
    already: (notice) => notice.curedOn,
    check: () => undefined,
  });
}

/** JVC Art. 105: the parties agreed in writing to continue the contract within the window. */
export function recordContinuationAgreed(
  ctx: SignedInContext,
  input: { noticeId: string; agreedOn: string },
): Promise<NoticeEntity> {
  return settleNotice(ctx, {
    noticeId: input.noticeId,
    kind: 'TERMINATION',
    field: 'continuationAgreedOn',
    inputField: 'agreedOn',
    on: input.agreedOn,
    evidence: 'Written agreement to continue the contract',
    operation: 'recordContinuationAgreed',
    already: (notice) => notice.continuationAgreedOn,
    check: (notice, agreedOn) => {
      if (!notice.deemedReceivedOn) return;
      const window = negotiationWindow({
        deemedReceivedOn: notice.deemedReceivedOn,
        agreedToContinue: false,
        today: agreedOn,
      });
      if (agreedOn > window.windowEndsOn) {
        throw new ConflictError(
          `The negotiation window closed on ${window.windowEndsOn}`,
          'JVC Art. 105',
        );
      }
    },
  });
}

/**
 * Closes what a notice opened — a cured breach, an agreement to continue — in one
 * transaction: the date on the notice, its open obligations MET, an audit event for each.
 */
function settleNotice(
  ctx: SignedInContext,
  settlement: {
    noticeId: string;
    kind: NoticeKind;
    field: 'curedOn' | 'continuationAgreedOn';
    /** The input's name for the date, used in BAD_USER_INPUT. */
    inputField: string;
    on: string;
    evidence: string;
    operation: string;
    already: (notice: NoticeEntity) => string | null;
    check: (notice: NoticeEntity, on: string) => void;
  },
): Promise<NoticeEntity> {
  return mutate(ctx, async (manager) => {
    const notice = await visibleNoticeForUpdate(ctx, manager, settlement.noticeId);
    if (notice.kind !== settlement.kind) {
      throw new BadInputError('noticeId', `is not a ${settlement.kind.toLowerCase()} notice`);
    }
    const previous = settlement.already(notice);
    if (previous) throw new ConflictError(`Already recorded on ${previous}`);
    const on = assertIsoDate({ field: settlement.inputField, value: settlement.on });
    if (on > ctx.today) throw new BadInputError(settlement.inputField, 'cannot be in the future');
    const sentOn = localDate({ instant: notice.sentAt, timeZone: timeZoneOf('CN') });
    if (on < sentOn) {
      throw new BadInputError(settlement.inputField, `cannot be before the notice (${sentOn})`);
    }
    settlement.check(notice, on);

    await manager.update(NoticeEntity, { id: notice.id }, { [settlement.field]: on });
    const obligations = manager.getRepository(ObligationEntity);
    const open = await obligations.findBy({ noticeId: notice.id, status: 'OPEN' });
    await obligations.update(
      { noticeId: notice.id, status: 'OPEN' },
      { status: 'MET', metOn: on, evidence: settlement.evidence },
    );
    const audit: AuditRecord[] = [
      {
        operation: settlement.operation,
        entity: 'Notice',
        entityId: notice.id,
        before: { [settlement.field]: null },
        after: { [settlement.field]: on },
      },
      ...open.map((obligation) => ({
        operation: 'meetObligation',
        entity: 'Obligation',
        entityId: obligation.id,
        before: { status: 'OPEN' },
        after: { status: 'MET', metOn: on, evidence: settlement.evidence },
      })),
    ];
    return { result: { ...notice, [settlement.field]: on }, audit };
  });
}

async function visibleNoticeForUpdate(
  ctx: SignedInContext,
  manager: Parameters<typeof scheduleTriggered>[0],
  noticeId: string,
): Promise<NoticeEntity> {
  // Only the parties to the notice itself see it, and say whether it was cured or settled.
  const notice = await findVisible(ctx, manager, 'Notice', noticeId, { lock: true });
  assertMay(ctx, 'notice.settle', notice);
  return notice;
}

/** Notices of the contracts the caller's party is party to, newest first. */
export function listNotices(
  ctx: SignedInContext,
  contractId: string | null,
  page: PageRequest,
): Promise<Page<NoticeEntity>> {
  const query = ctx.db.getRepository(NoticeEntity).createQueryBuilder('notice');
  if (contractId) query.andWhere('notice.contract_id = :contractId', { contractId });
  whereVisible(query, 'Notice', 'notice', ctx.user.party);
  return paginate(query, page, {
    column: ['notice.sent_at', 'notice.id'],
    direction: 'DESC',
    valueOf: (notice) => [notice.sentAt.toISOString(), notice.id],
  });
}
