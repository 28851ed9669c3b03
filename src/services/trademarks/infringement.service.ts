import type { SignedInContext } from '../../auth/context';
import { assertMay } from '../../auth/row-policy';
import { findVisible } from '../../auth/visibility';
import type { NoticeMethod } from '../../domain/contracts';
import type { NoticeEntity } from '../../entities';
import { BadInputError, NotFoundError } from '../../errors';
import { recordNotice } from '../notice.service';

export interface InfringementReport {
  markId: string;
  /** What was found: who uses the mark, where, on what. */
  description: string;
  method: NoticeMethod;
  sentAt: Date;
  confirmationReceived: boolean;
  languages?: string[] | null;
  idempotencyKey?: string | null;
}

/**
 * Fengfan or the Licensee reports an unauthorized use of a Valence mark it found: TIC 5.3
 * wants it "in writing", so it is recorded as a written notice to Valence under the TIC, with
 * its deemed receipt (TIC 13.3), through the notice service.
 */
export async function reportTrademarkInfringement(
  ctx: SignedInContext,
  input: InfringementReport,
): Promise<NoticeEntity> {
  const mark = await findVisible(ctx, ctx.db.manager, 'Trademark', input.markId);
  assertMay(ctx, 'trademark.reportInfringement', { markOwner: mark.ownerParty });
  const description = input.description.trim();
  if (description === '') throw new BadInputError('description', 'say what use was found');
  const tic = await ctx.loaders.contractByCode.load('TIC');
  if (!tic) throw new NotFoundError('Contract', 'TIC');
  const subject = `TIC 5.3: unauthorized use of the Valence mark "${mark.text}": ${description}`;
  if (subject.length > 500) throw new BadInputError('description', 'must be shorter');
  return recordNotice(ctx, {
    contractId: tic.id,
    recipients: ['VALENCE'],
    kind: 'GENERAL',
    method: input.method,
    sentAt: input.sentAt,
    confirmationReceived: input.confirmationReceived,
    subject,
    // TIC 13.10: communications under the TIC are in English.
    languages: input.languages?.length ? input.languages : ['en'],
    idempotencyKey: input.idempotencyKey,
  });
}
