import type { PartyCode } from '../../../src/domain/parties';
import {
  proposedForms,
  scoreConflicts,
  type Candidate,
  type FiledForm,
} from '../../../src/rules/trademarks/conflict-score';
import { markForm } from '../../../src/rules/trademarks/mark-form';

/**
 * Worked examples of the conflict scorer (TIC 10.4; JVC Art. 50). The measures PostgreSQL
 * supplies are worked by hand here: Levenshtein distances letter by letter, and Double
 * Metaphone codes by its rules (VALENCE and VALANCE and PHALENCE: F-L-N-S; SAPHION and the
 * pinyin "saifeien": S-F-N).
 */
function candidate(
  proposedText: string,
  filed: { text: string; owner?: PartyCode; classes?: number[]; source?: FiledForm['source'] },
  measures: { distance: number; sameSound: boolean },
  part: 'WHOLE' | 'CORE' = 'WHOLE',
): Candidate {
  const forms = proposedForms(markForm(proposedText));
  const proposed = forms.find((f) => f.part === part)!;
  return {
    markId: `id-${filed.text}`,
    markText: filed.text,
    ownerParty: filed.owner ?? 'VALENCE',
    niceClasses: filed.classes ?? [9],
    proposed,
    filed: { ...markForm(filed.text), source: filed.source ?? 'MARK', text: filed.text },
    ...measures,
  };
}

const score = (candidates: Candidate[], niceClasses: number[] = [9], ownStems?: Set<string>) =>
  scoreConflicts({ niceClasses, candidates, ownStems });

describe('the same letters', () => {
  it.each(['valence', 'Valence', 'VA-LENCE', 'Va Lence', 'Valénce', 'V.A.L.E.N.C.E.'])(
    '%s is IDENTICAL to VALENCE: case, accents, spacing and punctuation do not count',
    (text) => {
      const result = score([
        candidate(text, { text: 'VALENCE' }, { distance: 0, sameSound: true }),
      ]);
      expect(result.level).toBe('IDENTICAL');
      expect(result.score).toBe(1);
      expect(result.closest[0].reasons).toEqual(['SAME_LETTERS']);
    },
  );
});

describe('confusingly similar', () => {
  it('look-alike characters: VA1ENCE reads as VALENCE (1/l)', () => {
    const result = score([
      candidate('VA1ENCE', { text: 'VALENCE' }, { distance: 0, sameSound: false }),
    ]);
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
    expect(result.closest[0].reasons).toContain('LOOK_ALIKE_CHARACTERS');
    expect(result.score).toBe(0.95);
  });

  it('look-alike characters: RNOLICEL reads as MOLICEL (rn/m)', () => {
    // Skeletons: "rnolicel" → "molicel", equal to the filed "molicel".
    const result = score([
      candidate('RNOLICEL', { text: 'MOLICEL' }, { distance: 0, sameSound: false }),
    ]);
    expect(result.closest[0].reasons).toContain('LOOK_ALIKE_CHARACTERS');
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
  });

  it('a one-letter misspelling: VALANCE is one substitution from VALENCE, 1 - 1/7', () => {
    const result = score([
      candidate('Valance', { text: 'VALENCE' }, { distance: 1, sameSound: true }),
    ]);
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
    expect(result.closest[0].reasons).toEqual(['SMALL_EDIT_DISTANCE', 'SAME_SOUND']);
    expect(result.score).toBe(Math.round((1 - 1 / 7) * 1000) / 1000);
  });

  it('a sound-alike: PHALENCE is two edits away but sounds like VALENCE (F-L-N-S)', () => {
    const result = score([
      candidate('Phalence', { text: 'VALENCE' }, { distance: 2, sameSound: true }),
    ]);
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
    expect(result.closest[0].reasons).toEqual(['SAME_SOUND']);
    expect(result.score).toBe(0.85);
  });

  it('a Chinese transliteration of a Latin mark: 赛菲恩 (saifeien) sounds like SAPHION', () => {
    const result = score([
      candidate('赛菲恩', { text: 'SAPHION' }, { distance: 4, sameSound: true }),
    ]);
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
    expect(result.closest[0].reasons).toEqual(['PINYIN']);
  });

  it('a Latin mark that transliterates a Chinese one: FENG FAN is the pinyin of 风帆', () => {
    const result = score([
      candidate('Feng Fan', { text: '风帆', owner: 'FENGFAN' }, { distance: 0, sameSound: true }),
    ]);
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
    expect(result.closest[0]).toMatchObject({
      reasons: ['PINYIN'],
      score: 0.9,
      matchedForm: '风帆',
    });
  });

  it('a known translation or transliteration on file matches by its letters', () => {
    const result = score([
      candidate(
        '瓦伦斯',
        { text: '瓦伦斯', source: 'TRANSLITERATION' },
        { distance: 0, sameSound: true },
      ),
    ]);
    expect(result.closest[0]).toMatchObject({ reasons: ['KNOWN_RENDERING'], score: 0.95 });
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
  });

  it('the distinctive word with descriptive words around it is a shared stem, not identical', () => {
    const forms = proposedForms(markForm('Valence Cells'));
    expect(forms.map((f) => [f.part, f.letters])).toEqual([
      ['WHOLE', 'valencecells'],
      ['CORE', 'valence'],
    ]);
    const result = score([
      candidate('Valence Cells', { text: 'VALENCE' }, { distance: 0, sameSound: true }, 'CORE'),
    ]);
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
    expect(result.closest[0].reasons).toEqual(['SHARED_STEM']);
  });
});

