import { memoised } from '../../../src/rules/export/memo';

describe('memoised: a pure function asked once per key', () => {
  it('answers again from what it kept, and forgets all at once when full', () => {
    const asked: string[] = [];
    const upper = memoised((word: string) => {
      asked.push(word);
      return word.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(asked).toEqual(['a', 'b']);
    // Full at two: the third key clears the map, so "a" is asked again afterwards.
    expect(upper('c')).toBe('C');
    expect(upper('a')).toBe('A');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keeps false answers too (isLegalFormWord answers false most of the time)', () => {
    let calls = 0;
    const no = memoised((_word: string) => {
      calls += 1;
      return false;
    });
    expect([no('x'), no('x')]).toEqual([false, false]);
    expect(calls).toBe(1);
  });
});
