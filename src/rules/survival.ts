import { BadInputError } from '../errors';
import { addOffset } from './calendar';
import { cite, type GoverningContract } from './citation';
import { articleNumber } from './article-reference';
import { assertIsoDate } from './iso-date';
import type { PartyCode } from '../domain/parties';

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

/** Who an article's surviving obligations bind; null: every party. */
type Bound = readonly PartyCode[] | null;

function ticSurvival(
  articleNo: number,
  section: number | undefined,
  ref: string,
  obligor: PartyCode | null,
): Survival {
  const cited = cite({ contract: 'TIC', article: ref });
  const survives = (article: string, reason: string, bound: Bound = null): Survival =>
    bound && obligor && !bound.includes(obligor)
      ? {
          survives: false,
          until: null,
          article,
          reason:
            `${cited} does not survive termination for ${obligor}: ${article} keeps in force ` +
            `only the obligations of ${bound.join(' and ')} under it`,
        }
      : {
          survives: true,
          until: null,
          article,
          reason: `${cited} survives termination for any reason, without limit of time: ${reason}`,
        };
  switch (articleNo) {
    case 8:
      return survives(
        'TIC 8.7',
        "Fengfan's, the Licensee's and Valence's obligations under Article 8 (Confidential " +
          'Information) survive the termination for any reason whatsoever (TIC 8.7; also TIC 11.6)',
      );
    case 12:
      return section === 2
        ? survives(
            'TIC 12.2',
            'the export-control obligations of Fengfan and the Licensee survive the termination ' +
              'for any reason whatsoever (TIC 12.2; also TIC 11.6)',
            ['FENGFAN', 'JV'],
          )
        : survives(
            'TIC 11.6',
            'termination does not relieve the Licensee of its obligations under Article 12 ' +
              '(compliance with applicable laws) (TIC 11.6)',
            ['JV'],
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
          ['JV'],
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
 * Whether the obligation an article imposes on `obligor` survives the contract's end, and until
 * when:
 * - TIC 11.6 names the articles and whom they keep bound: the Licensee's obligations under Art.
 *   6 (payment of Associated Expenses), 8, 10 and 12; "additional Articles" 10, 11.4, 11.5, 11.6
 *   and 13 survive as a whole. TIC 8.7 keeps Art. 8 for Fengfan, the Licensee and Valence;
 *   TIC 12.2 keeps Fengfan's and the Licensee's export-control obligations. No end date.
 * - JVC Chapter 17 (Art. 96–100) survives "for the periods stated herein" (Art. 100): Art. 96
 *   binds "during the Contract Term, or during the term of the Joint Venture Company and for two
 *   (2) years after the early termination or dissolution of the Joint Venture Company prior to
 *   the expiration of the Contract Term": two years after an early termination, nothing after
 *   the natural expiry of the term.
 * - JVC Art. 45(1): Party A (Fengfan) and its Affiliates shall not "at any time during or after
 *   the Contract Term" use the technology except to market and sell the JV's batteries: it
 *   binds Fengfan without end. No other JVC article survives.
 * `obligor` null (a clause whose obligor depends on the occasion) is judged as the party the
 * article binds.
 */
export function survivesTermination({
  governingContract,
  article,
  terminatedOn,
  obligor = null,
  ending = 'TERMINATION',
}: {
  governingContract: GoverningContract;
  article: string;
  /** The day the contract ended (terminated, or its term expired). */
  terminatedOn: string;
  obligor?: PartyCode | null;
  /** An early termination, or the natural expiry of the term. */
  ending?: 'TERMINATION' | 'EXPIRY';
}): Survival {
  assertIsoDate({ field: 'terminatedOn', value: terminatedOn });
  if (governingContract !== 'TIC' && governingContract !== 'JVC') {
    throw new BadInputError('governingContract', `unknown contract ${String(governingContract)}`);
  }
  const { articleNo, section, ref } = parseReference(governingContract, article);
  if (governingContract === 'TIC') return ticSurvival(articleNo, section, ref, obligor);

  const cited = cite({ contract: 'JVC', article: ref });
  if (articleNo >= 96 && articleNo <= 100) {
    if (ending === 'EXPIRY') {
      return {
        survives: false,
        until: null,
        article: 'JVC Art. 96, 100',
        reason:
          `${cited} bound during the Contract Term; its two-year tail follows only an early ` +
          'termination or dissolution (JVC Art. 96): on the natural expiry of the term it does not survive',
      };
    }
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
  if (
    articleNo === 45 &&
    !/^45\s*\((2|3)\)/.test(ref) &&
    (obligor === null || obligor === 'FENGFAN')
  ) {
    return {
      survives: true,
      until: null,
      article: 'JVC Art. 45(1)',
      reason:
        `${cited} survives: Party A and its Affiliates shall not at any time during or after the ` +
        'Contract Term use the technology except to market and sell the JV’s batteries (JVC Art. 45(1))',
    };
  }
  return {
    survives: false,
    until: null,
    article: 'JVC Art. 100',
    reason: `${cited} does not survive termination: only Chapter 17 (Art. 96–100) does (JVC Art. 100), and Fengfan's undertaking of Art. 45(1)`,
  };
}

export type EndingEffect =
  | { effect: 'ACCRUED'; article: string; reason: string }
  | { effect: 'SURVIVES'; survival: Survival }
  | { effect: 'CLOSES'; survival: Survival };

/**
 * What the end of a contract does to one OPEN obligation under it:
 * - due before the end and not performed, it is an accrued breach: it stays OPEN (MISSED), for
 *   termination keeps "any legal remedy" (TIC 11.2) and damages accrued (JVC Art. 99, 113);
 * - otherwise it survives by the article that keeps it (survivesTermination), or closes.
 */
export function obligationAtEnd({
  governingContract,
  obligation,
  endedOn,
  ending = 'TERMINATION',
}: {
  governingContract: GoverningContract;
  obligation: { article: string; dueOn: string | null; obligorParty: PartyCode | null };
  endedOn: string;
  ending?: 'TERMINATION' | 'EXPIRY';
}): EndingEffect {
  if (obligation.dueOn !== null && obligation.dueOn < endedOn) {
    return {
      effect: 'ACCRUED',
      article: governingContract === 'TIC' ? 'TIC 11.2' : 'JVC Art. 99, 113',
      reason:
        `Due ${obligation.dueOn}, before the contract ended on ${endedOn}: an accrued breach ` +
        'stays on record, and the remedies for it survive the end of the contract',
    };
  }
  const survival = survivesTermination({
    governingContract,
    article: articleNumber({ citation: obligation.article }),
    terminatedOn: endedOn,
    obligor: obligation.obligorParty,
    ending,
  });
  return survival.survives ? { effect: 'SURVIVES', survival } : { effect: 'CLOSES', survival };
}
