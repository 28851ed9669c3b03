const later = (a: string, b: string) => (a > b ? a : b);

export interface TicConditions {
  /** The JV's Establishment Date: the issue of its Business License (JVC Art. 8, 103). */
  establishedOn: string | null;
  /** The Licensee's ratification (TIC 1.4; JVC Art. 42: by its Board, at the first meeting). */
  ratifiedOn: string | null;
  /** The Examination and Approval Authority's approval of the TIC (JVC Art. 42). */
  authorityApprovedOn: string | null;
  /** The U.S. export licences and approvals Valence obtains (TIC 4.1). */
  exportApprovedOn: string | null;
}

export interface TicEffectiveness {
  /**
   * The Effective Date: the Licensee's ratification following its establishment (TIC 1.4), and
   * not before the Authority's approval, on which the TIC "shall come into effect" (JVC Art.
   * 42). The term runs from it (TIC 11.1), and so do the deliveries of TIC 7.1(a)/(b).
   */
  effectiveDate: string | null;
  /**
   * The day the TIC takes effect: the Effective Date once the export approval, "a condition of
   * this Contract taking effect" (TIC 4.1), is also obtained; the later of the two.
   */
  takesEffectOn: string | null;
  /** Every condition, with the day it was fulfilled (null: not yet), for a client to show. */
  conditions: Array<{ condition: string; article: string; fulfilledOn: string | null }>;
  /** What is still missing, each with its article. */
  missing: Array<{ condition: string; article: string }>;
}

/**
 * When the TIC takes effect, derived from the events that the texts make its conditions: the
 * Licensee's ratification after its establishment (TIC 1.4; JVC Art. 42), the Authority's
 * approval (JVC Art. 42) and the U.S. export approval (TIC 4.1). A ratification before the
 * establishment is no ratification "following the establishment of the Licensee" and counts
 * for nothing.
 */
export function ticEffectiveness(facts: TicConditions): TicEffectiveness {
  const { establishedOn, authorityApprovedOn, exportApprovedOn } = facts;
  const ratifiedOn =
    facts.ratifiedOn !== null && establishedOn !== null && facts.ratifiedOn >= establishedOn
      ? facts.ratifiedOn
      : null;
  const conditions: TicEffectiveness['conditions'] = [
    {
      condition: "the Licensee's establishment",
      article: 'TIC 1.4; JVC Art. 8',
      fulfilledOn: establishedOn,
    },
    {
      condition: "the Licensee's ratification",
      article: 'TIC 1.4; JVC Art. 42',
      fulfilledOn: ratifiedOn,
    },
    {
      condition: 'the approval of the Examination and Approval Authority',
      article: 'JVC Art. 42',
      fulfilledOn: authorityApprovedOn,
    },
    { condition: 'the U.S. export approval', article: 'TIC 4.1', fulfilledOn: exportApprovedOn },
  ];
  const missing = conditions
    .filter((c) => c.fulfilledOn === null)
    .map(({ condition, article }) => ({ condition, article }));
  const effectiveDate =
    ratifiedOn !== null && authorityApprovedOn !== null
      ? later(ratifiedOn, authorityApprovedOn)
      : null;
  const takesEffectOn =
    effectiveDate !== null && exportApprovedOn !== null
      ? later(effectiveDate, exportApprovedOn)
      : null;
  return { effectiveDate, takesEffectOn, conditions, missing };
}
