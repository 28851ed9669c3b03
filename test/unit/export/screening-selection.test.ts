import { selectMatches, type ScoredCandidate } from '../../../src/rules/export/screening-selection';

const candidate = (over: Partial<ScoredCandidate>): ScoredCandidate => ({
  partyId: 'p1',
  listCode: 'EL',
  matchedName: 'Example Trading',
  alias: false,
  score: 0.9,
  level: 'STRONG',
  ...over,
});

describe('selectMatches: one match per entry, the lists that may apply, no flood', () => {
  it('keeps the best name of each entry, the entry’s own name on a tie, in any order', () => {
    const alias = candidate({ matchedName: 'EXAMPLE TRADING', alias: true });
    const own = candidate({ matchedName: 'EXAMPLE TRADING CO., LTD.' });
    for (const candidates of [
      [alias, own],
      [own, alias],
    ]) {
      expect(selectMatches({ candidates, maxPossible: 5 })).toEqual([own]);
    }
  });

  it('reports STRONG matches and the best POSSIBLE one of each other list', () => {
    const selected = selectMatches({
      candidates: [
        candidate({ partyId: 'el', score: 0.95 }),
        candidate({ partyId: 'el-branch', score: 0.75, level: 'POSSIBLE' }),
        candidate({ partyId: 'dpl', listCode: 'DPL', score: 0.72, level: 'POSSIBLE' }),
        candidate({ partyId: 'dpl-2', listCode: 'DPL', score: 0.71, level: 'POSSIBLE' }),
      ],
      maxPossible: 5,
    });
    expect(selected.map((m) => m.partyId)).toEqual(['el', 'dpl']);
  });

  it('without a STRONG match, the maxPossible best POSSIBLE ones', () => {
    const candidates = [0.71, 0.8, 0.75].map((score, i) =>
      candidate({ partyId: `p${i}`, score, level: 'POSSIBLE' }),
    );
    expect(selectMatches({ candidates, maxPossible: 2 }).map((m) => m.score)).toEqual([0.8, 0.75]);
  });
});