describe('clear', () => {
  it('a clearly different mark: PHOENIX is five edits from VALENCE and sounds otherwise', () => {
    const result = score([
      candidate('Phoenix', { text: 'VALENCE' }, { distance: 5, sameSound: false }),
    ]);
    expect(result).toEqual({ level: 'CLEAR', score: 0, closest: [] });
  });

  it('a short common word shares nothing distinctive: CELL against POWER CELL', () => {
    const result = score([
      candidate('Cell', { text: 'Power Cell' }, { distance: 5, sameSound: false }),
    ]);
    expect(result).toEqual({ level: 'CLEAR', score: 0, closest: [] });
  });

  it("the proposer's own word is no conflict: VALENCE ENERGY against the JV's FENGFAN-VALENCE", () => {
    const c = candidate(
      'Valence Energy',
      { text: 'FENGFAN-VALENCE', owner: 'JV', classes: [] },
      { distance: 9, sameSound: false },
    );
    expect(score([c], [9], new Set(['valence'])).level).toBe('CLEAR');
    // The same word held by nobody in its own right would be a shared stem.
    expect(score([c], [9], new Set()).closest[0].reasons).toEqual(['SHARED_STEM']);
  });
});

describe('the goods weigh in', () => {
  const misspelt = (classes: number[]) =>
    score(
      [candidate('Valance', { text: 'VALENCE', classes }, { distance: 1, sameSound: true })],
      [25],
    );

  it('unrelated goods lower a confusingly similar mark to CLEAR, its score times 0.6', () => {
    const result = misspelt([9]);
    expect(result.closest[0].goods).toBe('UNRELATED');
    expect(result.level).toBe('CLEAR');
    expect(result.score).toBe(Math.round((1 - 1 / 7) * 0.6 * 1000) / 1000);
  });

  it('unrelated goods lower an identical mark to CONFUSINGLY_SIMILAR, never to CLEAR', () => {
    const result = score(
      [candidate('VALENCE', { text: 'VALENCE', classes: [9] }, { distance: 0, sameSound: true })],
      [25],
    );
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
    expect(result.score).toBe(0.6);
  });

  it('related classes (1 and 9: the cathode powder of the cells) keep the level, times 0.9', () => {
    const result = score(
      [candidate('Valance', { text: 'VALENCE', classes: [9] }, { distance: 1, sameSound: true })],
      [1],
    );
    expect(result.closest[0].goods).toBe('RELATED_CLASS');
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
    expect(result.score).toBe(Math.round((1 - 1 / 7) * 0.9 * 1000) / 1000);
  });

  it('a mark with no registration on file covers every class (UNKNOWN, weight 1)', () => {
    const result = misspelt([]);
    expect(result.closest[0].goods).toBe('UNKNOWN');
    expect(result.level).toBe('CONFUSINGLY_SIMILAR');
  });
});

describe('the list', () => {
  it('orders by level, then score, and keeps one entry per mark with every reason', () => {
    const result = score([
      candidate('Valance', { text: 'VALENCE' }, { distance: 1, sameSound: true }),
      candidate('Valance', { text: 'VALANCE' }, { distance: 0, sameSound: true }),
      candidate('Valance', { text: 'VALENTE' }, { distance: 2, sameSound: false }),
    ]);
    expect(result.closest.map((c) => [c.markText, c.level])).toEqual([
      ['VALANCE', 'IDENTICAL'],
      ['VALENCE', 'CONFUSINGLY_SIMILAR'],
    ]);
  });
});
