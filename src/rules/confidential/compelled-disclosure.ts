import type { GoverningContract } from '../citation';
import { refuse, type Ruling } from '../refusal';

/**
 * A disclosure required by law, regulation or governmental order (TIC 8.3(d)) is allowed only
 * after written notice to the disclosing party, "prior to disclosing", so that it can protect
 * the information: the notice must be dated before the disclosure. JVC Art. 96(4) (a court's
 * or authority's order) asks no notice; one given must still not follow the disclosure.
 */
export function checkCompelledNotice({
  governingContract,
  noticeGivenOn,
  disclosedOn,
}: {
  governingContract: GoverningContract;
  noticeGivenOn: string | null;
  disclosedOn: string;
}): Ruling<{ article: string }> {
  const article = governingContract === 'TIC' ? 'TIC 8.3(d)' : 'JVC Art. 96(4)';
  if (noticeGivenOn === null) {
    if (governingContract === 'TIC') {
      return refuse({
        kind: 'input',
        field: 'noticeGivenOn',
        reason: 'a compelled disclosure needs the prior written notice to the disclosing party',
        article,
      });
    }
    return { ok: true, value: { article } };
  }
  const late =
    governingContract === 'TIC' ? noticeGivenOn >= disclosedOn : noticeGivenOn > disclosedOn;
  if (late) {
    return refuse({
      kind: 'input',
      field: 'noticeGivenOn',
      reason: `the notice of ${noticeGivenOn} is not earlier than the disclosure of ${disclosedOn}: it must precede it`,
      article,
    });
  }
  return { ok: true, value: { article } };
}
