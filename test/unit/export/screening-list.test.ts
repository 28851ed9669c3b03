import { screeningListFinding } from '../../../src/rules/export/screening-list';
import { wordKeys } from '../../../src/rules/export/screening-score';
import { checkCoversRelease, judgeRelease } from '../../../src/rules/export/release-gate';

describe('screeningListFinding: fail closed without a current list', () => {
  const now = new Date('2026-12-06T12:00:00Z');

  it('no list imported → REVIEW, saying how to import one', () => {
    const finding = screeningListFinding({ list: null, now, maxAgeDays: 30 });
    expect(finding).toMatchObject({
      step: 'SCREENING',
      code: 'SCREENING_LIST_MISSING',
      effect: 'REVIEW',
    });
    expect(finding?.message).toContain('import:screening-list');
  });

  it.each([
    // 2026-11-06 to 2026-12-06 is 30 days: still current; one day more is stale.
    { listDate: '2026-11-06', stale: false },
    { listDate: '2026-11-05', stale: true },
    { listDate: '2022-05-06', stale: true },
  ])('a list dated $listDate, 30 days allowed → stale: $stale', ({ listDate, stale }) => {
    const list = { id: 'v1', listDate, importedAt: now };
    const finding = screeningListFinding({ list, now, maxAgeDays: 30 });
    expect(finding === null).toBe(!stale);
    if (stale) expect(finding).toMatchObject({ code: 'SCREENING_LIST_STALE', effect: 'REVIEW' });
  });

  it('dates an undated list by its import', () => {
    const list = { id: 'v1', listDate: null, importedAt: new Date('2026-10-01T00:00:00Z') };
    expect(screeningListFinding({ list, now, maxAgeDays: 30 })?.message).toMatch(
      /66 days old \(imported 2026-10-01/,
    );
  });
});

describe('wordKeys: one letter off in a short word still meets', () => {
  it('gives a word, its fold and its one-letter deletions', () => {
    expect(wordKeys({ words: ['horse'] }).sort()).toEqual(
      ['horse', 'orse', 'hrse', 'hose', 'hore', 'hors'].sort(),
    );
  });

  it.each([
    ['casqia', 'caspia'], // a letter changed
    ['hosse', 'horse'],
    ['tesa', 'tesla'], // a letter dropped
    ['web', 'veb'], // romanisation: w / v
  ])('"%s" and "%s" share a key', (a, b) => {
    const keys = new Set(wordKeys({ words: [a] }));
    expect(wordKeys({ words: [b] }).some((k) => keys.has(k))).toBe(true);
  });

  it.each([
    ['arruitectps', 'arquitectos'], // two letters changed in eleven
    ['mfcatfch', 'mecatech'], // two letters changed in eight
    ['ramdhasan', 'ramcharan'],
  ])('"%s" and "%s" (two letters apart, eight letters or more) share a key', (a, b) => {
    const keys = new Set(wordKeys({ words: [a] }));
    expect(wordKeys({ words: [b] }).some((k) => keys.has(k))).toBe(true);
  });

  it('gives two-letter deletions only from eight letters: "bristol" and "brinton" do not meet', () => {
    // Seven letters allow one edit; b-r-i-s-t-o-l / b-r-i-n-t-o-n differ in two places.
    const keys = new Set(wordKeys({ words: ['bristol'] }));
    expect(wordKeys({ words: ['brinton'] }).some((k) => keys.has(k))).toBe(false);
    // 1 word + 7 one-letter deletions (all different) + 7 × 6 / 2 two-letter ones at most.
    expect(wordKeys({ words: ['mecatech'] }).length).toBeLessThanOrEqual(1 + 8 + 28);
    expect(wordKeys({ words: ['bristol'] })).toHaveLength(8);
  });

  it('keeps short words and words with digits whole', () => {
    expect(wordKeys({ words: ['zte', '12th'] })).toEqual(['zte', '12th']);
  });
});

describe('judgeRelease: the gate checks what is released', () => {
  const check = {
    id: 'c1',
    runAt: new Date('2026-12-01T00:00:00Z'),
    runRoles: ['COMPLIANCE' as const],
    decision: 'NO_LICENSE_REQUIRED' as const,
    items: [{ eccn: 'EAR99', kind: 'PRODUCT' as const, technology: false }],
    declaredEndUse: 'Cells for electric buses',
  };
  const request = {
    recipientName: 'Baoding Example Co., Ltd.',
    destination: 'CN',
    items: [{ eccn: 'EAR99', kind: 'PRODUCT' as const }],
    endUse: 'cells for  electric buses',
  };

  it('passes a passing check of these items and end use, the recipient clear now', () => {
    expect(judgeRelease({ request, check, listFinding: null, matches: [] }).passed).toBe(true);
  });

  it('refuses other items, and an E (technology) ECCN labelled PRODUCT is Technology', () => {
    expect(
      checkCoversRelease({ check, request: { ...request, items: [{ eccn: '3E001' }] } }).covers,
    ).toBe(false);
    const labelled = {
      ...check,
      runRoles: ['ENGINEER' as const],
      items: [{ eccn: '3E001', kind: 'PRODUCT' as const }],
    };
    const verdict = judgeRelease({
      request: { ...request, items: [{ eccn: '3E001', kind: 'PRODUCT' as const }] },
      check: labelled,
      listFinding: null,
      matches: [],
    });
    expect(verdict.passed).toBe(false);
    expect(verdict.reason).toMatch(/ENGINEER alone/);
  });

  it('refuses another end use', () => {
    const verdict = judgeRelease({
      request: { ...request, endUse: 'Missile guidance' },
      check,
      listFinding: null,
      matches: [],
    });
    expect(verdict).toMatchObject({ passed: false });
    expect(verdict.reason).toMatch(/end use/);
  });

  it('refuses on a stale list, and on a match nobody cleared; a cleared one passes', () => {
    const stale = screeningListFinding({
      list: { id: 'v', listDate: '2022-05-06', importedAt: new Date() },
      now: new Date('2026-12-06T00:00:00Z'),
      maxAgeDays: 30,
    });
    expect(judgeRelease({ request, check, listFinding: stale, matches: [] }).passed).toBe(false);
    const match = {
      listCode: 'EL',
      entryId: 'e1',
      matchedName: 'Baoding Example',
      level: 'POSSIBLE' as const,
    };
    expect(
      judgeRelease({ request, check, listFinding: null, matches: [{ ...match, answer: null }] })
        .passed,
    ).toBe(false);
    expect(
      judgeRelease({
        request,
        check,
        listFinding: null,
        matches: [{ ...match, answer: 'CLEARED' }],
      }).passed,
    ).toBe(true);
  });
});
