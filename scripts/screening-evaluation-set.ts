import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import { toCslRecord, type CslRecord } from '../src/services/export/csl-row';

/**
 * The evaluation set of restricted-party screening, built from the Consolidated Screening List
 * itself and nothing else random: the same file always gives the same names. Entries are taken
 * in the order of a hash of their id, so the sample is spread over every list and is stable.
 *
 * - Variants (must be found, each naming the entry it must find): abbreviations, Russian
 *   romanisations, one- and two-letter misspellings, extra generic words, legal forms dropped,
 *   added or misspelt, word order, aliases, Chinese (pinyin descriptors, and characters for the
 *   listed Chinese names whose characters are given below).
 * - Clear names (must not match): real companies not on the list, common personal names, and
 *   companies that share one word with a listed entity.
 */

export type VariantCategory =
  | 'abbreviation'
  | 'romanisation'
  | 'misspelling-1'
  | 'misspelling-2'
  | 'generic-words'
  | 'legal-form'
  | 'word-order'
  | 'alias'
  | 'chinese';

export type ClearCategory = 'unrelated-company' | 'personal-name' | 'shared-word';

export interface VariantCase {
  category: VariantCategory;
  name: string;
  /** The `_id` of the entry the variant must find. */
  entryId: string;
  listedName: string;
}

export interface ClearCase {
  category: ClearCategory;
  name: string;
}

export interface EvaluationSet {
  variants: VariantCase[];
  clear: ClearCase[];
}

/** Reads a CSL CSV (plain or .gz) into records. */
export async function readCsl(file: string): Promise<CslRecord[]> {
  const records: CslRecord[] = [];
  const source = createReadStream(file);
  const parser = parse({ columns: true, bom: true, skip_empty_lines: true, info: true });
  (file.endsWith('.gz') ? source.pipe(createGunzip()) : source).pipe(parser);
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    if (record._id === '_id') continue;
    records.push(toCslRecord(record, info.lines));
  }
  return records;
}

const stableOrder = (id: string) => createHash('sha256').update(id).digest('hex');

/** Abbreviations as lists and correspondents write them; matched on whole words. */
export const ABBREVIATIONS: ReadonlyArray<[word: string, abbreviation: string]> = [
  ['Technology', 'Tech.'],
  ['Technologies', 'Tech.'],
  ['Company', 'Co.'],
  ['International', 'Intl.'],
  ['Institute', 'Inst.'],
  ['Engineering', 'Eng.'],
  ['Electronics', 'Elec.'],
  ['Electronic', 'Elec.'],
  ['Services', 'Svcs.'],
  ['Laboratory', 'Lab.'],
  ['University', 'Univ.'],
  ['Science', 'Sci.'],
  ['Scientific', 'Sci.'],
  ['Manufacturing', 'Mfg.'],
  ['Saint', 'St.'],
];

/** Romanisations of Russian that lists and counterparties use interchangeably. */
const ROMANISATIONS: ReadonlyArray<[RegExp, string]> = [
  [/ov\b/i, 'off'],
  [/shch/i, 'sch'],
  [/kh/i, 'h'],
  [/ks/i, 'x'],
  [/ya/i, 'ia'],
  [/yu/i, 'iu'],
  [/v/i, 'w'],
];

const LEGAL_SUFFIX =
  /[\s,]+(co\.?,?\s*ltd\.?|company limited|limited|ltd\.?|inc\.?|corp(oration)?\.?|llc|l\.l\.c\.|jsc|ojsc|gmbh|s\.?a\.?)$/i;
const ADDED_FORMS = [' Co., Ltd.', ' LLC', ' Limited', ' Corporation', ' GmbH', ' JSC'];
const MISSPELT_FORMS = [' Co., Ldt.', ' Limted', ' Corportion', ' Compnay Limited', ' Incorporatd'];
const GENERIC_ADDITIONS = [' Group', ' International', ' Holdings'];

