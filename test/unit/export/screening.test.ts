import { normaliseName } from '../../../src/rules/export/screening-normalise';
import {
  DEFAULT_SCREENING_THRESHOLDS,
  DEFAULT_SCREENING_WEIGHTS,
  scoreMatch,
  trigrams,
  trigramSimilarity,
  type ScreeningLevel,
} from '../../../src/rules/export/screening-score';

// Names marked "CSL" are copied from the Consolidated Screening List of 2022-05
// (../shared/data/export-control/csl/consolidated_screening_list_2022-05.csv.gz), exactly as
// written there, including its quirks ("and …" at the start of an alias).

describe('normaliseName: one form for list names and screened names', () => {
  it.each<{ name: string; normalised: string; tokens: string[]; legalForms: string[] }>([
    {
      name: 'Hefei Meiling Co. Ltd.', // CSL, Entity List
      normalised: 'hefei meiling co ltd',
      tokens: ['hefei', 'meiling'],
      legalForms: ['co ltd'],
    },
    {
      name: 'Huawei Technologies Co., Ltd. (Huawei)', // CSL, Entity List
      normalised: 'huawei technologies co ltd huawei',
      tokens: ['huawei', 'technologies'],
      legalForms: ['co ltd'],
    },
    {
      // Chinese characters become pinyin, one syllable per word; the legal form is reported
      // as written.
      name: '合肥美菱股份有限公司',
      normalised: 'he fei mei ling gu fen you xian gong si',
      tokens: ['fei', 'he', 'ling', 'mei'],
      legalForms: ['股份有限公司'],
    },
    {
      // Polyphonic characters read in context: 厦门 is xia men (not sha men), 银行 yin hang.
      name: '厦门银行',
      normalised: 'xia men yin hang',
      tokens: ['hang', 'men', 'xia', 'yin'],
      legalForms: [],
    },
    {
      // 集团 (group) is not a legal form; 公司 is; 第十四 is the CSL's "14th".
      name: '中国电子科技集团公司第十四研究所',
      normalised: 'china electronics technology group gong si 14th research institute',
      tokens: ['14th', 'china', 'electronics', 'group', 'institute', 'research', 'technology'],
      legalForms: ['公司'],
    },
    {
      // "Group" stays: it tells the parent from its subsidiary.
      name: 'Baoding Fengfan Group Limited Liability Company',
      normalised: 'baoding fengfan group limited liability company',
      tokens: ['baoding', 'fengfan', 'group'],
      legalForms: ['limited liability company'],
    },
    {
      // CSL alias: the pinyin legal form is removed, the pinyin descriptor translated.
      name: 'Beijing Haili Lianhe Keji Youxian Gongsi',
      normalised: 'beijing haili lianhe technology youxian gongsi',
      tokens: ['beijing', 'haili', 'lianhe', 'technology'],
      legalForms: ['youxian gongsi'],
    },
    {
      name: 'ООО «Рога и Копыта»',
      normalised: 'ooo roga i kopyta',
      tokens: ['kopyta', 'roga'],
      legalForms: ['ooo'],
    },
    {
      name: 'OTKRYTOE AKTSIONERNOE OBSHCHESTVO GAZPROM', // CSL romanisation
      normalised: 'otkrytoe aktsionernoe obshchestvo gazprom',
      tokens: ['gazprom'],
      legalForms: ['otkrytoe aktsionernoe obshchestvo'],
    },
    {
      name: 'Ελληνική Εταιρεία Α.Ε.',
      normalised: 'elliniki etaireia ae',
      tokens: ['elliniki', 'etaireia'],
      legalForms: ['ae'],
    },
    {
      name: 'Société Générale S.A.',
      normalised: 'societe generale sa',
      tokens: ['generale', 'societe'],
      legalForms: ['sa'],
    },
    {
      name: 'Comercializadora S.A. de C.V.',
      normalised: 'comercializadora sa de cv',
      tokens: ['comercializadora'],
      legalForms: ['sa de cv'],
    },
    {
      // Short forms only at the edges: "AO" is a legal form here…
      name: 'AO Kronshtadt',
      normalised: 'ao kronshtadt',
      tokens: ['kronshtadt'],
      legalForms: ['ao'],
    },
    {
      // …but the pinyin syllable ao (奥) never is.
      name: '成都天奥电子',
      normalised: 'cheng du tian ao electronics',
      tokens: ['ao', 'cheng', 'du', 'electronics', 'tian'],
      legalForms: [],
    },
    {
      name: "Xi 'an Precision Machinery Research Institute", // CSL alias, apostrophe and all
      normalised: 'xi an precision machinery research institute',
      tokens: ['an', 'institute', 'machinery', 'precision', 'research', 'xi'],
      legalForms: [],
    },
    {
      name: 'and Deep Glint International', // CSL alias with its leading "and"
      normalised: 'and deep glint international',
      tokens: ['deep', 'glint', 'international'],
      legalForms: [],
    },
    {
      // A connector inside a name goes ("Bank of China" = "China Bank")…
      name: 'Bank of China Limited',
      normalised: 'bank of china limited',
      tokens: ['bank', 'china'],
      legalForms: ['limited'],
    },
    {
      // …but not one that starts it.
      name: 'DES INTERNATIONAL CO., LTD.', // CSL
      normalised: 'des international co ltd',
      tokens: ['des', 'international'],
      legalForms: ['co ltd'],
    },
    {
      name: 'ＨＵＡＷＥＩ（深圳）',
      normalised: 'huawei shen zhen',
      tokens: ['huawei', 'shen', 'zhen'],
      legalForms: [],
    },
    {
      // A name made only of a legal form keeps it.
      name: 'L.L.C.',
      normalised: 'llc',
      tokens: ['llc'],
      legalForms: [],
    },
  ])('$name → "$normalised"', ({ name, normalised, tokens, legalForms }) => {
    const result = normaliseName({ name });
    expect(result.normalised).toBe(normalised);
    expect(result.tokens).toEqual(tokens);
    expect(result.legalForms).toEqual(legalForms);
    expect(result.normalised).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
  });

  it('gives the same tokens whatever the word order and legal form', () => {
    const forms = [
      'Huawei Technologies Co., Ltd.',
      'TECHNOLOGIES, HUAWEI',
      'Huawei-Technologies Limited',
      'Huawei Technologies Incorporated',
    ];
    expect(forms.map((name) => normaliseName({ name }).tokens)).toEqual(
      forms.map(() => ['huawei', 'technologies']),
    );
  });

  it('keeps the words in order, without legal forms, in key', () => {
    expect(normaliseName({ name: 'Joint Stock Company Sberbank of Russia' })).toEqual({
      normalised: 'joint stock company sberbank of russia',
      words: ['sberbank', 'russia'],
      tokens: ['russia', 'sberbank'],
      legalForms: ['joint stock company'],
      key: 'sberbank russia',
    });
  });
});

