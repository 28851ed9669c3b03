/**
 * The one spelling of a licence number under which it is stored and compared: agencies
 * treat `X-D-2`, `x-d-2` and `X-D-2` with an invisible character as the same licence.
 * Compatibility forms (full-width letters) become plain ones, invisible and control
 * characters go, every dash becomes `-`, runs of spaces become one, letters are upper case.
 * The migration 1763900300300-normalise-licence-numbers applies the same steps in SQL.
 */
export function normaliseLicenceNumber(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Cc}]/gu, '')
    .replace(/\p{Pd}|\u2212/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}
