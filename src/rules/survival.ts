import { BadInputError } from '../errors';
import { addOffset } from './calendar';
import { cite, type GoverningContract } from './citation';
import { assertIsoDate } from './iso-date';

export interface Survival {
  survives: boolean;
  /** The last day the obligation binds after termination; null when indefinite or not surviving. */
  until: string | null;
  /** The article that decides survival. */
  article: string;
  reason: string;
}

const TIC_ARTICLES = 13;
const JVC_ARTICLES = 128;
const JVC_CONFIDENTIALITY_YEARS = 2;

/** '6.3', 'Art. 96', 'Article 104(2)', '11.4(a)' → its article and section numbers. */
function parseReference(governingContract: GoverningContract, reference: string) {
  const ref = String(reference)
    .trim()
    .replace(/^art(icle)?\.?\s*/i, '');
  const match = /^(\d+)(?:\.(\d+))?(?:\s*\([0-9a-z]+\))*$/i.exec(ref);
  const articleNo = match ? Number(match[1]) : NaN;
  const max = governingContract === 'TIC' ? TIC_ARTICLES : JVC_ARTICLES;
  if (!match || articleNo < 1 || articleNo > max || (governingContract === 'JVC' && match[2])) {
    throw new BadInputError(
      'article',
      `${String(reference)} is not an article of the ${governingContract} (1–${max})`,
    );
  }
  return { articleNo, section: match[2] === undefined ? undefined : Number(match[2]), ref };
}

function ticSurvival(articleNo: number, section: number | undefined, ref: string): Survival {
  const cited = cite({ contract: 'TIC', article: ref });
  const survives = (article: string, reason: string): Survival => ({
    survives: true,
    until: null,
    article,
    reason: `${cited} survives termination for any reason, without limit of time: ${reason}`,
  });
  switch (articleNo) {
    case 8:
      return survives(
        'TIC 8.7',
        "the parties' obligations under Article 8 (Confidential Information) survive the " +
          'termination of the contract for any reason whatsoever (TIC 8.7; also TIC 11.6)',
      );
    case 12:
      return section === 2
        ? survives(
            'TIC 12.2',
            'the export-control obligations of Fengfan and the Licensee survive the termination ' +
              'for any reason whatsoever (TIC 12.2; also TIC 11.6)',
          )
        : survives(
            'TIC 11.6',
            'termination does not relieve the Licensee of its obligations under Article 12 ' +
              '(compliance with applicable laws) (TIC 11.6)',
          );
    case 10:
      return survives(
        'TIC 11.6',
        'Article 10 (Proprietary Rights) survives, and termination does not relieve the ' +
          'Licensee of its obligations with respect to the Technology (TIC 11.6)',
      );
    case 13:
      return survives('TIC 11.6', 'Article 13 (General Provisions) survives (TIC 11.6)');
    case 11:
      if (section === 4 || section === 5 || section === 6) {
        return survives('TIC 11.6', `Article 11.${section} survives (TIC 11.6)`);
      }
      break;
    case 6:
      if (section === undefined || section === 2 || section === 3) {
        return survives(
          'TIC 11.6',
          'termination does not relieve the Licensee of its obligations under Article 6 with ' +
            'respect to payment of Associated Expenses (TIC 6.2–6.3) (TIC 11.6)',
        );
      }
      return {
        survives: false,
        until: null,
        article: 'TIC 11.6',
        reason:
          `${cited} does not survive termination: TIC 11.6 keeps Article 6 in force only with ` +
          'respect to payment of Associated Expenses (TIC 6.2–6.3)',
      };
  }
  return {
    survives: false,
    until: null,
    article: 'TIC 11.6',
    reason:
      `${cited} does not survive termination: TIC 11.6 keeps in force only Articles 10, 11.4, ` +
      '11.5, 11.6 and 13 and the obligations under Articles 6 (Associated Expenses), 8, 10 and 12',
  };
}

/**
 * Whether the obligation an article imposes survives the contract's termination (or expiry):
 * - TIC 11.6: the obligations under Art. 6 (payment of Associated Expenses), 8 (Confidential
 *   Information), 10 (Technology) and 12 (compliance with laws), and Articles 10, 11.4, 11.5,
 *   11.6 and 13; TIC 8.7 and 12.2 each say so again for their own article. No end date.
 * - JVC: Chapter 17 (Art. 96–100, confidentiality) survives (Art. 100) for two years after
 *   the early termination or dissolution (Art. 96): until `terminatedOn` + 2 years. No other
 *   JVC article survives.
 */
export function survivesTermination({
  governingContract,
  article,
  terminatedOn,
}: {
  governingContract: GoverningContract;
  article: string;
  terminatedOn: string;
}): Survival {
  assertIsoDate({ field: 'terminatedOn', value: terminatedOn });
  if (governingContract !== 'TIC' && governingContract !== 'JVC') {
    throw new BadInputError('governingContract', `unknown contract ${String(governingContract)}`);
  }
  const { articleNo, section, ref } = parseReference(governingContract, article);
  if (governingContract === 'TIC') return ticSurvival(articleNo, section, ref);

  const cited = cite({ contract: 'JVC', article: ref });
  if (articleNo >= 96 && articleNo <= 100) {
    const until = addOffset({ from: terminatedOn, offset: { years: JVC_CONFIDENTIALITY_YEARS } });
    return {
      survives: true,
      until,
      article: 'JVC Art. 96, 100',
      reason:
        `${cited} is in Chapter 17 (Confidentiality), which survives termination (JVC Art. 100) ` +
        `for two years after the early termination or dissolution (JVC Art. 96): until ${until}`,
    };
  }
  return {
    survives: false,
    until: null,
    article: 'JVC Art. 100',
    reason: `${cited} does not survive termination: only Chapter 17 (Art. 96–100) does (JVC Art. 100)`,
  };
}
