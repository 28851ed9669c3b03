import type { SignedInContext } from '../../auth/context';
import type { PartyCode } from '../../domain/parties';
import { BadInputError } from '../../errors';
import { ndaCovers } from '../../rules/confidential/nda-coverage';
import { agreementsOf } from './nda.service';

export interface CoverageRow {
  userId: string;
  email: string;
  displayName: string;
  liveGrants: number;
  ndaOnRecord: boolean;
  undertakingOnRecord: boolean;
  /** Covered for every disclosing party whose items the user holds a live grant on. */
  covered: boolean;
  reads: number;
}

export interface Coverage {
  party: PartyCode;
  from: string;
  to: string;
  usersWithGrants: number;
  usersCovered: number;
  usersWhoRead: number;
  users: CoverageRow[];
}

/**
 * Whether a party's staff with access have signed (TIC 8.1(ii), 8.2; JVC Art. 98): each of its
 * users holding a live need-to-know grant today or who read protected content from `from` to
 * `to`, with their agreements and whether they cover every disclosing party concerned.
 */
export async function ndaCoverage(
  ctx: SignedInContext,
  period: { from: string; to: string },
): Promise<Coverage> {
  if (period.from > period.to) throw new BadInputError('to', 'must not be before from');
  const party = ctx.user.party;
  const rows: Array<{
    id: string;
    email: string;
    display_name: string;
    live_grants: number;
    disclosers: PartyCode[];
    reads: number;
  }> = await ctx.db.query(
    `WITH live AS (
       SELECT g.user_id, count(*)::int AS n, array_agg(DISTINCT i.disclosing_party) AS disclosers
         FROM need_to_know_grant g JOIN confidential_item i ON i.id = g.item_id
        WHERE g.revoked_at IS NULL AND g.expires_on >= $2::date
        GROUP BY g.user_id),
     reads AS (
       SELECT a.user_id, count(*)::int AS n FROM confidential_access a
        WHERE a.party_code = $1 AND a.accessed_at >= $3::date AND a.accessed_at < $4::date + 1
        GROUP BY a.user_id)
     SELECT u.id, u.email, u.display_name, coalesce(l.n, 0) AS live_grants,
            coalesce(l.disclosers, '{}') AS disclosers, coalesce(r.n, 0) AS reads
       FROM app_user u LEFT JOIN live l ON l.user_id = u.id LEFT JOIN reads r ON r.user_id = u.id
      WHERE u.party_code = $1 AND (l.user_id IS NOT NULL OR r.user_id IS NOT NULL)
      ORDER BY u.email`,
    [party, ctx.today, period.from, period.to],
  );
  const agreements = await agreementsOf(
    ctx.db.manager,
    rows.map((r) => r.id),
  );
  const users = rows.map((row): CoverageRow => {
    const signed = agreements.get(row.id) ?? [];
    return {
      userId: row.id,
      email: row.email,
      displayName: row.display_name,
      liveGrants: row.live_grants,
      ndaOnRecord: signed.some((a) => a.kind === 'NDA'),
      undertakingOnRecord: signed.some((a) => a.kind === 'JV_UNDERTAKING'),
      covered: row.disclosers.every(
        (disclosingParty) =>
          ndaCovers({ userParty: party, disclosingParty, agreements: signed }).covered,
      ),
      reads: row.reads,
    };
  });
  return {
    party,
    from: period.from,
    to: period.to,
    usersWithGrants: users.filter((u) => u.liveGrants > 0).length,
    usersCovered: users.filter((u) => u.liveGrants > 0 && u.covered).length,
    usersWhoRead: users.filter((u) => u.reads > 0).length,
    users,
  };
}