describe('trigramSimilarity: the same number as pg_trgm similarity()', () => {
  // Expected values were taken from PostgreSQL 15 with pg_trgm (SELECT similarity(a, b)); the
  // first three are also worked out by hand below.
  it.each<{ a: string; b: string; expected: number }>([
    // "hefei meiling": {"  h"," he",hef,efe,fei,"ei ","  m"," me",mei,eil,ili,lin,ing,"ng "} = 14;
    // "he fei mei ling": 15 distinct; 10 shared ("  h"," he",fei,"ei ","  m"," me",mei,lin,ing,
    // "ng "); 10 / (14 + 15 − 10) = 10/19.
    { a: 'hefei meiling', b: 'he fei mei ling', expected: 0.5263158 },
    // "word" 5 trigrams, "two words" 10, shared "  w"," wo",wor,ord: 4 / (5 + 10 − 4) = 4/11.
    { a: 'word', b: 'two words', expected: 0.36363637 },
    // "hikvision" 10, "hikvison" 9, shared 7: 7/12.
    { a: 'hikvision', b: 'hikvison', expected: 0.5833333 },
    { a: 'huawei technologies', b: 'technologies huawei', expected: 1 },
    { a: 'valence technology', b: 'valence technology co ltd', expected: 0.7307692 },
    { a: 'Hefei Meiling Co., Ltd.', b: 'HEFEI-MEILING', expected: 0.6666667 },
    { a: '12th', b: '13th', expected: 0.25 },
    { a: 'abc', b: '', expected: 0 },
  ])('similarity("$a", "$b") = $expected', ({ a, b, expected }) => {
    expect(trigramSimilarity(a, b)).toBeCloseTo(expected, 6);
    expect(trigramSimilarity(b, a)).toBeCloseTo(expected, 6);
  });

  it('makes the trigrams pg_trgm shows', () => {
    // SELECT show_trgm('hikvison'), show_trgm('a') in PostgreSQL 15.
    expect([...trigrams('hikvison')].sort()).toEqual(
      ['  h', ' hi', 'hik', 'ikv', 'iso', 'kvi', 'on ', 'son', 'vis'].sort(),
    );
    expect([...trigrams('a')].sort()).toEqual(['  a', ' a ']);
  });
});