/** Pinyin for the English descriptors of Chinese company names. */
const PINYIN_DESCRIPTORS: Readonly<Record<string, string>> = {
  technology: 'Keji',
  electronics: 'Dianzi',
  group: 'Jituan',
  industry: 'Gongye',
  industrial: 'Shiye',
  trading: 'Maoyi',
  international: 'Guoji',
  equipment: 'Shebei',
  materials: 'Cailiao',
  engineering: 'Gongcheng',
  development: 'Fazhan',
  information: 'Xinxi',
  energy: 'Nengyuan',
};

/**
 * Listed Chinese names in the characters a Chinese counterparty writes (the CSL itself carries
 * no characters). Each is looked up on the list by its English name; absent ones are skipped.
 */
const CHINESE_CHARACTERS: ReadonlyArray<[listedName: string, characters: string]> = [
  ['Huawei Technologies Co., Ltd. (Huawei)', '华为技术有限公司'],
  ['Beijing Institute of Technology', '北京理工大学'],
  ['Harbin Institute of Technology', '哈尔滨工业大学'],
  ['Sugon', '曙光信息产业股份有限公司'],
  ['Semiconductor Manufacturing International Corporation (SMIC)', '中芯国际集成电路制造有限公司'],
  ['SZ DJI Technology Co., Ltd.', '深圳市大疆创新科技有限公司'],
  ['iFLYTEK', '科大讯飞股份有限公司'],
  ['Megvii Technology', '北京旷视科技有限公司'],
  ['Hangzhou Hikvision Digital Technology Co., Ltd.', '杭州海康威视数字技术股份有限公司'],
  ['Zhejiang Dahua Technology', '浙江大华技术股份有限公司'],
  ['Northwestern Polytechnical University', '西北工业大学'],
  ['Harbin Engineering University', '哈尔滨工程大学'],
  ['Beijing University of Aeronautics and Astronautics', '北京航空航天大学'],
  ['Nanjing University of Science and Technology', '南京理工大学'],
  ['Nanjing University of Aeronautics and Astronautics', '南京航空航天大学'],
  ['Sichuan University', '四川大学'],
  ['China Electronics Technology Group Corporation (CETC)', '中国电子科技集团公司'],
  ['China Academy of Engineering Physics', '中国工程物理研究院'],
  ['Inspur Group', '浪潮集团'],
  ['Tianjin Phytium Information Technology', '天津飞腾信息技术有限公司'],
];

