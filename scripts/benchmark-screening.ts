import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/config';
import { seedDatabase } from '../src/seed/seed';
import { openDatabase } from '../src/db/open-database';
import { importScreeningList } from '../src/services/export/screening-import';
import { currentScreeningList } from '../src/services/export/screening-list.service';
import { screenName, screeningSettings } from '../src/services/export/screening.service';

/**
 * `npm run benchmark:screening -- <consolidated_screening_list.csv[.gz]> [--skip-import]`
 *
 * Imports the Consolidated Screening List file into the database (DATABASE_URL, or the embedded
 * cluster in DATA_DIR, as the server does), then screens a built-in batch of names through
 * screenName, one after the other, each in its own transaction as an export check does, and
 * prints the throughput and the latency per name. A benchmark, not a test: nothing is asserted.
 * The import REPLACES the current screening list of that database; `--skip-import` screens
 * against the list already there, to measure again.
 */

type Kind = 'listed' | 'word order' | 'legal form' | 'misspelt' | 'chinese' | 'unrelated';

interface Query {
  name: string;
  country?: string;
  kind: Kind;
}

/**
 * Real names and aliases of the 2022-05 list (Entity List, MEU, UVL, SDN, DPL, CMIC, SSI), with
 * the country the screened party would give.
 */
const LISTED: ReadonlyArray<[name: string, country: string]> = [
  ['Huawei Technologies Co., Ltd.', 'CN'],
  ['Hangzhou Hikvision Digital Technology Co., Ltd.', 'CN'],
  ['Megvii Technology', 'CN'],
  ['Beijing Institute of Technology', 'CN'],
  ['Harbin Institute of Technology', 'CN'],
  ['Sugon', 'CN'],
  ['Rosoboronexport OJSC (ROE)', 'RU'],
  ['Avant-Space LLC', 'RU'],
  ['Dalzavod Ship-Repair Center', 'RU'],
  ['Urumqi Municipal Public Security Bureau', 'CN'],
  ['Xinjiang Police College', 'CN'],
  ['Afsari General Trading LLC', 'AE'],
  ['Montana Advanced Engineering Sdn Bhd.', 'MY'],
  ['SZ DJI Technology Co., Ltd.', 'CN'],
  ['Semiconductor Manufacturing International Corporation', 'CN'],
  ['iFLYTEK', 'CN'],
  ['Beijing Ander Tech. Co., Ltd.', 'CN'],
  ['Shenyang Aircraft Corporation', 'CN'],
  ['Wuxi Turbine Blade Co. Ltd.', 'CN'],
  ['Harbin General Aircraft Industry Co., Ltd.', 'CN'],
  ['Jinan Bodor CNC Machine Co., Ltd.', 'CN'],
  ['Toptech Electronics Ltd.', 'HK'],
  ['Suzhou Lylap Mould Technology Co., Ltd.', 'CN'],
  ['Light Range AG', 'CH'],
  ['Baltic Shipyard JSC', 'RU'],
  ['Bank Kargoshaee', 'IR'],
  ['Meraj Air', 'IR'],
  ['Iran Pooya', 'IR'],
  ['Dandong Hongxiang Industrial Development Co Ltd', 'CN'],
  ['Bandar Imam Kharazmi Petrochemical Company', 'IR'],
  ['Mahan Air', 'IR'],
  ['Islamic Republic of Iran Shipping Lines', 'IR'],
  ['Korea Mining Development Trading Corporation', 'KP'],
  ['Juan Ricardo Puente-Paez', 'US'],
  ['Sixing Liu', 'US'],
  ['Ali Agar Manzarpour', 'GB'],
  ['Johnson Hu', 'US'],
  ['FJ Technology', 'US'],
  ['Mynet.net Corp', 'US'],
  ['China Mobile Limited', 'CN'],
  ['China National Offshore Oil Corporation', 'CN'],
  ['Aviation Industry Corporation of China, Ltd.', 'CN'],
  ['Nanjing Panda Electronics Company Limited', 'CN'],
  ['China General Nuclear Power Corporation', 'CN'],
  ['Rosneft', 'RU'],
  ['Tianjin Phytium Information Technology', 'CN'],
  ['Nanchang O-Film Tech', 'CN'],
];

