import type { EntityManager } from 'typeorm';
import type { SignedInContext } from '../../auth/context';
import type { PartyCode } from '../../domain/parties';
import type { RememberedReview, ReviewOutcome } from '../../domain/export';
import { ScreeningClearanceEntity, ScreeningClearanceRevocationEntity } from '../../entities';
import { assertMay } from '../../auth/row-policy';
import { ConflictError, NotFoundError } from '../../errors';
import { mutate } from '../transaction';
import type { ScreeningMatch } from './screening.service';

/**
 * Cleared-match suppression: a reviewer's clearance (or confirmation) of a match is remembered
 * for the party, the screened name and the list entry as it stood, so that re-screening does not
 * ask again what a person already answered — until the entry changes (its fingerprint) or the
 * clearance is revoked.
 */

type MatchRef = Pick<
  ScreeningMatch,
  'key' | 'screenedKey' | 'listCode' | 'entryId' | 'fingerprint'
>;

/** The remembered reviews that hold for these matches, by match key. */
export async function rememberedReviews(
  manager: EntityManager,
  party: PartyCode,
  matches: readonly MatchRef[],
): Promise<Map<string, RememberedReview>> {
  const found = new Map<string, RememberedReview>();
  if (matches.length === 0) return found;
  const rows: Array<{
    id: string;
    screened_key: string;
    list_code: string;
    entry_id: string;
    entry_fingerprint: string;
    outcome: ReviewOutcome;
    reason: string;
    decided_at: Date;
    email: string;
  }> = await manager.query(
    // The latest unrevoked review of each name and entry; a revoked one is no longer an answer.
    `SELECT DISTINCT ON (c.screened_key, c.list_code, c.entry_id)
            c.id, c.screened_key, c.list_code, c.entry_id, c.entry_fingerprint, c.outcome,
            c.reason, c.decided_at, u.email
       FROM screening_clearance c
       JOIN app_user u ON u.id = c.decided_by
      WHERE c.party = $1 AND c.screened_key = ANY($2::text[]) AND c.entry_id = ANY($3::text[])
        AND NOT EXISTS (SELECT 1 FROM screening_clearance_revocation r WHERE r.clearance_id = c.id)
      ORDER BY c.screened_key, c.list_code, c.entry_id, c.decided_at DESC`,
    [party, matches.map((m) => m.screenedKey), matches.map((m) => m.entryId)],
  );
  for (const match of matches) {
    const row = rows.find(
      (r) =>
        r.screened_key === match.screenedKey &&
        r.list_code === match.listCode &&
        r.entry_id === match.entryId &&
        // The entry changed since: the answer was about another entry.
        r.entry_fingerprint === match.fingerprint,
    );
    if (row) {
      found.set(match.key, {
        clearanceId: row.id,
        outcome: row.outcome,
        reason: row.reason,
        decidedBy: row.email,
        decidedAt: row.decided_at.toISOString(),
      });
    }
  }
  return found;
}

/** Remembers a reviewer's answer on a match, inside the review's transaction. */
export async function rememberReview(
  manager: EntityManager,
  ctx: SignedInContext,
  review: {
    match: MatchRef & { queryName: string };
    outcome: ReviewOutcome;
    reason: string;
    checkId: string | null;
  },
): Promise<ScreeningClearanceEntity> {
  const clearances = manager.getRepository(ScreeningClearanceEntity);
  return clearances.save(
    clearances.create({
      party: ctx.user.party,
      screenedKey: review.match.screenedKey,
      screenedName: review.match.queryName,
      listCode: review.match.listCode,
      entryId: review.match.entryId,
      entryFingerprint: review.match.fingerprint,
      outcome: review.outcome,
      reason: review.reason,
      checkId: review.checkId,
      decidedBy: ctx.user.id,
    }),
  );
}

/** Withdraws a remembered review: the next check or screening asks about the match again. */
export function revokeScreeningClearance(
  ctx: SignedInContext,
  input: { clearanceId: string; reason: string },
): Promise<{ clearanceId: string; revokedAt: Date }> {
  return mutate(ctx, async (manager) => {
    const clearance = await manager
      .getRepository(ScreeningClearanceEntity)
      .findOneBy({ id: input.clearanceId, party: ctx.user.party });
    // Another party's clearance is not found, never shown (row scoping).
    if (!clearance) throw new NotFoundError('ScreeningClearance', input.clearanceId);
    assertMay(ctx, 'screeningClearance.revoke', clearance);
    const revocations = manager.getRepository(ScreeningClearanceRevocationEntity);
    if (await revocations.existsBy({ clearanceId: clearance.id })) {
      throw new ConflictError('This clearance has already been revoked');
    }
    const revocation = await revocations.save(
      revocations.create({
        clearanceId: clearance.id,
        reason: input.reason,
        revokedBy: ctx.user.id,
      }),
    );
    return {
      result: { clearanceId: clearance.id, revokedAt: revocation.revokedAt },
      audit: {
        operation: 'revokeScreeningClearance',
        entity: 'ScreeningClearance',
        entityId: clearance.id,
        before: { outcome: clearance.outcome, revoked: false },
        after: { outcome: clearance.outcome, revoked: true, reason: input.reason },
      },
    };
  });
}