type Row = {
  query: string;
  candidate: string;
  alias?: boolean;
  level: ScreeningLevel;
  /** Only where it follows by hand: 1 for the same words. */
  score?: number;
};

describe('scoreMatch: the same party written another way is a STRONG match', () => {
  it.each<Row & { why: string }>([
    {
      why: 'word order swapped',
      query: 'Meiling Hefei',
      candidate: 'Hefei Meiling Co. Ltd.', // CSL, Entity List
      level: 'STRONG',
      score: 1,
    },
    {
      why: 'word order swapped, legal form dropped',
      query: 'Technologies Huawei',
      candidate: 'Huawei Technologies Co., Ltd. (Huawei)', // CSL, Entity List
      level: 'STRONG',
      score: 1,
    },
    {
      why: '"Co., Ltd." removed',
      query: 'Beijing Cloudmind Technology',
      candidate: 'Beijing Cloudmind Technology Co., Ltd.', // CSL, Entity List
      level: 'STRONG',
      score: 1,
    },
    {
      why: '"Co., Ltd." added to an alias',
      query: 'Hikvision Co., Ltd.',
      candidate: 'Hikvision', // CSL alias of Hangzhou Hikvision Digital Technology Co., Ltd.
      alias: true,
      level: 'STRONG',
      score: 1,
    },
    {
      why: '有限公司 form against the English name',
      query: '合肥美菱股份有限公司',
      candidate: 'Hefei Meiling Co. Ltd.', // CSL, Entity List
      level: 'STRONG',
      score: 1,
    },
    {
      why: '有限公司 form against an English alias (信息技术 = Information Technology)',
      query: '天津飞腾信息技术有限公司',
      candidate: 'Tianjin Feiteng Information Technology', // CSL alias of Tianjin Phytium
      alias: true,
      level: 'STRONG',
      score: 1,
    },
    {
      why: '有限公司 form against a pinyin alias',
      query: '北京海利联合科技有限公司',
      candidate: 'Beijing Haili Lianhe Keji Youxian Gongsi', // CSL alias of Beijing Hileed
      alias: true,
      level: 'STRONG',
      score: 1,
    },
    {
      why: 'Chinese characters against the English name with its acronym',
      query: '中国电子科技集团公司第十四研究所',
      candidate: 'China Electronics Technology Group Corporation 14th Research Institute (CETC 14)',
      level: 'STRONG',
    },
    {
      why: 'one letter missing in the distinctive word',
      query: 'Hangzhou Hikvison Digital Technology Co., Ltd.',
      candidate: 'Hangzhou Hikvision Digital Technology Co., Ltd.', // CSL, Entity List
      level: 'STRONG',
    },
    {
      why: 'one letter missing, legal form written differently',
      query: 'Hefei Meilin Co., Ltd.',
      candidate: 'Hefei Meiling Co. Ltd.',
      level: 'STRONG',
    },
    {
      why: 'an alias written as one word, with the list\'s leading "and"',
      query: 'DeepGlint International Ltd',
      candidate: 'and Deep Glint International', // CSL alias of Beijing Geling Shentong
      alias: true,
      level: 'STRONG',
      score: 1,
    },
    {
      why: 'an alias with another legal form',
      query: 'Chengdu Jiashi Technology Co., Ltd.',
      candidate: 'Chengdu Jiashi Technology Co.', // CSL alias of Chengdu GaStone Technology
      alias: true,
      level: 'STRONG',
      score: 1,
    },
  ])('$why: "$query" ~ "$candidate"', ({ query, candidate, alias, level, score }) => {
    const result = scoreMatch({ query: { name: query }, candidate: { name: candidate, alias } });
    expect({ level: result.level, matched: result.matched }).toEqual({ level, matched: true });
    if (score !== undefined) expect(result.score).toBe(score);
  });

  it('explains the match in words', () => {
    // By hand: hangzhou, digital and technology are generic (0.15 each), "hikvison" is one
    // deletion from the nine letters of "hikvision" (1 − 1/9); word set (0.45 + 8/9) / 1.45 =
    // 0.923; characters 0.872 (pg_trgm, see trigramSimilarity); 0.85 × 0.923 + 0.15 × 0.872.
    const result = scoreMatch({
      query: { name: 'Hangzhou Hikvison Digital Technology Co., Ltd.' },
      candidate: { name: 'Hangzhou Hikvision Digital Technology Co., Ltd.' },
    });
    expect(result.reasons).toEqual([
      '"Hangzhou Hikvison Digital Technology Co., Ltd." compared with the listed name ' +
        '"Hangzhou Hikvision Digital Technology Co., Ltd."',
      'legal forms ignored: co ltd (query), co ltd',
      'words in common: hangzhou, digital, technology',
      '"hikvison" taken for "hikvision" (1 letter differ)',
      'word-set similarity 0.923 (word order ignored; a generic word weighs 0.15, a distinctive one 1)',
      'character (trigram) similarity 0.872',
      'score 0.916 ≥ 0.85: STRONG',
    ]);
    expect(result.components).toEqual({
      tokenSet: 0.923,
      characters: 0.872,
      country: 0,
      address: 0,
    });
  });

  it('says which legal forms and joined words it read through', () => {
    const result = scoreMatch({
      query: { name: '合肥美菱股份有限公司' },
      candidate: { name: 'Hefei Meiling Co. Ltd.' },
    });
    expect(result.reasons).toEqual(
      expect.arrayContaining([
        'legal forms ignored: 股份有限公司 (query), co ltd',
        '"he fei" read as one word, like "hefei"',
        '"mei ling" read as one word, like "meiling"',
      ]),
    );
  });
});

