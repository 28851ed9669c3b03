import type { PartyCode } from '../../domain/parties';

/**
 * The line a revealed copy carries at its head and foot: who read it, for which party, when,
 * and the reveal's fingerprint (also in the access log), so a leaked copy names its reveal.
 */
export function watermarkLine({
  viewer,
  party,
  at,
  fingerprint,
}: {
  viewer: { displayName: string; email: string };
  party: PartyCode;
  at: Date;
  fingerprint: string;
}): string {
  return `CONFIDENTIAL (TIC Art. 8; JVC Art. 96) | revealed to ${viewer.displayName} <${viewer.email}> of ${party} at ${at.toISOString()} | fingerprint ${fingerprint}`;
}

/** The text between two copies of the watermark. */
export const watermarked = (text: string, line: string): string => `${line}\n${text}\n${line}`;

/** Media types whose bytes are text a watermark line can head and foot without breaking them. */
const TEXT_MEDIA = /^(text\/[a-z0-9.+-]+|application\/(json|xml|csv|x-yaml|yaml))$/i;

/**
 * A document as revealed: a text document carries the watermark at its head and foot, like the
 * item's text; any other file is returned as registered (rewriting a PDF or an image would
 * change what was disclosed), with the reveal's watermark and fingerprint beside it in the
 * answer and in the access log.
 */
export function watermarkedDocument(
  mediaType: string,
  content: Buffer,
  line: string,
): { content: Buffer; watermarked: boolean } {
  const type = mediaType.split(';')[0].trim();
  if (!TEXT_MEDIA.test(type)) return { content, watermarked: false };
  return {
    content: Buffer.from(watermarked(content.toString('utf8'), line), 'utf8'),
    watermarked: true,
  };
}
