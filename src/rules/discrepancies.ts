import { cite } from './citation';

/** One statement of a fact in a contract, its value already normalised ('USD 7241000'). */
export interface ContractTerm {
  contractCode: string;
  name: string;
  article: string;
  value: string;
}

export interface Discrepancy {
  name: string;
  values: Array<{ value: string; statedIn: Array<{ contractCode: string; article: string }> }>;
  message: string;
}

/**
 * Terms with the same `name` state the same fact (in one contract or in both). Every name whose
 * statements disagree is reported, with each value and every article that states it, sorted by
 * name; values appear in the order they were first stated. A name stated consistently everywhere
 * is not reported. Known cases (DOMAIN.md): the technology investment (TIC 6.1, 7.2 vs JVC
 * Art. 32, 42) and the JVC's signing date (JVC signature block vs TIC Recital E and 13.11).
 */
export function findDiscrepancies({ terms }: { terms: readonly ContractTerm[] }): Discrepancy[] {
  type Source = { contractCode: string; article: string };
  const byName = new Map<string, Map<string, Source[]>>();
  for (const { contractCode, name, article, value } of terms) {
    const values = byName.get(name) ?? new Map<string, Source[]>();
    byName.set(name, values);
    const statedIn = values.get(value) ?? [];
    values.set(value, statedIn);
    if (!statedIn.some((s) => s.contractCode === contractCode && s.article === article)) {
      statedIn.push({ contractCode, article });
    }
  }

  const discrepancies: Discrepancy[] = [];
  for (const [name, values] of byName) {
    if (values.size < 2) continue;
    const list = [...values].map(([value, statedIn]) => ({ value, statedIn }));
    const message =
      `${name} is stated differently: ` +
      list
        .map(
          ({ value, statedIn }) =>
            `${value} in ${statedIn.map((s) => cite({ contract: s.contractCode, article: s.article })).join(', ')}`,
        )
        .join('; ');
    discrepancies.push({ name, values: list, message });
  }
  return discrepancies.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