describe('scoreMatch: unrelated names that share a common word are NONE', () => {
  it.each<Row>([
    // The joint venture against the only "Battery" entry of the CSL (SDN) and its aliases.
    {
      query: 'Baoding Fengfan-Valence Battery Co., Ltd.',
      candidate: 'NIRU BATTERY MANUFACTURING COMPANY',
      level: 'NONE',
    },
    {
      query: 'Baoding Fengfan-Valence Battery Co., Ltd.',
      candidate: 'THE NIRU BATTERY COMPANY',
      alias: true,
      level: 'NONE',
    },
    {
      query: 'Baoding Fengfan-Valence Battery Co., Ltd.',
      candidate: 'NIROU BATTERY MANUFACTURING SABA BATTERY COMPANY',
      alias: true,
      level: 'NONE',
    },
    // Valence against Entity List "… Technology" entries.
    {
      query: 'Valence Technology, Inc.',
      candidate: 'Beijing Cloudmind Technology Co., Ltd.',
      level: 'NONE',
    },
    {
      query: 'Valence Technology, Inc.',
      candidate: 'Chengdu Spaceon Technology Co., Ltd.',
      level: 'NONE',
    },
    {
      query: 'Valence Technology, Inc.',
      candidate: 'Daxie Technology',
      alias: true,
      level: 'NONE',
    },
    {
      query: 'Valence Technology, Inc.',
      candidate: 'BOP Opto-Electronics Technology Company',
      level: 'NONE',
    },

    // Sister institutes differ only by a number, and numbers must be equal.
    {
      query: 'China State Shipbuilding Corporation, Limited (CSSC) 12th Research Institute',
      candidate: 'China State Shipbuilding Corporation, Limited (CSSC) 701st Research Institute',
      level: 'NONE',
    },
  ])('"$query" vs "$candidate" → $level', ({ query, candidate, alias, level }) => {
    const result = scoreMatch({ query: { name: query }, candidate: { name: candidate, alias } });
    expect({ level: result.level, matched: result.matched }).toEqual({ level, matched: false });
  });

  it('never lets generic words alone make a match, whatever the weights', () => {
    // Only "Opto", "Electronics" and "Technology" in common: on characters alone the names are
    // close, and only the generic-only ceiling keeps them apart.
    const query = { name: 'Valence Opto-Electronics Technology' };
    const candidate = { name: 'BOP Opto-Electronics Technology Company' }; // CSL, Entity List
    const characters = trigramSimilarity(
      'valence opto electronics technology',
      'bop opto electronics technology',
    );
    expect(characters).toBeGreaterThan(0.5);
    const weights = { tokenSet: 0, characters: 1 };
    const uncapped = scoreMatch({
      query,
      candidate,
      weights,
      thresholds: { genericOnlyCeiling: 1, possible: 0.5 },
    });
    expect(uncapped.score).toBe(Math.round(characters * 1000) / 1000);
    expect(uncapped.level).not.toBe('NONE');
    const capped = scoreMatch({ query, candidate, weights, thresholds: { possible: 0.5 + 1e-9 } });
    expect({ level: capped.level, score: capped.score }).toEqual({ level: 'NONE', score: 0.5 });
    expect(capped.reasons).toContain('only generic words in common: score held at 0.50');
  });
});