/** Listed names as a Chinese counterparty writes them in characters. */
const CHINESE: readonly string[] = [
  '华为技术有限公司',
  '北京理工大学',
  '哈尔滨工业大学',
  '曙光信息产业股份有限公司',
  '中芯国际集成电路制造有限公司',
  '深圳市大疆创新科技有限公司',
  '科大讯飞股份有限公司',
  '沈阳飞机工业(集团)有限公司',
  '中国移动有限公司',
  '丹东鸿祥实业发展有限公司',
];

/** Real companies and people that are not on the list: battery makers, suppliers, customers. */
const UNRELATED: ReadonlyArray<[name: string, country: string]> = [
  ['Valence Technology, Inc.', 'US'],
  ['Baoding Fengfan Group Limited Liability Company', 'CN'],
  ['Baoding Fengfan-Valence Battery Co., Ltd.', 'CN'],
  ['Contemporary Amperex Technology Co., Limited', 'CN'],
  ['BYD Company Limited', 'CN'],
  ['Tianjin Lishen Battery Joint-Stock Co., Ltd.', 'CN'],
  ['EVE Energy Co., Ltd.', 'CN'],
  ['Gotion High-Tech Co., Ltd.', 'CN'],
  ['Sunwoda Electronic Co., Ltd.', 'CN'],
  ['Shenzhen BAK Battery Co., Ltd.', 'CN'],
  ['Ningbo Shanshan Co., Ltd.', 'CN'],
  ['Hunan Changyuan Lico Co., Ltd.', 'CN'],
  ['Guangzhou Tinci Materials Technology Co., Ltd.', 'CN'],
  ['Shenzhen Capchem Technology Co., Ltd.', 'CN'],
  ['Yunnan Energy New Material Co., Ltd.', 'CN'],
  ['Jiangxi Ganfeng Lithium Co., Ltd.', 'CN'],
  ['Tianqi Lithium Corporation', 'CN'],
  ['Hebei Anxin Lithium Materials Co., Ltd.', 'CN'],
  ['Baoding Yingli Green Energy Holding Co., Ltd.', 'CN'],
  ['Great Wall Motor Company Limited', 'CN'],
  ['Panasonic Energy Co., Ltd.', 'JP'],
  ['Samsung SDI Co., Ltd.', 'KR'],
  ['LG Energy Solution, Ltd.', 'KR'],
  ['SK On Co., Ltd.', 'KR'],
  ['Murata Manufacturing Co., Ltd.', 'JP'],
  ['Umicore SA', 'BE'],
  ['BASF SE', 'DE'],
  ['Johnson Matthey Plc', 'GB'],
  ['Robert Bosch GmbH', 'DE'],
  ['Siemens Aktiengesellschaft', 'DE'],
  ['Saft Groupe SAS', 'FR'],
  ['Northvolt AB', 'SE'],
  ['Tesla, Inc.', 'US'],
  ['General Motors Company', 'US'],
  ['Albemarle Corporation', 'US'],
  ['Livent Corporation', 'US'],
  ['EnerSys', 'US'],
  ['A123 Systems LLC', 'US'],
  ['Duracell Inc.', 'US'],
  ['Energizer Holdings, Inc.', 'US'],
  ['Clarios LLC', 'US'],
  ['Arbin Instruments', 'US'],
  ['Maccor, Inc.', 'US'],
  ['Henderson Battery Recycling LLC', 'US'],
  ['Segway-Ninebot Group', 'CN'],
  ['Yadea Group Holdings Ltd.', 'CN'],
  ['Zhang Wei', 'CN'],
  ['Li Na', 'CN'],
  ['Robert Johnson', 'US'],
  ['Maria Garcia', 'MX'],
];

/** Legal forms appended or dropped, longest first (a sample; the normaliser knows many more). */
const SUFFIXES = [
  ' Co., Ltd.',
  ' Co. Ltd.',
  ' Co Ltd',
  ' Company Limited',
  ', Ltd.',
  ' Limited',
  ' Ltd.',
  ' Corporation',
  ' Corp',
  ' LLC',
  ' JSC',
  ' AG',
  ' Sdn Bhd.',
  ' OJSC (ROE)',
].sort((a, b) => b.length - a.length);

