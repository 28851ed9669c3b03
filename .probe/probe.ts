import { scoreMatch } from '../src/rules/export/screening-score';
const pairs: Array<[string, string, boolean?]> = [
  ['Valence Technology, Inc.', 'Daxie Technology'],
  ['Alcoa Inc', 'ALCO'],
  ['Baoding Fengfan-Valence Battery Co., Ltd.', 'THE NIRU BATTERY COMPANY'],
  ['China State Shipbuilding Corporation, Limited (CSSC) 12th Research Institute', 'China State Shipbuilding Corporation, Limited (CSSC) 701st Research Institute'],
  ['Hangzhou Hikvison Digital Technology Co., Ltd.', 'Hangzhou Hikvision Digital Technology Co., Ltd.'],
  ['中国电子科技集团公司第十四研究所', 'China Electronics Technology Group Corporation 14th Research Institute (CETC 14)'],
  ['Baoding Fengfan-Valence Battery Co., Ltd.', 'FENGFAN CO., LTD.'],
  ['Baoding Fengfan Group Limited Liability Company', 'FENGFAN CO., LTD.'],
  ['Technologies Huawei', 'Huawei Technologies Co., Ltd. (Huawei)'],
];
for (const [q, c] of pairs) {
  const r = scoreMatch({ query: { name: q }, candidate: { name: c } });
  console.log(r.level, r.score, q, '|', c, '\n   ', r.reasons.slice(1).join(' | '));
}
