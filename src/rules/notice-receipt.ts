import type { NoticeMethod } from '../domain/contracts';
import { BadInputError } from '../errors';
import { addOffset, addWorkingDays, localDate, timeZoneOf, type CalendarCountry } from './calendar';
import type { GoverningContract } from './citation';
import type { Finding } from './finding';

export interface DeemedReceipt {
  /** The deemed date of receipt in the recipient's calendar, or null when none can be deemed. */
  deemedReceivedOn: string | null;
  article: string;
  findings: Finding[];
}

const ARTICLE: Record<GoverningContract, string> = { TIC: 'TIC 13.3', JVC: 'JVC Art. 127' };

/** Methods each notice clause provides for. TIC 13.3 has no e-mail; JVC Art. 127 has it. */
const METHODS: Record<GoverningContract, readonly NoticeMethod[]> = {
  TIC: ['COURIER', 'POST', 'FAX'],
  JVC: ['COURIER', 'POST', 'FAX', 'EMAIL'],
};

const LETTER_DAYS = 14;
const ELECTRONIC_WORKING_DAYS = 1;

/**
 * When a notice is deemed received (TIC 13.3; JVC Art. 127):
 * - courier or post: fourteen (14) calendar days after the letter is given to the courier or
 *   postal service — a hand-over that happens where the sender is, so that day is the sender's
 *   calendar date (in the sender's time zone);
 * - fax (both contracts) or e-mail (JVC only): one (1) working day after sending, in the
 *   recipient's country, provided it is evidenced by a confirmation receipt (and a confirmation
 *   letter sent by courier or post). Without the confirmation no receipt is deemed.
 */
export function deemedReceipt({
  governingContract,
  method,
  sentAt,
  confirmationReceived,
  senderCountry,
  recipientCountry,
  recipientRegion,
  languages,
}: {
  governingContract: GoverningContract;
  method: NoticeMethod;
  sentAt: Date;
  confirmationReceived: boolean;
  /** Where the sender hands a letter to the courier or post: its date is the sender's. */
  senderCountry: CalendarCountry;
  recipientCountry: CalendarCountry;
  recipientRegion?: string;
  /** ISO 639-1 codes of the languages it is written in; judged under the JVC when given. */
  languages?: readonly string[];
}): DeemedReceipt {
  const article = ARTICLE[governingContract];
  if (!article) {
    throw new BadInputError('governingContract', `unknown contract ${String(governingContract)}`);
  }
  const timeZone = timeZoneOf(recipientCountry);
  const sentOn = localDate({ instant: sentAt, timeZone });
  const findings: Finding[] = [];
  const fail = (code: string, message: string): DeemedReceipt => ({
    deemedReceivedOn: null,
    article,
    findings: [...findings, { code, article, status: 'FAIL', message }],
  });

  if (!METHODS[governingContract].includes(method)) {
    return fail(
      'NOTICE_METHOD_NOT_PROVIDED',
      governingContract === 'TIC' && method === 'EMAIL'
        ? 'TIC 13.3 provides for notices by registered air mail, courier and fax only: ' +
            'an e-mail is not a notice under the TIC and has no deemed date of receipt'
        : `${method} is not a notice method provided for by ${article}`,
    );
  }
  if (governingContract === 'JVC') findings.push(languageFinding(article, languages));

  if (method === 'COURIER' || method === 'POST') {
    const senderZone = timeZoneOf(senderCountry);
    const handedOverOn = localDate({ instant: sentAt, timeZone: senderZone });
    if (governingContract === 'TIC' && method === 'POST') {
      findings.push({
        code: 'NOTICE_REGISTERED_AIR_MAIL',
        article,
        status: 'INFO',
        message:
          'TIC 13.3: mail must be registered air mail, postage prepaid, return receipt requested',
      });
    }
    const deemedReceivedOn = addOffset({ from: handedOverOn, offset: { days: LETTER_DAYS } });
    findings.push({
      code: 'NOTICE_DEEMED_RECEIVED',
      article,
      status: 'PASS',
      message:
        `Letter given to the ${method === 'COURIER' ? 'courier' : 'postal'} service on ` +
        `${handedOverOn} (the sender's date, ${senderZone}); deemed received ${LETTER_DAYS} days later, on ${deemedReceivedOn} (${article})`,
    });
    return { deemedReceivedOn, article, findings };
  }

  const medium = method === 'FAX' ? 'fax' : 'e-mail';
  if (!confirmationReceived) {
    return fail(
      'NOTICE_CONFIRMATION_MISSING',
      `A ${medium} is deemed received one working day after sending only if evidenced by a ` +
        `confirmation receipt and a confirmation letter sent by courier or post (${article}): ` +
        'no confirmation has been recorded, so no date of receipt is deemed',
    );
  }
  const deemedReceivedOn = addWorkingDays({
    from: sentOn,
    days: ELECTRONIC_WORKING_DAYS,
    country: recipientCountry,
    region: recipientRegion,
  });
  findings.push({
    code: 'NOTICE_DEEMED_RECEIVED',
    article,
    status: 'PASS',
    message:
      `${medium === 'fax' ? 'Fax' : 'E-mail'} sent on ${sentOn} (${timeZone}) with a confirmation ` +
      `receipt; deemed received one working day after sending in ` +
      `${recipientRegion ? `${recipientCountry}-${recipientRegion}` : recipientCountry}, ` +
      `on ${deemedReceivedOn} (${article})`,
  });
  findings.push({
    code: 'NOTICE_CONFIRMATION_LETTER',
    article,
    status: 'INFO',
    message: `${article}: the confirmation letter must be sent by courier or post`,
  });
  return { deemedReceivedOn, article, findings };
}

/** JVC Art. 127: notices are made in writing in Chinese and English. */
function languageFinding(article: string, languages: readonly string[] | undefined): Finding {
  if (languages === undefined) {
    return {
      code: 'NOTICE_LANGUAGES',
      article,
      status: 'INFO',
      message: 'JVC Art. 127: the notice must be in writing in Chinese and English',
    };
  }
  const missing = ['zh', 'en'].filter((language) => !languages.includes(language));
  return missing.length === 0
    ? { code: 'NOTICE_LANGUAGES', article, status: 'PASS', message: 'Sent in Chinese and English' }
    : {
        code: 'NOTICE_LANGUAGES',
        article,
        status: 'WARN',
        message: `JVC notices are to be in Chinese and English; missing: ${missing.join(', ')}`,
      };
}
