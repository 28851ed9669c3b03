import type { SignedInContext } from '../auth/context';
import { PartyEntity } from '../entities';

/** The three parties are public to every signed-in user (TIC preamble; JVC Art. 1). */
export function listParties(ctx: SignedInContext): Promise<PartyEntity[]> {
  return ctx.db.getRepository(PartyEntity).find({ order: { code: 'ASC' } });
}