describe('scoreMatch: each measured weakness, at its cause', () => {
  const level = (query: string, candidate: string, individual = false) =>
    scoreMatch({ query: { name: query }, candidate: { name: candidate, individual } }).level;

  it('expands abbreviations on both sides ("Tech." = "Technology", "Intl." = "International")', () => {
    expect(
      scoreMatch({
        query: { name: 'Beijing Ander Tech. Co., Ltd.' },
        candidate: { name: 'Beijing Ander Technology Co., Ltd.' },
      }).score,
    ).toBe(1);
    expect(level('Rixo International Trading Ltd.', 'RIXO Intl. TRADING LTD.')).toBe('STRONG');
    expect(level('St. Petersburg Shipyard', 'Saint Petersburg Shipyard')).toBe('STRONG');
  });

  it('grades a name by its unpaired words: extra generic words still reach POSSIBLE', () => {
    // caspia paired; "international" (0.15) unpaired: 1 / 1.15 = 0.87 of the words.
    expect(level('Caspia International', 'CASPIA')).not.toBe('NONE');
    expect(level('Hikvision', 'Hangzhou Hikvision Digital Technology Co., Ltd.')).toBe('POSSIBLE');
  });

  it('does not give a one-word listed name full credit inside a longer name', () => {
    // "lockheed" is distinctive and unpaired: 1 / 2 of the words at most.
    expect(level('Lockheed Martin Corporation', 'MARTIN')).toBe('NONE');
    expect(level('Intercontinental Tea Footwear Co., Ltd.', 'INTERCONTINENTAL')).toBe('NONE');
  });

  it('does not take the joint venture for the CMIC alias "FENGFAN CO., LTD."', () => {
    const fengfan = { name: 'FENGFAN CO., LTD.', alias: true, country: 'CN' };
    const jv = 'Baoding Fengfan-Valence Battery Co., Ltd.';
    expect(scoreMatch({ query: { name: jv, country: 'CN' }, candidate: fengfan }).level).toBe(
      'NONE',
    );
  });

  it('keeps repeated words: "Li" is one word of "Li Li", not all of it', () => {
    expect(level('Li', 'Li Li')).toBe('NONE');
    expect(level('Li Auto Inc.', 'Li Li')).toBe('NONE');
    expect(level('Li Li', 'Li Li')).toBe('STRONG');
  });

  it('removes a misspelt legal form and weighs one left inside a name as a legal form', () => {
    expect(
      scoreMatch({
        query: { name: 'Hefei Meiling Co., Ldt.' },
        candidate: { name: 'Hefei Meiling Co. Ltd.' },
      }).score,
    ).toBe(1);
    expect(level('Hefei Meiling Limted', 'Hefei Meiling Co. Ltd.')).toBe('STRONG');
    expect(
      level(
        'Aviation Industry Cosporation of China',
        'AVIATION INDUSTRY CORPORATION OF CHINA, LTD.',
      ),
    ).not.toBe('NONE');
  });

  it('lets a four-letter word differ by one letter, keeping its first letter', () => {
    // "Alcoa" / "Alco": one edit in five letters, 0.8 of the word; with "Metals" (generic)
    // and the distinctive "Kuban" spelt alike, two distinctive words agree: 3 paired words
    // weighing (0.15 + 1 + 0.8) / (0.15 + 1 + 1) = 0.907 of the words, POSSIBLE at least.
    expect(level('Kuban Alcoa Metals', 'KUBAN ALCO METALS')).not.toBe('NONE');
    expect(level('Pedex', 'FEDEX')).toBe('NONE');
  });

  it('does not match on one short word one letter off another (Tesla / TESA)', () => {
    // The only distinctive words are five letters or fewer and differ by one letter: another
    // real word as often as a typo, so the score is held at 0.5, below POSSIBLE.
    expect(level('Tesla, Inc.', 'TESA')).toBe('NONE');
    expect(level('Intel Corporation', 'INTER')).toBe('NONE');
    expect(level('Alcoa Inc', 'ALCO')).toBe('NONE');
    expect(level('James', 'JAMBS')).toBe('NONE');
    // Six letters is a threshold parameter: "Maria" / "Marina" is POSSIBLE by default, NONE
    // when six-letter words count as short.
    const maria = { query: { name: 'Maria' }, candidate: { name: 'MARINA' } };
    expect(scoreMatch(maria).level).toBe('POSSIBLE');
    expect(scoreMatch({ ...maria, thresholds: { shortWord: 6 } }).level).toBe('NONE');
    // Seven letters are not short: "Meilin" / "Meiling" stays a match (see below).
    expect(level('Hefei Meilin Co., Ltd.', 'Hefei Meiling Co. Ltd.')).toBe('STRONG');
    // Spelt alike, a short word is a match as before.
    expect(level('Tesa', 'TESA')).toBe('STRONG');
    const result = scoreMatch({ query: { name: 'Tesla, Inc.' }, candidate: { name: 'TESA' } });
    expect(result.score).toBe(0.5);
    expect(result.reasons.join('\n')).toContain('short word spelt differently ("tesla" / "tesa")');
  });

  it('folds Russian romanisations (-off/-ov, w/v, x/ks, shch/sch, kh/h, ya/ia, yu/iu)', () => {
    expect(level('Igor Vladimirovich Nesteroff', 'NESTEROV, Igor Vladimirovich', true)).toBe(
      'STRONG',
    );
    expect(level('Maxim Ivanov', 'IVANOV, Maksim', true)).toBe('STRONG');
    expect(level('Iwan Komarov', 'Ivan Komarov')).toBe('STRONG');
    expect(level('Hodorkovsky', 'KHODORKOVSKY')).toBe('STRONG');
    expect(level('Iakovlev Iuri', 'YAKOVLEV, Yuri', true)).toBe('STRONG');
  });

  it('knows a listed person by the family name: a given name alone is not the person', () => {
    const result = scoreMatch({
      query: { name: 'Martin' },
      candidate: { name: 'MELGOZA TORRES, Martin', individual: true },
    });
    expect(result.level).toBe('NONE');
    expect(level('Martin Melgoza Torres', 'MELGOZA TORRES, Martin', true)).toBe('STRONG');
    expect(level('Ahmed', 'AHMED, A.', true)).toBe('NONE');
  });
});