/** Real companies that are not on the 2022-05 list, from batteries to banks. */
export const UNRELATED_COMPANIES: readonly string[] = [
  'Valence Technology, Inc.',
  'Baoding Fengfan-Valence Battery Co., Ltd.',
  'Contemporary Amperex Technology Co., Limited',
  'BYD Company Limited',
  'Tianjin Lishen Battery Joint-Stock Co., Ltd.',
  'EVE Energy Co., Ltd.',
  'Gotion High-Tech Co., Ltd.',
  'Sunwoda Electronic Co., Ltd.',
  'Shenzhen BAK Battery Co., Ltd.',
  'Ningbo Shanshan Co., Ltd.',
  'Hunan Changyuan Lico Co., Ltd.',
  'Guangzhou Tinci Materials Technology Co., Ltd.',
  'Shenzhen Capchem Technology Co., Ltd.',
  'Yunnan Energy New Material Co., Ltd.',
  'Jiangxi Ganfeng Lithium Co., Ltd.',
  'Tianqi Lithium Corporation',
  'Hebei Anxin Lithium Materials Co., Ltd.',
  'Baoding Yingli Green Energy Holding Co., Ltd.',
  'Great Wall Motor Company Limited',
  'Panasonic Energy Co., Ltd.',
  'Samsung SDI Co., Ltd.',
  'LG Energy Solution, Ltd.',
  'SK On Co., Ltd.',
  'Murata Manufacturing Co., Ltd.',
  'Umicore SA',
  'BASF SE',
  'Johnson Matthey Plc',
  'Robert Bosch GmbH',
  'Siemens Aktiengesellschaft',
  'Saft Groupe SAS',
  'Northvolt AB',
  'Tesla, Inc.',
  'General Motors Company',
  'Albemarle Corporation',
  'Livent Corporation',
  'EnerSys',
  'A123 Systems LLC',
  'Duracell Inc.',
  'Energizer Holdings, Inc.',
  'Clarios LLC',
  'Arbin Instruments',
  'Maccor, Inc.',
  'Segway-Ninebot Group',
  'Yadea Group Holdings Ltd.',
  'Lockheed Martin Corporation',
  'Martin Marietta Materials, Inc.',
  'Aston Martin Lagonda Global Holdings plc',
  'Toyota Motor Corporation',
  'Honda Motor Co., Ltd.',
  'Nissan Motor Co., Ltd.',
  'Volkswagen AG',
  'Bayerische Motoren Werke AG',
  'Mercedes-Benz Group AG',
  'Renault SA',
  'Stellantis N.V.',
  'Hyundai Motor Company',
  'Kia Corporation',
  'Ford Motor Company',
  'Apple Inc.',
  'Microsoft Corporation',
  'Alphabet Inc.',
  'Amazon.com, Inc.',
  'Intel Corporation',
  'Texas Instruments Incorporated',
  'Analog Devices, Inc.',
  'NXP Semiconductors N.V.',
  'Infineon Technologies AG',
  'STMicroelectronics N.V.',
  'Renesas Electronics Corporation',
  'Taiwan Semiconductor Manufacturing Company Limited',
  'United Microelectronics Corporation',
  'Foxconn Industrial Internet Co., Ltd.',
  'Lenovo Group Limited',
  'Xiaomi Corporation',
  'Tencent Holdings Limited',
  'Alibaba Group Holding Limited',
  'Baidu, Inc.',
  'JD.com, Inc.',
  'Meituan',
  'NetEase, Inc.',
  'Haier Smart Home Co., Ltd.',
  'Midea Group Co., Ltd.',
  'Gree Electric Appliances, Inc. of Zhuhai',
  'TCL Technology Group Corporation',
  'BOE Technology Group Co., Ltd.',
  'Luxshare Precision Industry Co., Ltd.',
  'Goertek Inc.',
  'Sany Heavy Industry Co., Ltd.',
  'Zoomlion Heavy Industry Science and Technology Co., Ltd.',
  'Weichai Power Co., Ltd.',
  'Geely Automobile Holdings Limited',
  'NIO Inc.',
  'Li Auto Inc.',
  'XPeng Inc.',
  'Ping An Insurance (Group) Company of China, Ltd.',
  'China Merchants Bank Co., Ltd.',
  'Industrial and Commercial Bank of China Limited',
  'HSBC Holdings plc',
  'Barclays PLC',
  'Deutsche Bank AG',
  'BNP Paribas SA',
  'Nestle S.A.',
  'Unilever PLC',
  'Procter & Gamble Company',
  'Johnson & Johnson',
  'Pfizer Inc.',
  'Novartis AG',
  'Roche Holding AG',
  'Sanofi',
  'AstraZeneca PLC',
  'GlaxoSmithKline plc',
  'Bayer AG',
  'Merck KGaA',
  'Nokia Corporation',
  'Telefonaktiebolaget LM Ericsson',
  'ABB Ltd',
  'Schneider Electric SE',
  'Legrand SA',
  'Philips N.V.',
  'Siemens Energy AG',
  'Hitachi, Ltd.',
  'Toshiba Corporation',
  'Sony Group Corporation',
  'Canon Inc.',
  'Nikon Corporation',
  'Fujitsu Limited',
  'NEC Corporation',
  'Kyocera Corporation',
  'TDK Corporation',
  'Nidec Corporation',
  'Denso Corporation',
  'Continental AG',
  'ZF Friedrichshafen AG',
  'Valeo SA',
  'Magna International Inc.',
  'Aptiv PLC',
  'Caterpillar Inc.',
  'Deere & Company',
  'Komatsu Ltd.',
  'Atlas Copco AB',
  'Sandvik AB',
  'Volvo AB',
  'Scania AB',
  'Maersk Line',
  'Hapag-Lloyd AG',
  'DHL Group',
  'FedEx Corporation',
  'United Parcel Service, Inc.',
  'Walmart Inc.',
  'Carrefour SA',
  'Tesco PLC',
  'Ikea of Sweden AB',
  'Heineken N.V.',
  'Carlsberg A/S',
  'Danone S.A.',
  'Kraft Heinz Company',
  'PepsiCo, Inc.',
  'The Coca-Cola Company',
  'McDonald\u2019s Corporation',
  'Starbucks Corporation',
  'Nike, Inc.',
  'Adidas AG',
  'Puma SE',
  'L\u2019Oreal S.A.',
  'LVMH Moet Hennessy Louis Vuitton SE',
  'Hermes International',
  'Kering SA',
  'Burberry Group plc',
  'Rio Tinto Group',
  'BHP Group Limited',
  'Glencore plc',
  'Anglo American plc',
  'Vale S.A.',
  'Freeport-McMoRan Inc.',
  'Newmont Corporation',
  'Barrick Gold Corporation',
  'Shell plc',
  'BP p.l.c.',
  'TotalEnergies SE',
  'Exxon Mobil Corporation',
  'Chevron Corporation',
  'ConocoPhillips',
  'Equinor ASA',
  'Eni S.p.A.',
  'Repsol, S.A.',
  'Iberdrola, S.A.',
  'Enel S.p.A.',
  'Orsted A/S',
  'Vestas Wind Systems A/S',
  'Siemens Gamesa Renewable Energy',
  'First Solar, Inc.',
  'Enphase Energy, Inc.',
  'SolarEdge Technologies, Inc.',
  'Fluence Energy, Inc.',
  'QuantumScape Corporation',
  'Solid Power, Inc.',
  'Freyr Battery',
  'Microvast Holdings, Inc.',
  'Romeo Power, Inc.',
  'Eos Energy Enterprises, Inc.',
  'ESS Tech, Inc.',
  'Redwood Materials, Inc.',
  'Li-Cycle Holdings Corp.',
  'American Battery Technology Company',
  'Piedmont Lithium Inc.',
  'Lithium Americas Corp.',
  'Pilbara Minerals Limited',
  'Mineral Resources Limited',
  'Allkem Limited',
  'SQM Sociedad Quimica y Minera de Chile S.A.',
];