function withoutSuffix(name: string): { core: string; suffix: string | null } {
  const suffix = SUFFIXES.find((s) => name.endsWith(s));
  return suffix
    ? { core: name.slice(0, -suffix.length).replace(/[,\s]+$/, ''), suffix }
    : { core: name, suffix: null };
}

/** The first word moved to the end ("Huawei Technologies" → "Technologies Huawei"). */
function reordered(name: string): string {
  const { core } = withoutSuffix(name);
  const words = core.split(/\s+/);
  if (words.length < 2) return `${core} Company`;
  return [...words.slice(1), words[0]].join(' ');
}

/** The legal form dropped, or one added when there is none. */
function otherLegalForm(name: string, country: string): string {
  const { core, suffix } = withoutSuffix(name);
  if (suffix) return core;
  return `${core}${country === 'CN' ? ' Co., Ltd.' : ' Limited'}`;
}

/** One letter dropped from the middle of the longest word ("Hikvision" → "Hikvsion"). */
function misspelt(name: string): string {
  const words = name.split(' ');
  let longest = 0;
  words.forEach((word, i) => {
    if (word.length > words[longest].length) longest = i;
  });
  const word = words[longest];
  const at = Math.floor(word.length / 2);
  words[longest] = word.length >= 5 ? word.slice(0, at) + word.slice(at + 1) : `${word}x`;
  return words.join(' ');
}

function queries(): Query[] {
  return [
    ...LISTED.flatMap(([name, country]): Query[] => [
      { name, country, kind: 'listed' },
      { name: reordered(name), country, kind: 'word order' },
      { name: otherLegalForm(name, country), country, kind: 'legal form' },
      { name: misspelt(name), country, kind: 'misspelt' },
    ]),
    ...CHINESE.map((name): Query => ({ name, country: 'CN', kind: 'chinese' })),
    ...UNRELATED.map(([name, country]): Query => ({ name, country, kind: 'unrelated' })),
  ];
}

/**
 * The CPU time this process and its PostgreSQL backend have used, in milliseconds: on a shared
 * machine, wall-clock latency measures the neighbours as much as the screening. Read from
 * /proc/<pid>/schedstat, so only on Linux with the database on this machine; null otherwise.
 */