describe('scoreMatch: the parties of the joint venture against the CSL alias "FENGFAN CO., LTD."', () => {
  // "FENGFAN CO., LTD." is a real alias of CHINA SHIPBUILDING INDUSTRY GROUP POWER COMPANY
  // LIMITED on the Treasury's non-SDN Chinese Military-Industrial Complex list (CMIC): an
  // investment restriction, a finding for the reviewer, not an export prohibition.
  const fengfan = {
    name: 'FENGFAN CO., LTD.',
    alias: true,
    addresses: ['72, Kunminghu South Road, Haidian District, Beijing, 100097, CN'],
  };

  it.each<{ query: string; country?: string; level: ScreeningLevel; score?: number }>([
    { query: '风帆股份有限公司', level: 'STRONG', score: 1 },
    // Fengfan itself: the same distinctive word, "Baoding" and "Group" generic.
    { query: 'Baoding Fengfan Group Limited Liability Company', level: 'POSSIBLE' },
    // The joint venture has a distinctive word more ("Valence"): NONE, in China too.
    { query: 'Baoding Fengfan-Valence Battery Co., Ltd.', level: 'NONE' },
    { query: 'Baoding Fengfan-Valence Battery Co., Ltd.', country: 'CN', level: 'NONE' },
    // No word in common, another country: nothing left.
    { query: 'Valence Technology, Inc.', country: 'US', level: 'NONE', score: 0 },
  ])('"$query" ($country) → $level', ({ query, country, level, score }) => {
    const result = scoreMatch({ query: { name: query, country }, candidate: fengfan });
    expect(result.level).toBe(level);
    if (score !== undefined) expect(result.score).toBe(score);
  });
});

