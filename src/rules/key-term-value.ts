import type { KeyTermKind, PeriodUnit } from '../domain/contracts';

export interface KeyTermFacts {
  kind: KeyTermKind;
  amount: string | null;
  currency: string | null;
  unit: PeriodUnit | null;
  dateValue: string | null;
  textValue: string | null;
}

/**
 * One comparable string per stated fact — 'USD 7241000', '60 DAYS', '49%', '2003-07-08', or
 * the words of a date printed incompletely — so that two statements of the same fact can be
 * compared (findDiscrepancies). Amounts are exact decimals; trailing zeros do not count.
 */
export function keyTermValue({ term }: { term: KeyTermFacts }): string {
  switch (term.kind) {
    case 'MONEY':
      return `${term.currency} ${Number(term.amount)}`;
    case 'PERIOD':
      return `${Number(term.amount)} ${term.unit}`;
    case 'PERCENTAGE':
      return `${Number(term.amount)}%`;
    case 'COUNT':
      return String(Number(term.amount));
    case 'DATE':
      return term.dateValue ?? term.textValue ?? '';
  }
}
