import { randomBytes } from 'node:crypto';
import type { SignedInContext } from '../../auth/context';
import { raise } from '../../auth/refusal-error';
import { assertMay } from '../../auth/row-policy';
import {
  ConfidentialAccessEntity,
  ConfidentialDocumentEntity,
  NeedToKnowGrantEntity,
} from '../../entities';
import { decideReveal } from '../../rules/confidential/reveal-access';
import {
  watermarked,
  watermarkedDocument,
  watermarkLine,
} from '../../rules/confidential/watermark';
import { mutate } from '../transaction';
import { contentKey, decrypt } from './content-cipher';
import { findItem } from './item-scope';
import { ndaCoverageOf } from './nda.service';

export interface Revealed {
  itemId: string;
  accessId: string;
  text: string | null;
  watermark: string;
  fingerprint: string;
  revealedAt: Date;
  documents: Array<{
    id: string;
    fileName: string;
    mediaType: string;
    sha256: string;
    contentBase64: string;
    watermarked: boolean;
  }>;
}

/**
 * Reads an item's protected content, for a stated purpose (TIC 8.1): decided by a pure rule
 * (a live need-to-know grant and a covering NDA on the receiving side), logged append-only in
 * the same transaction, and returned under a watermark naming the reader, party, time and the
 * reveal's fingerprint.
 */
export function revealConfidentialContent(
  ctx: SignedInContext,
  input: { itemId: string; purpose: string },
): Promise<Revealed> {
  return mutate(ctx, async (manager) => {
    const item = await findItem(ctx, manager, input.itemId, { withContent: true });
    assertMay(ctx, 'confidentialItem.reveal', item);
    const grants = await manager
      .getRepository(NeedToKnowGrantEntity)
      .findBy({ itemId: item.id, userId: ctx.user.id });
    const decision = decideReveal({
      readerParty: ctx.user.party,
      item,
      purpose: input.purpose,
      grants: grants.map((g) => ({ expiresOn: g.expiresOn, revoked: g.revokedAt !== null })),
      ndaCovered: await ndaCoverageOf(manager, ctx.user, item.disclosingParty),
      today: ctx.today,
    });
    if (!decision.ok) raise(decision.refusal);
    const fingerprint = randomBytes(10).toString('hex');
    const access = await manager.getRepository(ConfidentialAccessEntity).save(
      manager.getRepository(ConfidentialAccessEntity).create({
        itemId: item.id,
        userId: ctx.user.id,
        partyCode: ctx.user.party,
        accessedAt: ctx.now,
        purpose: input.purpose.trim(),
        fingerprint,
      }),
    );
    const key = contentKey(ctx.settings);
    const documents = await manager
      .getRepository(ConfidentialDocumentEntity)
      .createQueryBuilder('d')
      .addSelect('d.cipher')
      .where('d.item_id = :id', { id: item.id })
      .orderBy('d.created_at')
      .addOrderBy('d.id')
      .getMany();
    const line = watermarkLine({
      viewer: ctx.user,
      party: ctx.user.party,
      at: ctx.now,
      fingerprint,
    });
    return {
      result: {
        itemId: item.id,
        accessId: access.id,
        text: item.contentCipher
          ? watermarked(decrypt(key, item.contentCipher).toString('utf8'), line)
          : null,
        watermark: line,
        fingerprint,
        revealedAt: ctx.now,
        documents: documents.map((d) => {
          const copy = watermarkedDocument(d.mediaType, decrypt(key, d.cipher), line);
          return {
            id: d.id,
            fileName: d.fileName,
            mediaType: d.mediaType,
            sha256: d.sha256,
            contentBase64: copy.content.toString('base64'),
            watermarked: copy.watermarked,
          };
        }),
      },
      audit: {
        operation: 'revealConfidentialContent',
        entity: 'ConfidentialItem',
        entityId: item.id,
        before: null,
        after: { fingerprint, purpose: input.purpose.trim(), basis: decision.value.basis },
      },
    };
  });
}