describe('scoreMatch: country and address adjust a name match', () => {
  const hikvision = {
    name: 'Hangzhou Hikvision Digital Technology Co., Ltd.', // CSL, Entity List
    addresses: [
      'No. 555 Qianmo Road, Binjiang District, Hangzhou, 310052, CN',
      '23rd Floor, Block A, Yingke Plaza, No. 217 Gaoxin Street, Gaoxin District, Urumqi, CN',
    ],
  };

  it('raises the short name inside the long one to POSSIBLE: only generic words differ', () => {
    const result = scoreMatch({ query: { name: 'Hikvision' }, candidate: hikvision });
    expect({ level: result.level, score: result.score }).toEqual({ level: 'POSSIBLE', score: 0.7 });
    expect(result.reasons).toContain(
      'every distinctive word is in both names, which differ only in generic words: raised to the POSSIBLE threshold 0.70',
    );
  });

  it('adds 0.05 when the country matches a listed address', () => {
    const result = scoreMatch({
      query: { name: 'Hangzhou Hikvison Digital Technology', country: 'cn' },
      candidate: hikvision,
    });
    const alone = scoreMatch({
      query: { name: 'Hangzhou Hikvison Digital Technology' },
      candidate: hikvision,
    });
    expect(result.components.country).toBe(0.05);
    expect(Math.round((result.score - alone.score) * 1000) / 1000).toBe(0.05);
    expect(result.reasons).toContain('same country: CN (+0.05)');
  });

  it('takes 0.1 off for another country, and a same-name entity abroad stays STRONG', () => {
    // The same words and the same characters: 1, less 0.1.
    const other = scoreMatch({
      query: { name: 'Hangzhou Hikvision Digital Technology', country: 'US' },
      candidate: hikvision,
    });
    expect({ level: other.level, score: other.score }).toEqual({ level: 'STRONG', score: 0.9 });
    expect(other.reasons).toContain('different country: US, listed CN (−0.10)');
  });

  it('reads the country from candidate.country as well as from the addresses', () => {
    const result = scoreMatch({
      query: { name: 'Hikvision', country: 'CN' },
      candidate: { name: 'Hikvision', alias: true, country: 'CN' },
    });
    expect(result.score).toBe(1);
    expect(result.components.country).toBe(0.05);
  });

  it('does not compare a country that is not an ISO code', () => {
    const result = scoreMatch({
      query: { name: 'Hikvision', country: 'China' },
      candidate: hikvision,
    });
    expect(result.components.country).toBe(0);
  });

  it('adds up to 0.1 when the address is found in a listed address', () => {
    const result = scoreMatch({
      query: {
        name: 'Hikvision',
        country: 'CN',
        address: 'No. 555 Qianmo Road, Binjiang District, Hangzhou',
      },
      candidate: hikvision,
    });
    expect(result.level).toBe('POSSIBLE');
    expect(result.components.address).toBe(0.1);
    expect(result.reasons).toContain(
      'address shares 4 of 4 words: 555, qianmo, binjiang, hangzhou (+0.10)',
    );
  });

  it('gives no address bonus for a single shared word', () => {
    const result = scoreMatch({
      query: { name: 'Hikvision', address: '1 Qianmo Square, Shanghai' },
      candidate: hikvision,
    });
    expect(result.components.address).toBe(0);
  });
});

describe('scoreMatch: weights and thresholds are parameters', () => {
  it('has these documented defaults', () => {
    expect(DEFAULT_SCREENING_WEIGHTS).toEqual({
      tokenSet: 0.85,
      characters: 0.15,
      genericToken: 0.15,
      legalFormToken: 0.1,
      countryMatch: 0.05,
      countryMismatch: 0.1,
      addressOverlap: 0.1,
    });
    expect(DEFAULT_SCREENING_THRESHOLDS).toEqual({
      strong: 0.85,
      possible: 0.7,
      genericOnlyCeiling: 0.5,
      lettersPerEdit: 4,
      addressMinOverlap: 0.5,
      shortWord: 5,
    });
  });

  it('moves the levels with the thresholds', () => {
    const query = { name: 'Baoding Fengfan-Valence Battery Co., Ltd.' };
    const candidate = { name: 'FENGFAN CO., LTD.', alias: true };
    expect(scoreMatch({ query, candidate }).level).toBe('NONE');
    expect(scoreMatch({ query, candidate, thresholds: { possible: 0.3 } }).level).toBe('POSSIBLE');
  });

  it('changes the score with the weights', () => {
    // The word set alone: (0.45 + 8/9) / 1.45 = 0.923 (see "explains the match in words").
    const result = scoreMatch({
      query: { name: 'Hangzhou Hikvison Digital Technology' },
      candidate: { name: 'Hangzhou Hikvision Digital Technology Co., Ltd.' },
      weights: { tokenSet: 1, characters: 0 },
    });
    expect(result.score).toBe(0.923);
  });

  it('lets a stricter misspelling rule turn a typo into another word', () => {
    const query = { name: 'Hefei Meilin Co., Ltd.' };
    const candidate = { name: 'Hefei Meiling Co. Ltd.' };
    expect(scoreMatch({ query, candidate }).level).toBe('STRONG');
    // One edit per eight letters: "meilin" (6 letters) must be spelt exactly.
    expect(scoreMatch({ query, candidate, thresholds: { lettersPerEdit: 8 } }).level).toBe('NONE');
  });
});

