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
