import type { DataSource } from 'typeorm';

export interface DatasetSize {
  /** Generated contracts (the two seeded ones, TIC and JVC, come on top). */
  contracts: number;
  /** Generated articles, spread evenly over the generated contracts. */
  articles: number;
  /** Obligations per generated contract, each with a due date. */
  obligationsPerContract: number;
  /**
   * Rows generated in each register: marks, confidential items, suppliers and supplier
   * sublicences (their registrations, renderings, documents and holders come on top); none
   * when omitted.
   */
  registerRows?: number;
}

export const DEFAULT_SIZE: Required<DatasetSize> = {
  contracts: 200,
  articles: 8000,
  obligationsPerContract: 3,
  registerRows: 200,
};

/**
 * Deterministic rows, the same for every run of a size: contract i is BENCH-0001…, its
 * parties Valence and the JV (Fengfan too for every third), its articles numbered 1…n with a
 * heading and a body of some 1,200 characters (contract texts are long; a list that shows
 * headings must not fetch them), dated duties of the JV owed to Valence, and the registers'
 * rows (generateRegisters). Everything is generated inside PostgreSQL (generate_series), so a
 * large size loads in seconds.
 */
export async function generateDataset(db: DataSource, size: DatasetSize): Promise<void> {
  const perContract = Math.max(1, Math.round(size.articles / size.contracts));
  await db.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO contract (code, title, kind, signed_on, status, effective_on, term_years,
                             term_starts_on, governing_law, forum)
       SELECT 'BENCH-' || lpad(i::text, 4, '0'),
              'Supplier sublicence ' || i || ' for cathode materials',
              'SUPPLIER_SUBLICENCE', date '2020-01-01' + i, 'EFFECTIVE', date '2020-02-01' + i,
              10, date '2020-02-01' + i, 'California', 'ICC, Singapore'
       FROM generate_series(1, $1::int) AS i`,
      [size.contracts],
    );
    await manager.query(
      `INSERT INTO contract_party (contract_id, party_code, role, signatory)
       SELECT c.id, p.code, p.role, true
       FROM contract c
       CROSS JOIN (VALUES ('VALENCE', 'LICENSOR'), ('JV', 'LICENSEE'), ('FENGFAN', 'PARTY_A'))
         AS p(code, role)
       WHERE c.code LIKE 'BENCH-%'
         AND (p.code <> 'FENGFAN' OR substr(c.code, 7)::int % 3 = 0)`,
    );
    await manager.query(
      `INSERT INTO article (contract_id, number, heading, chapter, body, position)
       SELECT c.id, n::text, 'Article ' || n || ' of ' || c.code, 'Chapter ' || (1 + n / 10),
              repeat('The Licensee shall keep the Technology Information of article ' || n ||
                     ' confidential and use it only to make Products. ', 12),
              n
       FROM contract c CROSS JOIN generate_series(1, $1::int) AS n
       WHERE c.code LIKE 'BENCH-%'`,
      [perContract],
    );
    await manager.query(
      `WITH made AS (
         INSERT INTO obligation (contract_id, code, obligor_party, beneficiary_parties,
                                 description, article, due_rule, due_on, due_on_unrolled)
         SELECT c.id, 'bench-' || j, 'JV', '{VALENCE}',
                'Deliver report ' || j || ' under ' || c.code, c.code || ' ' || j,
                'on the day the schedule names',
                date '2026-01-01' + (substr(c.code, 7)::int * 7 + j * 41) % 540,
                date '2026-01-01' + (substr(c.code, 7)::int * 7 + j * 41) % 540
         FROM contract c CROSS JOIN generate_series(1, $1::int) AS j
         WHERE c.code LIKE 'BENCH-%'
         RETURNING id)
       INSERT INTO obligation_beneficiary (obligation_id, party_code)
       SELECT id, 'VALENCE' FROM made`,
      [size.obligationsPerContract],
    );
    await generateRegisters(manager, size.registerRows ?? 0);
  });
}

/**
 * Copies of one export check the server ran (runExportCheck, so its JSON is the server's
 * own), one a day back from its run: `count` rows in all.
 */
export async function copyExportCheck(
  db: { query: (sql: string, params: unknown[]) => Promise<unknown> },
  count: number,
): Promise<void> {
  await db.query(
    `INSERT INTO export_check (run_by, run_party, run_at, release_kind, destination,
       involves_technology, input, reference_versions, decision, findings, matches, evaluation,
       party_keys, run_roles)
     SELECT run_by, run_party, run_at - make_interval(days => i), release_kind, destination,
       involves_technology, input, reference_versions, decision, findings, matches, evaluation,
       party_keys, run_roles
     FROM export_check CROSS JOIN generate_series(1, $1::int - 1) AS i`,
    [count],
  );
}

type Queryable = { query: (sql: string, params?: unknown[]) => Promise<unknown> };

/** The id of the seeded TIC, under which the registers' rows are disclosed and sublicensed. */
const TIC = `(SELECT id FROM contract WHERE code = 'TIC')`;
/** The LEGAL user of a party (seeded demo users), who records that party's rows. */
const legalOf = (party: string) =>
  `(SELECT id FROM app_user WHERE email = 'legal@' || lower(${party}) || '.demo')`;

/**
 * `rows` rows in each register, the same for every run of a size (at most 9,999, numbered
 * 0001…):
 * - marks `LUMIRA 0001`…, owned in turn by Valence, the JV and Fengfan, each with a CN
 *   registration and a US (Valence) or HK one, a transliteration into Chinese characters and,
 *   for every other mark, a translation; the conflict-check columns as the API computes them
 *   for these words (rules/trademarks/mark-form.ts);
 * - confidential items under the TIC, disclosed by Valence to the JV (some of them Valence's
 *   Technology), by the JV to Valence, and by Valence to Fengfan (which the JV does not see),
 *   each with one or two documents (the ciphertext columns hold arbitrary bytes: no list
 *   reads them);
 * - suppliers, mostly in China (every tenth a Hong Kong holding company), each held by one or
 *   two other companies of the register; and the JV's sublicence to each Chinese supplier.
 */
export async function generateRegisters(db: Queryable, rows: number): Promise<void> {
  if (rows <= 0) return;
  await db.query(
    `WITH word(n, word, han, han_key, meaning, meaning_key) AS (VALUES
       (0, 'LUMIRA', '露米拉', 'lumila', '光明', 'guangming'),
       (1, 'CATHEX', '卡泰克斯', 'kataikesi', '阴极', 'yinji'),
       (2, 'VOLTARA', '沃尔塔拉', 'woertala', '电压', 'dianya'),
       (3, 'FERROLITH', '费罗利斯', 'feiluolisi', '铁石', 'tieshi'),
       (4, 'POWDERON', '宝德隆', 'baodelong', '粉末', 'fenmo'),
       (5, 'SAPHION', '萨菲昂', 'safeiang', '蓝宝石', 'lanbaoshi')),
     mark AS (
       -- k numbers the marks of one word, so that owners and the rest vary within a page.
       SELECT i, i / 6 AS k, w.*, w.word || ' ' || lpad(i::text, 4, '0') AS text,
              lower(w.word) || lpad(i::text, 4, '0') AS letters,
              (ARRAY['VALENCE', 'JV', 'FENGFAN'])[1 + (i / 6) % 3] AS owner
       FROM generate_series(1, $1::int) AS i JOIN word w ON w.n = i % 6),
     made AS (
       INSERT INTO trademark (text, language, script, owner_party, protection_basis,
                              designated_on, designation_ref, letters, match_key, skeleton,
                              tokens, created_by, created_at)
       SELECT m.text, 'en', 'LATIN', m.owner,
              CASE WHEN m.owner = 'VALENCE' AND m.k % 2 = 0 THEN 'EXHIBIT_B'
                   ELSE 'DESIGNATED_IN_WRITING' END,
              CASE WHEN m.owner = 'VALENCE' AND m.k % 2 = 0 THEN NULL
                   ELSE date '2019-01-01' + m.i END,
              CASE WHEN m.owner = 'VALENCE' AND m.k % 2 = 0 THEN NULL
                   ELSE 'Letter ' || m.owner || '/TM/' || lpad(m.i::text, 4, '0') END,
              m.letters, m.letters,
              replace(replace(replace(m.letters, 'rn', 'm'), '1', 'l'), '0', 'o'),
              ARRAY[lower(m.word), lpad(m.i::text, 4, '0')], ${legalOf('m.owner')},
              timestamptz '2024-01-01 08:00:00+00' + make_interval(hours => m.i)
       FROM mark m
       RETURNING id, text),
     registered AS (
       INSERT INTO trademark_registration (mark_id, country, number, nice_classes, status)
       SELECT made.id, r.country, r.number, r.classes, r.status
       FROM made JOIN mark m ON m.text = made.text
       CROSS JOIN LATERAL (VALUES
         ('CN', (40000000 + m.i)::text,
          CASE WHEN m.k % 2 = 0 THEN '{1,9}'::int[] ELSE '{9}'::int[] END,
          CASE WHEN m.k % 11 = 10 THEN 'EXPIRED' WHEN m.k % 4 = 3 THEN 'FILED'
               ELSE 'REGISTERED' END),
         (CASE m.owner WHEN 'VALENCE' THEN 'US' ELSE 'HK' END,
          CASE m.owner WHEN 'VALENCE' THEN (5000000 + m.i)::text
               ELSE '30' || lpad(m.i::text, 7, '0') END,
          '{9,12}'::int[], CASE WHEN m.k % 5 = 4 THEN 'FILED' ELSE 'REGISTERED' END))
         AS r(country, number, classes, status)
       RETURNING 1)
     INSERT INTO trademark_rendering (mark_id, kind, text, language, script, letters,
                                      match_key, skeleton, tokens)
     SELECT made.id, r.kind, r.text, 'zh', 'HAN', r.text, r.key, r.key, ARRAY[r.key]
     FROM made JOIN mark m ON m.text = made.text
     CROSS JOIN LATERAL (VALUES ('TRANSLITERATION', m.han, m.han_key),
                                ('TRANSLATION', m.meaning, m.meaning_key)) AS r(kind, text, key)
     WHERE r.kind = 'TRANSLITERATION' OR m.k % 2 = 0`,
    [rows],
  );
  await db.query(
    `WITH kind(k, disclosing, receiving, technology, category, article, basis, title) AS (VALUES
       (0, 'VALENCE', 'FENGFAN', false, 'BUSINESS', 'TIC 8.1', 'MARKED',
        'Valence price schedule for Fengfan, issue '),
       (1, 'VALENCE', 'JV', true, 'TECHNOLOGY', 'TIC 7.1(b)', 'MARKED',
        'Phosphate cathode process specification, revision '),
       (2, 'VALENCE', 'JV', false, 'SUPPLIER_LIST', 'TIC 1.3', 'ADVISED_IN_WRITING',
        'Qualified powder suppliers, list '),
       (3, 'JV', 'VALENCE', false, 'BUSINESS', 'TIC 8.1', 'ADVISED_ORALLY',
        'JV production plan, issue '),
       (4, 'JV', 'VALENCE', false, 'FINANCIAL', 'TIC 8.1', 'MARKED', 'JV cost report '))
     INSERT INTO confidential_item (title, summary, disclosing_party, receiving_party,
       contract_id, article, basis, disclosed_on, advised_on, confirmed_in_writing_on, category,
       valence_technology, status, content_cipher, content_sha256, protected_until,
       protection_rule, registered_by, registered_at)
     SELECT k.title || lpad(i::text, 4, '0'),
            'What ' || lower(replace(k.category, '_', ' ')) || ' information item ' || i || ' covers, in general terms',
            k.disclosing, k.receiving, ${TIC}, k.article, k.basis,
            date '2024-01-01' + i % 700,
            CASE WHEN k.basis <> 'MARKED' THEN date '2024-01-01' + i % 700 END,
            CASE WHEN k.basis = 'ADVISED_ORALLY' THEN date '2024-01-11' + i % 700 END,
            k.category, k.technology, 'PROTECTED',
            decode(md5('iv ' || i) || md5('ciphertext ' || i), 'hex'),
            encode(sha256(convert_to('content ' || i, 'UTF8')), 'hex'), NULL,
            'TIC 8.7: survives termination for any reason, without end',
            ${legalOf('k.disclosing')},
            timestamptz '2025-01-01 08:00:00+00' + make_interval(hours => i)
     FROM generate_series(1, $1::int) AS i JOIN kind k ON k.k = i % 5`,
    [rows],
  );
  await db.query(
    `INSERT INTO confidential_document (item_id, file_name, media_type, byte_size, sha256, cipher,
                                        created_at)
     SELECT ci.id, 'item-' || lpad(ci.n::text, 4, '0') || d.suffix, d.media_type,
            20000 + (ci.n * 7919 + d.n * 104729) % 900000,
            encode(sha256(convert_to('document ' || ci.n || '/' || d.n, 'UTF8')), 'hex'),
            decode(md5('document ' || ci.n || '/' || d.n), 'hex'),
            ci.registered_at + make_interval(mins => d.n)
     FROM (SELECT id, registered_at, substring(title from '([0-9]+)$')::int AS n
           FROM confidential_item WHERE contract_id = ${TIC}) ci
     CROSS JOIN (VALUES (1, '.pdf', 'application/pdf'),
                        (2, '.xlsx',
                         'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'))
       AS d(n, suffix, media_type)
     WHERE d.n = 1 OR ci.n % 2 = 0`,
  );
  await db.query(
    `WITH city(n, name, han) AS (VALUES (0, 'Baoding', '保定'), (1, 'Tianjin', '天津'),
       (2, 'Shenzhen', '深圳'), (3, 'Ningbo', '宁波'), (4, 'Hefei', '合肥')),
     product(n, name, han) AS (VALUES (0, 'Cathode', '正极'), (1, 'Powder', '粉体'),
       (2, 'Electrolyte', '电解液'), (3, 'Separator', '隔膜'))
     INSERT INTO supplier (legal_name, other_names, country, address, registration_number,
                           recorded_on)
     SELECT CASE WHEN i % 10 = 0
                 THEN 'Pacific ' || p.name || ' Holdings No. ' || lpad(i::text, 4, '0') || ' Limited'
                 ELSE c.name || ' ' || p.name || ' Materials No. ' || lpad(i::text, 4, '0')
                      || ' Co., Ltd.' END,
            CASE WHEN i % 10 = 0 THEN '{}'::text[]
                 ELSE ARRAY[c.han || p.han || '材料第' || i || '号有限公司'] END,
            CASE WHEN i % 10 = 0 THEN 'HK' ELSE 'CN' END,
            CASE WHEN i % 10 = 0 THEN i || ' Queen''s Road Central, Hong Kong'
                 ELSE i || ' Industrial Park Road, ' || c.name || ', China' END,
            CASE WHEN i % 10 = 0 THEN lpad(i::text, 8, '0')
                 ELSE '9113' || lpad(i::text, 14, '0') END,
            date '2023-01-01' + i
     FROM generate_series(1, $1::int) AS i
     JOIN city c ON c.n = (i / 3) % 5 JOIN product p ON p.n = i % 4`,
    [rows],
  );
  await db.query(
    `WITH s AS (SELECT id, substring(legal_name from 'No\\. ([0-9]+)')::int AS n FROM supplier
                WHERE party_code IS NULL)
     INSERT INTO ownership_link (holder_id, held_id, share_percent, appoints_general_manager,
       appoints_board_majority, from_date, ended_on, recorded_on, recorded_by)
     SELECT holder.id, held.id,
            CASE WHEN l.n = 1 THEN 51 + held.n % 30 + 0.5
                 WHEN held.n % 6 = 0 THEN NULL ELSE 5 + held.n % 15 + 0.25 END,
            CASE WHEN l.n = 1 THEN held.n % 2 = 0 ELSE held.n % 6 = 0 END,
            l.n = 1 AND held.n % 4 <> 0,
            date '2018-01-01' + held.n,
            CASE WHEN l.n = 2 AND held.n % 8 = 0 THEN date '2018-01-01' + held.n + 1000 END,
            date '2023-01-01' + held.n + 30 * l.n, ${legalOf("'JV'")}
     FROM s held CROSS JOIN (VALUES (1), (2)) AS l(n)
     JOIN s holder ON holder.n = (held.n + l.n - 1) % $1::int + 1
     WHERE (l.n = 1 OR held.n % 2 = 0) AND holder.id <> held.id`,
    [rows],
  );
  await db.query(
    `INSERT INTO supplier_sublicense (supplier_id, contract_id, sublicensor_party, status,
       suspended_reason, valid_from, valid_to, purpose, purpose_text, materials,
       agreement_executed_on, document_reference, document_sha256, no_further_sublicensing,
       no_powder_offer, valence_terms, confidentiality_undertaking, created_at, updated_at)
     SELECT s.id, ${TIC}, 'JV', x.status,
            CASE WHEN x.status = 'SUSPENDED'
                 THEN 'Suspended by Valence pending a screening review (TIC 2.4)' END,
            CASE WHEN x.status <> 'DRAFT' THEN date '2022-01-01' + s.n END,
            CASE WHEN x.status <> 'DRAFT' AND s.n % 3 <> 0 THEN date '2022-01-01' + s.n + 1094 END,
            CASE WHEN s.n % 9 = 0 THEN 'OTHER' ELSE 'SUPPLY_MATERIALS_FOR_PRODUCTS' END,
            CASE WHEN s.n % 9 = 0 THEN 'To test cathode powder samples for the Licensee'
                 ELSE 'Solely to provide materials to the Licensee for making Products' END,
            jsonb_build_array(jsonb_build_object('material', 'Cathode powder, lot type '
              || (s.n % 7 + 1), 'recipients', jsonb_build_array('LICENSEE'))),
            CASE WHEN x.status <> 'DRAFT' THEN date '2021-12-20' + s.n END,
            CASE WHEN x.status <> 'DRAFT' THEN 'JV/SUB/' || lpad(s.n::text, 4, '0') END,
            CASE WHEN x.status <> 'DRAFT'
                 THEN encode(sha256(convert_to('sublicence ' || s.n, 'UTF8')), 'hex') END,
            CASE WHEN x.status <> 'DRAFT' THEN true END,
            CASE WHEN x.status <> 'DRAFT' THEN true END,
            CASE WHEN x.status <> 'DRAFT' THEN true END,
            CASE WHEN x.status <> 'DRAFT' THEN true END,
            timestamptz '2024-06-01 08:00:00+00' + make_interval(hours => s.n),
            timestamptz '2024-06-01 08:00:00+00' + make_interval(hours => s.n)
     FROM (SELECT id, substring(legal_name from 'No\\. ([0-9]+)')::int AS n FROM supplier
           WHERE party_code IS NULL AND country = 'CN') s
     CROSS JOIN LATERAL (SELECT CASE WHEN s.n % 7 = 0 THEN 'DRAFT'
       WHEN s.n % 13 = 0 THEN 'SUSPENDED' WHEN s.n % 17 = 0 THEN 'TERMINATED'
       ELSE 'ACTIVE' END AS status) x`,
  );
}