describe('scoreMatch: precision over real CSL names at the default thresholds', () => {
  // 32 names from the 2022-05 CSL that share words with the queries (Technology, Battery,
  // Energy, Power, Group, Beijing, Tianjin, Xiamen…).
  const listed = [
    'NIRU BATTERY MANUFACTURING COMPANY',
    'THE NIRU BATTERY COMPANY',
    'NIROU BATTERY MANUFACTURING SABA BATTERY COMPANY',
    'Beijing Cloudmind Technology Co., Ltd.',
    'Cloudminds Technologies Co., Ltd.',
    'Daxie Technology',
    'Hangzhou Hikvision Digital Technology Co., Ltd.',
    'Beijing Sensetime Technology Development Co., Ltd.',
    'Chengdu GaStone Technology Co., Ltd. (CGTC)',
    'Chengdu Spaceon Technology Co., Ltd.',
    'Beijing Geling Shentong Information Technology Co., Ltd.',
    'Hefei Bitland Information Technology Co. Ltd.',
    'BOP Opto-Electronics Technology Company',
    'Beijing Opto-Electronics Technology Company',
    'Huawei Technologies Co., Ltd. (Huawei)',
    'China Electronics Technology Group Corporation 14th Research Institute (CETC 14)',
    'Guangzhou Haige Communication Group Co., Ltd.,',
    'Hefei Meiling Co. Ltd.',
    'Fujian Jinhua Integrated Circuit Company, Ltd.',
    'China State Shipbuilding Corporation, Limited (CSSC) 12th Research Institute',
    'CHINA SHIPBUILDING INDUSTRY GROUP POWER COMPANY LIMITED',
    'Hoshine Silicon Industry (Shanshan) Co., Ltd.',
    'Xiamen Meiya Pico Information Co., Ltd.',
    'Tungsten Online (Xiamen) Manu and Sales Corp.',
    'Tianjin Phytium Information Technology',
    'Tianjin 764 Avionics Technology Co., Ltd.',
    'Shenzhen Cobber Information Technology Co., Ltd.',
    'China General Nuclear Power Corporation (CGNPC)',
    'AECC Aviation Power Co. Ltd.',
    'ATOMIC ENERGY ORGANIZATION OF IRAN',
    'AA ENERGY FZCO',
    'BLUE ENERGY TRADE LTD. CO.',
  ];
  // Real companies that are not on that list.
  const queries = [
    'Valence Technology, Inc.',
    'Baoding Fengfan-Valence Battery Co., Ltd.',
    'Contemporary Amperex Technology Co., Limited',
    'BYD Company Limited',
    'Tianjin Lishen Battery Joint-Stock Co., Ltd.',
    '天津力神电池股份有限公司',
    'EVE Energy Co., Ltd.',
    'Shenzhen Desay Battery Technology Co., Ltd.',
    'Gotion High-tech Co., Ltd.',
    'China Aviation Lithium Battery Co., Ltd.',
    'Xiamen Tungsten Co., Ltd.',
    'Beijing Easpring Material Technology Co., Ltd.',
  ];

  it('finds no false positive among 12 × 32 pairs', () => {
    const hits = queries.flatMap((query) =>
      listed
        .map((name) => ({
          query,
          name,
          ...scoreMatch({ query: { name: query }, candidate: { name } }),
        }))
        .filter((result) => result.matched)
        .map(({ query: q, name, score }) => `${q} ~ ${name}: ${score}`),
    );
    expect(hits).toEqual([]);
  });

  it('still finds each listed name when it is screened itself, in another word order', () => {
    const reordered = listed.map((name) => [...normaliseName({ name }).words].sort().join(' '));
    const levels = reordered.map(
      (query, index) =>
        scoreMatch({ query: { name: query }, candidate: { name: listed[index] } }).level,
    );
    expect(levels).toEqual(listed.map(() => 'STRONG'));
  });
});