async function cpuClock(db: DataSource): Promise<(() => number) | null> {
  const rows: Array<{ pid: number }> = await db.query(
    `SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'client backend'`,
  );
  const backend = () =>
    rows.reduce(
      (sum, { pid }) => sum + Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]),
      0,
    ) / 1e6;
  try {
    backend();
  } catch {
    return null;
  }
  return () => {
    const own = process.cpuUsage();
    return (own.user + own.system) / 1000 + backend();
  };
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      verbose: { type: 'boolean', short: 'v', default: false },
      // Measure again against the list already imported (the import takes tens of seconds).
      'skip-import': { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  if (!file || !existsSync(file)) {
    console.error(
      [
        file ? `No such file: ${file}` : 'No screening list given.',
        '',
        'Usage: npm run benchmark:screening -- <consolidated_screening_list.csv[.gz]> [--verbose] [--skip-import]',
        '',
        'The full list is not part of the project; for example:',
        '  npm run benchmark:screening -- ../shared/data/export-control/csl/consolidated_screening_list_2022-05.csv.gz',
        'It is imported into DATABASE_URL (or the embedded database in DATA_DIR), replacing the',
        'current screening list there.',
      ].join('\n'),
    );
    process.exit(2);
  }

  const config = loadConfig();
  const database = await openDatabase(config);
  // The parties must exist: the import is audited in the name of one of them.
  await seedDatabase(database.db);
  try {
    const db = database.db;
    console.log(`Database: ${database.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}`);
    let report: { rows: number; names: number };
    if (values['skip-import']) {
      const list = await currentScreeningList(db.manager);
      if (!list) throw new Error('No screening list imported: run once without --skip-import.');
      report = { rows: list.entries, names: list.names };
      console.log(`Screening against the list imported ${list.importedAt.toISOString()}`);
    } else {
      const importStart = process.hrtime.bigint();
      const imported = await importScreeningList(db, file);
      const importMs = Number(process.hrtime.bigint() - importStart) / 1e6;
      console.log(
        `Imported ${imported.rows} entries (${imported.names} names and aliases), list date ` +
          `${imported.listDate ?? 'unknown'}, in ${(importMs / 1000).toFixed(1)} s`,
      );
      report = imported;
    }

    const settings = screeningSettings(config.screening);
    const batch = queries();
    // Warm-up, not counted: the first queries load the trigram index into the cache.
    for (const query of batch.slice(0, 5)) {
      await db.transaction((manager) => screenName(manager, query, settings));
    }

    const times: number[] = [];
    const cpuTimes: number[] = [];
    const cpu = await cpuClock(db);
    const levels = new Map<Kind, { names: number; strong: number; possible: number }>();
    const start = process.hrtime.bigint();
    for (const query of batch) {
      const cpuBefore = cpu?.();
      const before = process.hrtime.bigint();
      const matches = await db.transaction((manager) => screenName(manager, query, settings));
      times.push(Number(process.hrtime.bigint() - before) / 1e6);
      if (cpu && cpuBefore !== undefined) cpuTimes.push(cpu() - cpuBefore);
      const strong = matches.some((m) => m.level === 'STRONG');
      const possible = !strong && matches.length > 0;
      const tally = levels.get(query.kind) ?? { names: 0, strong: 0, possible: 0 };
      levels.set(query.kind, {
        names: tally.names + 1,
        strong: tally.strong + (strong ? 1 : 0),
        possible: tally.possible + (possible ? 1 : 0),
      });
      if (values.verbose) {
        const best = matches[0];
        console.log(
          `${query.kind.padEnd(10)} ${query.name.padEnd(58)} ` +
            (best
              ? `${best.level} ${best.score} ${best.listCode} "${best.matchedName}" (${matches.length})`
              : '-'),
        );
      }
    }
    const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
    const sorted = [...times].sort((a, b) => a - b);
    const sum = (key: 'strong' | 'possible') =>
      [...levels.values()].reduce((n, tally) => n + tally[key], 0);

    console.log('');
    console.log(`List size:        ${report.rows} entries, ${report.names} names and aliases`);
    console.log(`Names screened:   ${batch.length} (sequentially, one transaction each)`);
    console.log(`Total time:       ${(totalMs / 1000).toFixed(2)} s`);
    console.log(`Names per second: ${((batch.length * 1000) / totalMs).toFixed(1)}`);
    console.log(
      `Per name (ms):    p50 ${percentile(sorted, 50).toFixed(1)}, ` +
        `p95 ${percentile(sorted, 95).toFixed(1)}, p99 ${percentile(sorted, 99).toFixed(1)}, ` +
        `max ${sorted.at(-1)?.toFixed(1)}`,
    );
    if (cpuTimes.length > 0) {
      const cpuSorted = [...cpuTimes].sort((a, b) => a - b);
      console.log(
        `CPU per name (ms): p50 ${percentile(cpuSorted, 50).toFixed(1)}, ` +
          `p95 ${percentile(cpuSorted, 95).toFixed(1)} (this process and its database backend)`,
      );
    }
    console.log(
      `Load average:     ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
    console.log(
      `Matches:          ${sum('strong')} names with a STRONG match, ` +
        `${sum('possible')} with only POSSIBLE ones, ` +
        `${batch.length - sum('strong') - sum('possible')} with none`,
    );
    console.log('');
    console.log('kind        names  STRONG  POSSIBLE  none');
    for (const [kind, tally] of levels) {
      const none = tally.names - tally.strong - tally.possible;
      console.log(
        `${kind.padEnd(10)} ${String(tally.names).padStart(6)} ${String(tally.strong).padStart(7)} ` +
          `${String(tally.possible).padStart(9)} ${String(none).padStart(5)}`,
      );
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