/** Given names and surnames that are common around the world, alone and together. */
const GIVEN = [
  'Li',
  'Wang',
  'Mohamed',
  'Martin',
  'Linda',
  'Maria',
  'John',
  'James',
  'Anna',
  'David',
  'Michael',
  'Fatima',
  'Ahmed',
  'Wei',
  'Jun',
  'Olga',
  'Sergei',
  'Elena',
  'Carlos',
  'Jose',
  'Sarah',
  'Peter',
  'Hans',
  'Yuki',
  'Min',
];
const SURNAMES = [
  'Li',
  'Wang',
  'Zhang',
  'Liu',
  'Chen',
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Garcia',
  'Martinez',
  'Rodriguez',
  'Lopez',
  'Muller',
  'Schmidt',
  'Kim',
  'Park',
  'Nguyen',
  'Tanaka',
  'Suzuki',
  'Ivanova',
  'Petrov',
  'Khan',
  'Singh',
  'Martin',
];

/** Neutral business words for companies that share one word with a listed entity. */
const NEUTRAL_WORDS = [
  'Dairy',
  'Bakery',
  'Orchard',
  'Footwear',
  'Furniture',
  'Ceramics',
  'Textile',
  'Florist',
  'Brewery',
  'Stationery',
  'Tea',
  'Garden',
];

function keyOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .sort()
    .join(' ');
}

/** "LAST NAME, Given" (the CSL's form for individuals) → "Given Last Name". */
function personInOrder(name: string): string | null {
  const comma = name.indexOf(',');
  if (comma < 0) return null;
  const given = name.slice(comma + 1).trim();
  const family = name.slice(0, comma).trim();
  return given && family ? `${given} ${family}` : null;
}

function replaceWord(name: string, from: string, to: string): string | null {
  const pattern = new RegExp(`\\b${from}\\b`, 'i');
  return pattern.test(name) ? name.replace(pattern, to) : null;
}

/** Changes one letter of a word (substitution by the next letter of the alphabet). */
function changeLetter(word: string, at: number): string {
  const c = word[at];
  const next = c === 'z' ? 'a' : c === 'Z' ? 'A' : String.fromCharCode(c.charCodeAt(0) + 1);
  return word.slice(0, at) + next + word.slice(at + 1);
}

const WORD = /[A-Za-z]{5,}/g;

function misspell(name: string, edits: 1 | 2, seed: number): string | null {
  const words = [...name.matchAll(WORD)].sort((a, b) => b[0].length - a[0].length);
  if (words.length === 0) return null;
  const target = words[0];
  if (edits === 2 && target[0].length < 8 && words.length < 2) return null;
  let result = name;
  const apply = (match: RegExpMatchArray, at: number) => {
    const index = match.index ?? 0;
    const word = result.slice(index, index + match[0].length);
    result = result.slice(0, index) + changeLetter(word, at) + result.slice(index + word.length);
  };
  // Not the first letter: a misspelling keeps the word's start, as typing errors mostly do.
  apply(target, 1 + (seed % (target[0].length - 1)));
  if (edits === 2) {
    if (target[0].length >= 8) apply(target, 1 + ((seed + 3) % (target[0].length - 1)));
    else apply(words[1], 1 + (seed % (words[1][0].length - 1)));
  }
  return result === name ? null : result;
}

function pinyinVariant(name: string): string | null {
  let changed = false;
  const words = name
    .replace(LEGAL_SUFFIX, '')
    .split(/\s+/)
    .map((word) => {
      const py = PINYIN_DESCRIPTORS[word.toLowerCase().replace(/[^a-z]/g, '')];
      if (py) changed = true;
      return py ?? word;
    });
  return changed ? `${words.join(' ')} Youxian Gongsi` : null;
}

export interface EvaluationOptions {
  /** Cases per category at most. */
  perCategory?: number;
}

