import { markForm, scriptOf } from '../../../src/rules/trademarks/mark-form';

describe('a mark as the check compares it', () => {
  it.each([
    ['VALENCE', 'valence', 'valence'],
    ['Va-Lence', 'valence', 'valence'],
    ['ＶＡＬＥＮＣＥ', 'valence', 'valence'],
    ['Valénce', 'valence', 'valence'],
    ['VA1ENCE', 'va1ence', 'valence'],
    ['C0RNER', 'c0rner', 'comer'],
  ])('%s → letters %s, skeleton %s', (text, letters, skeleton) => {
    expect(markForm(text)).toMatchObject({ script: 'LATIN', letters, skeleton });
  });

  it('reads Chinese characters through their pinyin, without tones', () => {
    expect(scriptOf('风帆')).toBe('HAN');
    expect(markForm('风帆')).toEqual({
      script: 'HAN',
      letters: '风帆',
      key: 'fengfan',
      skeleton: 'fengfan',
      tokens: ['fengfan'],
    });
  });

  it('keeps the words of a Latin mark for the shared-stem test', () => {
    expect(markForm('Fengfan-Valence Battery Co., Ltd.').tokens).toEqual([
      'fengfan',
      'valence',
      'battery',
      'co',
      'ltd',
    ]);
  });
});
