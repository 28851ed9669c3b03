import { fetchTerms, nameKeys, wordGroups } from '../../../src/rules/export/screening-keys';

const shareAKey = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(a);
  return b.some((key) => set.has(key));
};

describe('nameKeys: what is stored for a listed name', () => {
  it('stores each word with its misspelling keys, and adjacent words joined', () => {
    const keys = nameKeys({ words: ['hik', 'vision'] });
    // "hik" has three letters: no deletion keys; "vision" has its six one-letter deletions.
    expect(keys).toEqual(
      expect.arrayContaining([
        'hik',
        'vision',
        'ision',
        'vsion',
        'viion',
        'vison',
        'visin',
        'visio',
      ]),
    );
    expect(keys).toContain('hikvision');
    // The join is stored as written, not misspelt: no deletion of it.
    expect(keys).not.toContain('hkvision');
    expect(keys).toHaveLength(2 + 6 + 1);
  });

  it('folds the romanisation of a join as of a word (kh → h)', () => {
    expect(nameKeys({ words: ['khan', 'bank'] })).toEqual(
      expect.arrayContaining(['khanbank', 'hanbank']),
    );
  });

  it('joins no word with digits, and no join shorter than five letters', () => {
    const keys = nameKeys({ words: ['cetc', '14th'] });
    expect(keys.filter((k) => k.includes('14th'))).toEqual(['14th']);
    expect(nameKeys({ words: ['ab', 'cd'] })).toEqual(['ab', 'cd']);
  });
});

describe('fetchTerms: what a screened name looks up', () => {
  it('looks up each distinctive word, then its joins with its neighbours', () => {
    // 华为技术 → "hua wei technology": hua and wei are distinctive, technology generic. A pair
    // with a fragment (four letters or fewer) is joined; "hua wei technology" is not three
    // fragments.
    expect(fetchTerms({ words: ['hua', 'wei', 'technology'] }).map((t) => t.term)).toEqual([
      'hua',
      'wei',
      'huawei',
      'weitechnology',
    ]);
  });

  it('joins three fragments (哈尔滨 → "ha er bin"), not two whole words', () => {
    expect(fetchTerms({ words: ['ha', 'er', 'bin', 'gong'] }).map((t) => t.term)).toContain(
      'haerbin',
    );
    // "kharazmi petrochemical" is two words in every spelling: each is looked up already.
    expect(
      fetchTerms({ words: ['bandar', 'kharazmi', 'petrochemical'] }).map((t) => t.term),
    ).toEqual(['kharazmi', 'bandar']);
  });

  it('finds a name the list writes in one word from the syllables of its characters', () => {
    const huawei = fetchTerms({ words: ['hua', 'wei', 'technology'] }).find(
      (t) => t.term === 'huawei',
    );
    expect(shareAKey(huawei?.keys ?? [], nameKeys({ words: ['huawei', 'technologies'] }))).toBe(
      true,
    );
  });

  it('finds a name the list writes in two words from the one word screened', () => {
    const [hikvision] = fetchTerms({ words: ['hikvision'] });
    expect(shareAKey(hikvision.keys, nameKeys({ words: ['hik', 'vision'] }))).toBe(true);
  });

  it('finds a misspelt distinctive word by a shared deletion (patco / pauco share "paco")', () => {
    const [pauco] = fetchTerms({ words: ['pauco', 'group'] });
    expect(pauco.term).toBe('pauco');
    expect(shareAKey(pauco.keys, nameKeys({ words: ['patco', 'group'] }))).toBe(true);
  });

  it('does not look up a long generic word misspelt: it would fetch every name with the word', () => {
    // "technlogy" is "technology" one letter off: as generic as the word.
    expect(fetchTerms({ words: ['megvii', 'technlogy'] }).map((t) => t.term)).toEqual(['megvii']);
    // Short words are left alone: "sina" is not "sino" misspelt.
    expect(fetchTerms({ words: ['sina'] }).map((t) => t.term)).toEqual(['sina']);
    // With nothing else, the name is looked up by its words, as one of generic words only.
    expect(wordGroups({ words: ['fj', 'technlogy'] })).toEqual([['fj', 'technlogy']]);
  });

  it('has nothing to look up in a name of generic words only (fetched as a whole)', () => {
    expect(fetchTerms({ words: ['beijing', 'technology', 'group'] })).toEqual([]);
  });

  it('joins no more than maxJoined runs', () => {
    // 中兴通讯 → "zhong xing tong xun": pairs zhongxing, xingtong, tongxun and the three
    // fragments xingtongxun could be joined; two are.
    const terms = fetchTerms({ words: ['zhong', 'xing', 'tong', 'xun'], maxJoined: 2 });
    expect(terms.map((t) => t.term)).toEqual([
      'zhong',
      'tong',
      'xing',
      'xun',
      'zhongxing',
      'xingtong',
    ]);
  });
});

describe('wordGroups: what a name of generic words only looks up', () => {
  it('all its words, and all but one of them when it has three or more', () => {
    expect(wordGroups({ words: ['semiconductor', 'manufacturing', 'international'] })).toEqual([
      ['semiconductor', 'manufacturing', 'international'],
      ['manufacturing', 'international'],
      ['semiconductor', 'international'],
      ['semiconductor', 'manufacturing'],
    ]);
  });

  it('leaves out legal-form words left inside the name ("co" before "International")', () => {
    const groups = wordGroups({
      words: ['electronic', 'components', 'industries', 'co', 'international'],
    });
    expect(groups[0]).toEqual(['electronic', 'components', 'industries', 'international']);
    expect(groups).toHaveLength(1 + 4);
    // One group leaves "international" out: the listed "Electronic Components Industries Co".
    expect(groups).toContainEqual(['electronic', 'components', 'industries']);
  });

  it('two words are looked up together only: one generic word is no name', () => {
    expect(wordGroups({ words: ['beijing', 'technology'] })).toEqual([['beijing', 'technology']]);
  });

  it('a name with a distinctive word has no group: its terms find it', () => {
    expect(wordGroups({ words: ['huawei', 'technologies'] })).toEqual([]);
  });
});