/** Builds the evaluation set from the list's own entries, deterministically. */
export function buildEvaluationSet(
  records: readonly CslRecord[],
  { perCategory = 250 }: EvaluationOptions = {},
): EvaluationSet {
  const ordered = [...records].sort((a, b) =>
    stableOrder(a.entryId).localeCompare(stableOrder(b.entryId)),
  );
  const listedKeys = new Set(records.flatMap((r) => [r.name, ...r.altNames].map(keyOf)));
  const variants: VariantCase[] = [];
  const counts = new Map<VariantCategory, number>();
  const add = (category: VariantCategory, record: CslRecord, name: string | null) => {
    if (!name || (counts.get(category) ?? 0) >= perCategory) return;
    if (name.trim() === record.name.trim() && category !== 'alias') return;
    counts.set(category, (counts.get(category) ?? 0) + 1);
    variants.push({ category, name, entryId: record.entryId, listedName: record.name });
  };

  for (const [listedName, characters] of CHINESE_CHARACTERS) {
    const record = records.find((r) => r.name === listedName);
    if (record) add('chinese', record, characters);
  }

  ordered.forEach((record, index) => {
    const individual = record.type === 'Individual';
    const name = record.name;
    const forward = individual ? (personInOrder(name) ?? name) : name;
    for (const [word, abbreviation] of ABBREVIATIONS) {
      const abbreviated = replaceWord(name, word, abbreviation);
      if (abbreviated) {
        add('abbreviation', record, abbreviated);
        break;
      }
    }
    if (record.countries.includes('RU') || record.countries.includes('BY')) {
      for (let k = 0; k < ROMANISATIONS.length; k += 1) {
        const [pattern, replacement] = ROMANISATIONS[(index + k) % ROMANISATIONS.length];
        if (pattern.test(forward)) {
          add('romanisation', record, forward.replace(pattern, replacement));
          break;
        }
      }
    }
    add('misspelling-1', record, misspell(forward, 1, index));
    add('misspelling-2', record, misspell(forward, 2, index));
    if (!individual) {
      add('generic-words', record, `${name}${GENERIC_ADDITIONS[index % GENERIC_ADDITIONS.length]}`);
      const stripped = name.replace(LEGAL_SUFFIX, '');
      if (stripped !== name && stripped.trim().length > 0) {
        add(
          'legal-form',
          record,
          index % 2 === 0 ? stripped : `${stripped}${ADDED_FORMS[index % ADDED_FORMS.length]}`,
        );
      } else {
        const forms = index % 2 === 0 ? ADDED_FORMS : MISSPELT_FORMS;
        add('legal-form', record, `${name}${forms[index % forms.length]}`);
      }
      const words = name.replace(LEGAL_SUFFIX, '').split(/\s+/);
      if (words.length >= 2) add('word-order', record, [...words.slice(1), words[0]].join(' '));
      if (record.countries.includes('CN')) add('chinese', record, pinyinVariant(name));
    } else {
      add('word-order', record, personInOrder(name));
    }
    const alias = record.altNames[index % Math.max(1, record.altNames.length)];
    if (alias && keyOf(alias).length >= 4) add('alias', record, alias);
  });
  // Clear names: never one that is, word for word, a name on the list.
  const clear: ClearCase[] = [];
  const addClear = (category: ClearCategory, name: string) => {
    if (!listedKeys.has(keyOf(name)) && !clear.some((c) => c.name === name)) {
      clear.push({ category, name });
    }
  };
  for (const company of UNRELATED_COMPANIES) addClear('unrelated-company', company);
  for (const given of GIVEN) addClear('personal-name', given);
  GIVEN.forEach((given, i) => {
    for (let k = 0; k < 4; k += 1)
      addClear('personal-name', `${given} ${SURNAMES[(i * 7 + k * 3) % SURNAMES.length]}`);
  });
  for (const given of ['Li', 'Wang', 'Min', 'Wei']) addClear('personal-name', `${given} ${given}`);
  // One word of a listed entity (its most frequent one on the list) among neutral words.
  const frequency = new Map<string, number>();
  for (const record of records) {
    for (const word of new Set(keyOf(record.name).split(' '))) {
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  let shared = 0;
  for (const [index, record] of ordered.entries()) {
    if (shared >= perCategory) break;
    if (record.type === 'Individual') continue;
    const words = keyOf(record.name.replace(LEGAL_SUFFIX, ''))
      .split(' ')
      .filter((w) => w.length >= 4 && /^[a-z]+$/.test(w));
    if (words.length < 2) continue;
    const common = [...words].sort(
      (a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0) || a.localeCompare(b),
    )[0];
    if ((frequency.get(common) ?? 0) < 3) continue;
    const word = common[0].toUpperCase() + common.slice(1);
    const neutral = NEUTRAL_WORDS[index % NEUTRAL_WORDS.length];
    const second = NEUTRAL_WORDS[(index + 5) % NEUTRAL_WORDS.length];
    addClear('shared-word', `${word} ${neutral} ${second} Co., Ltd.`);
    shared += 1;
  }
  return { variants, clear };
}
