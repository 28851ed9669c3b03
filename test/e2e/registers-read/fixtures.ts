import type { PartyCode } from '../../../src/domain/parties';
import { matchColumns } from '../../../src/services/trademarks/mark-input';
import type { TestApp } from '../../support/test-app';

/**
 * Rows of the four registers, inserted as the owner with fixed ids and fixed timestamps (each
 * distinct), so that both databases of the comparison hold the same rows in the same orders.
 * The day the apps run on is pinned to TODAY.
 */
export const TODAY = '2024-06-01';

/** A fixed uuid: one prefix per table, the row's number last. */
const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

// --- Marks (seeded: VALENCE, FENGFAN, FENGFAN-VALENCE) ----------------------------------------

export const MARK = {
  lithiumStar: id('a0000000', 1),
  sapphireCell: id('a0000000', 2),
  voltaic: id('a0000000', 3),
  fengfanBattery: id('a0000000', 4),
  anodeWorks: id('a0000000', 5),
};

interface MarkRow {
  id: string;
  text: string;
  language: string;
  owner: PartyCode;
  basis: 'EXHIBIT_B' | 'DESIGNATED_IN_WRITING' | 'NAMED_IN_CONTRACT';
  designated?: { on: string; ref: string };
  consent?: { party: PartyCode; ref: string; on: string };
  logoRef?: string;
  createdAt: string;
  registrations: Array<{ country: string; number: string; classes: number[]; status: string }>;
  renderings: Array<{ kind: string; text: string; language: string }>;
}

export const MARKS: MarkRow[] = [
  {
    id: MARK.lithiumStar,
    text: 'LITHIUM STAR',
    language: 'en',
    owner: 'VALENCE',
    basis: 'DESIGNATED_IN_WRITING',
    designated: { on: '2024-01-10', ref: 'Valence letter VT-2024-003' },
    logoRef: 'logos/lithium-star.svg',
    createdAt: '2024-01-01T01:00:00.000Z',
    // Inserted out of (country, number) order: the register reads them CN 5501, US 6999, US 7001.
    registrations: [
      { country: 'US', number: '7001', classes: [9, 12], status: 'REGISTERED' },
      { country: 'CN', number: '5501', classes: [9], status: 'FILED' },
      { country: 'US', number: '6999', classes: [9], status: 'EXPIRED' },
    ],
    renderings: [
      { kind: 'TRANSLITERATION', text: 'Li Xing', language: 'zh-Latn' },
      { kind: 'TRANSLATION', text: '锂星', language: 'zh' },
    ],
  },
  {
    id: MARK.sapphireCell,
    text: 'SAPPHIRE CELL',
    language: 'en',
    owner: 'FENGFAN',
    basis: 'NAMED_IN_CONTRACT',
    designated: { on: '2003-07-08', ref: 'TIC 10.4' },
    consent: { party: 'VALENCE', ref: 'Valence letter VT-2024-011', on: '2024-02-01' },
    createdAt: '2024-01-02T01:00:00.000Z',
    registrations: [{ country: 'CN', number: '8802', classes: [9, 35], status: 'REGISTERED' }],
    renderings: [{ kind: 'TRANSLATION', text: '蓝宝石电池', language: 'zh' }],
  },
  {
    id: MARK.voltaic,
    text: 'Voltaic',
    language: 'en',
    owner: 'JV',
    basis: 'DESIGNATED_IN_WRITING',
    designated: { on: '2024-01-20', ref: 'JV board minute 2024-01' },
    createdAt: '2024-01-03T01:00:00.000Z',
    registrations: [],
    renderings: [],
  },
  {
    id: MARK.fengfanBattery,
    text: '丰帆电池',
    language: 'zh',
    owner: 'JV',
    basis: 'DESIGNATED_IN_WRITING',
    designated: { on: '2024-01-21', ref: 'JV board minute 2024-02' },
    createdAt: '2024-01-04T01:00:00.000Z',
    registrations: [{ country: 'CN', number: '9903', classes: [9], status: 'CANCELLED' }],
    renderings: [
      { kind: 'TRANSLITERATION', text: 'Fengfan Dianchi', language: 'zh-Latn' },
      { kind: 'TRANSLATION', text: 'Fengfan Battery', language: 'en' },
    ],
  },
  {
    id: MARK.anodeWorks,
    text: 'ANODE WORKS',
    language: 'en',
    owner: 'VALENCE',
    basis: 'EXHIBIT_B',
    createdAt: '2024-01-05T01:00:00.000Z',
    registrations: [],
    renderings: [{ kind: 'TRANSLATION', text: '阳极工坊', language: 'zh' }],
  },
];

async function addMarks(t: TestApp): Promise<void> {
  for (const [m, mark] of MARKS.entries()) {
    const match = matchColumns('text', mark.text);
    await t.db.query(
      `INSERT INTO trademark (id, text, logo_ref, language, script, owner_party, protection_basis,
         designated_on, designation_ref, consent_party, consent_ref, consent_on, letters,
         match_key, skeleton, tokens, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        mark.id,
        match.text,
        mark.logoRef ?? null,
        mark.language,
        match.script,
        mark.owner,
        mark.basis,
        mark.designated?.on ?? null,
        mark.designated?.ref ?? null,
        mark.consent?.party ?? null,
        mark.consent?.ref ?? null,
        mark.consent?.on ?? null,
        match.letters,
        match.matchKey,
        match.skeleton,
        match.tokens,
        mark.createdAt,
      ],
    );
    for (const [r, reg] of mark.registrations.entries()) {
      await t.db.query(
        `INSERT INTO trademark_registration (id, mark_id, country, number, nice_classes, status)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id('a1000000', m * 10 + r), mark.id, reg.country, reg.number, reg.classes, reg.status],
      );
    }
    for (const [r, rendering] of mark.renderings.entries()) {
      const form = matchColumns('text', rendering.text);
      await t.db.query(
        `INSERT INTO trademark_rendering (id, mark_id, kind, text, language, script, letters,
           match_key, skeleton, tokens)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          id('a2000000', m * 10 + r),
          mark.id,
          rendering.kind,
          form.text,
          rendering.language,
          form.script,
          form.letters,
          form.matchKey,
          form.skeleton,
          form.tokens,
        ],
      );
    }
  }
}

// --- Confidential items ---------------------------------------------------------------------

export const ITEM = {
  slurry: id('b0000000', 1),
  priceList: id('b0000000', 2),
  yieldReport: id('b0000000', 3),
  costModel: id('b0000000', 4),
  boardBudget: id('b0000000', 5),
  staffPlan: id('b0000000', 6),
  electrolyte: id('b0000000', 7),
};

interface ItemRow {
  id: string;
  title: string;
  from: PartyCode;
  to: PartyCode;
  contract: 'TIC' | 'JVC';
  category: string;
  valenceTechnology: boolean;
  basis: 'MARKED' | 'ADVISED_IN_WRITING' | 'ADVISED_ORALLY';
  status?: 'RELEASED';
  eccn?: string;
  withContent?: boolean;
  protectedUntil: string | null;
  registeredAt: string;
  documents: number;
}

/** Registered in this order, an hour apart on the first days of March 2024. */
export const ITEMS: ItemRow[] = [
  {
    id: ITEM.slurry,
    title: 'Cathode slurry recipe',
    from: 'VALENCE',
    to: 'JV',
    contract: 'TIC',
    category: 'FORMULATION',
    valenceTechnology: true,
    basis: 'MARKED',
    eccn: '1C010',
    withContent: true,
    protectedUntil: null,
    registeredAt: '2024-03-01T02:00:00.000Z',
    documents: 2,
  },
  {
    id: ITEM.priceList,
    title: 'Supplier price list',
    from: 'VALENCE',
    to: 'JV',
    contract: 'TIC',
    category: 'SUPPLIER_LIST',
    valenceTechnology: false,
    basis: 'ADVISED_IN_WRITING',
    protectedUntil: '2029-03-02',
    registeredAt: '2024-03-02T02:00:00.000Z',
    documents: 1,
  },
  {
    id: ITEM.yieldReport,
    title: 'Line yield report',
    from: 'JV',
    to: 'VALENCE',
    contract: 'TIC',
    category: 'PROCESS',
    valenceTechnology: false,
    basis: 'ADVISED_ORALLY',
    status: 'RELEASED',
    protectedUntil: '2028-12-31',
    registeredAt: '2024-03-03T02:00:00.000Z',
    documents: 0,
  },
  {
    id: ITEM.costModel,
    title: 'Powder cost model',
    from: 'JV',
    to: 'FENGFAN',
    contract: 'TIC',
    category: 'BUSINESS',
    valenceTechnology: false,
    basis: 'MARKED',
    withContent: true,
    protectedUntil: '2030-01-01',
    registeredAt: '2024-03-04T02:00:00.000Z',
    documents: 1,
  },
  {
    id: ITEM.boardBudget,
    title: 'Board budget 2024',
    from: 'FENGFAN',
    to: 'JV',
    contract: 'JVC',
    category: 'FINANCIAL',
    valenceTechnology: false,
    basis: 'MARKED',
    protectedUntil: null,
    registeredAt: '2024-03-05T02:00:00.000Z',
    documents: 0,
  },
  {
    id: ITEM.staffPlan,
    title: 'Assembly staffing plan',
    from: 'VALENCE',
    to: 'FENGFAN',
    contract: 'TIC',
    category: 'PERSONNEL',
    valenceTechnology: false,
    basis: 'ADVISED_IN_WRITING',
    protectedUntil: '2027-06-30',
    registeredAt: '2024-03-06T02:00:00.000Z',
    documents: 2,
  },
  {
    id: ITEM.electrolyte,
    title: 'Electrolyte additive',
    from: 'VALENCE',
    to: 'JV',
    contract: 'TIC',
    category: 'TECHNOLOGY',
    valenceTechnology: true,
    basis: 'MARKED',
    eccn: 'EAR99',
    protectedUntil: null,
    registeredAt: '2024-03-07T02:00:00.000Z',
    documents: 0,
  },
];

async function addItems(t: TestApp): Promise<void> {
  const contracts = new Map<string, string>();
  for (const code of ['TIC', 'JVC']) {
    const [row] = await t.db.query<Array<{ id: string }>>(
      `SELECT id FROM contract WHERE code = $1`,
      [code],
    );
    contracts.set(code, row.id);
  }
  for (const [i, item] of ITEMS.entries()) {
    const day = item.registeredAt.slice(0, 10);
    await t.db.query(
      `INSERT INTO confidential_item (id, title, summary, disclosing_party, receiving_party,
         contract_id, article, basis, disclosed_on, advised_on, confirmed_in_writing_on, category,
         valence_technology, eccn, status, content_cipher, content_sha256, protected_until,
         protection_rule, registered_by, registered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
               $19, $20, $21)`,
      [
        item.id,
        item.title,
        `Summary of the ${item.title.toLowerCase()}`,
        item.from,
        item.to,
        contracts.get(item.contract),
        item.contract === 'TIC' ? 'TIC 7.1(b)' : 'JVC Art. 96',
        item.basis,
        `2024-02-2${i + 1}`,
        item.basis === 'MARKED' ? null : `2024-02-2${i + 2}`,
        item.basis === 'ADVISED_ORALLY' ? '2024-02-29' : null,
        item.category,
        item.valenceTechnology,
        item.eccn ?? null,
        item.status ?? 'PROTECTED',
        item.withContent ? Buffer.from([0, 1, 2, 3, i]) : null,
        item.withContent ? 'c'.repeat(63) + String(i) : null,
        item.protectedUntil,
        item.contract === 'TIC' ? 'TIC 8.7' : 'JVC Art. 96, 100',
        await t.userId(item.from, 'LEGAL'),
        item.registeredAt,
      ],
    );
    for (let d = 1; d <= item.documents; d += 1) {
      await t.db.query(
        `INSERT INTO confidential_document (id, item_id, file_name, media_type, byte_size, sha256,
           cipher, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          id('b1000000', i * 10 + d),
          item.id,
          // The second document sorts first by name, last by the time it was added.
          d === 1 ? `z-${i}-main.pdf` : `a-${i}-annex.xlsx`,
          d === 1
            ? 'application/pdf'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          1000 * (i + 1) + d,
          String(d).repeat(32) + 'ab'.repeat(16),
          Buffer.from(`cipher ${i} ${d}`),
          `${day}T0${2 + d}:00:00.000Z`,
        ],
      );
    }
  }
  const grant = async (
    n: number,
    item: string,
    user: string,
    by: string,
    expiresOn: string,
    revokedAt: string | null = null,
  ) =>
    t.db.query(
      `INSERT INTO need_to_know_grant (id, item_id, user_id, purpose, granted_by, granted_at,
         expires_on, revoked_at, revoked_by, revoke_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id('b2000000', n),
        item,
        user,
        'Line qualification',
        by,
        `2024-04-0${n}T02:00:00.000Z`,
        expiresOn,
        revokedAt,
        revokedAt ? by : null,
        revokedAt ? 'Project closed' : null,
      ],
    );
  const jvEngineer = await t.userId('JV', 'ENGINEER');
  const jvLegal = await t.userId('JV', 'LEGAL');
  // The JV ENGINEER: live on the slurry recipe, expired on the price list (TODAY is later),
  // revoked on the electrolyte additive. The VALENCE ENGINEER: live on the yield report.
  await grant(1, ITEM.slurry, jvEngineer, jvLegal, '2025-12-31');
  await grant(2, ITEM.priceList, jvEngineer, jvLegal, '2024-05-31');
  await grant(3, ITEM.electrolyte, jvEngineer, jvLegal, '2025-12-31', '2024-05-01T02:00:00.000Z');
  await grant(
    4,
    ITEM.yieldReport,
    await t.userId('VALENCE', 'ENGINEER'),
    await t.userId('VALENCE', 'LEGAL'),
    '2025-06-30',
  );
}

// --- Suppliers, their holders and sublicences -------------------------------------------------

export const SUPPLIER = {
  vanadium: id('c0000000', 1),
  lithiumSalts: id('c0000000', 2),
  holdings: id('c0000000', 3),
  fengfan: id('c0000000', 4),
  separator: id('c0000000', 5),
};

interface SupplierRow {
  id: string;
  legalName: string;
  otherNames: string[];
  country: string;
  registrationNumber: string | null;
  partyCode: PartyCode | null;
  recordedOn: string;
}

export const SUPPLIERS: SupplierRow[] = [
  {
    id: SUPPLIER.vanadium,
    legalName: 'Baoding Vanadium Co., Ltd.',
    otherNames: ['保定钒业有限公司', 'Baoding Vanadium'],
    country: 'CN',
    registrationNumber: '91130600MA0001',
    partyCode: null,
    recordedOn: '2024-01-05',
  },
  {
    id: SUPPLIER.lithiumSalts,
    legalName: 'Hebei Lithium Salts Ltd.',
    otherNames: [],
    country: 'CN',
    registrationNumber: null,
    partyCode: null,
    recordedOn: '2024-01-06',
  },
  {
    id: SUPPLIER.holdings,
    legalName: 'North China Holdings Ltd.',
    otherNames: ['华北控股'],
    country: 'HK',
    registrationNumber: 'HK-220011',
    partyCode: null,
    recordedOn: '2024-01-07',
  },
  {
    id: SUPPLIER.fengfan,
    legalName: 'Baoding Fengfan Group Limited Liability Company',
    otherNames: ['保定风帆集团有限责任公司'],
    country: 'CN',
    registrationNumber: null,
    partyCode: 'FENGFAN',
    recordedOn: '2024-01-02',
  },
  {
    id: SUPPLIER.separator,
    legalName: 'acme Separator Inc.',
    otherNames: ['Acme'],
    country: 'US',
    registrationNumber: 'DE-5550123',
    partyCode: null,
    recordedOn: '2024-01-03',
  },
];

/** Holders: the vanadium company has two, the salts company one, the others none. */
export const LINKS = [
  {
    id: id('c1000000', 1),
    holder: SUPPLIER.fengfan,
    held: SUPPLIER.vanadium,
    share: '60.00',
    manager: false,
    board: true,
    from: '2020-01-01',
    ended: null,
    recordedOn: '2024-01-09',
  },
  {
    id: id('c1000000', 2),
    holder: SUPPLIER.holdings,
    held: SUPPLIER.vanadium,
    share: '12.50',
    manager: false,
    board: false,
    from: null,
    ended: null,
    recordedOn: '2024-01-08',
  },
  {
    id: id('c1000000', 3),
    holder: SUPPLIER.holdings,
    held: SUPPLIER.lithiumSalts,
    share: null,
    manager: true,
    board: false,
    from: '2019-05-01',
    ended: '2023-12-31',
    recordedOn: '2024-01-10',
  },
];

export const SUBLICENCE = {
  vanadiumActive: id('c2000000', 1),
  saltsDraft: id('c2000000', 2),
  separatorSuspended: id('c2000000', 3),
  vanadiumTerminated: id('c2000000', 4),
};

interface SublicenceRow {
  id: string;
  supplier: string;
  status: 'DRAFT' | 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
  validFrom: string | null;
  validTo: string | null;
  purpose: 'SUPPLY_MATERIALS_FOR_PRODUCTS' | 'OTHER';
  createdAt: string;
  transfers: number;
}

export const SUBLICENCES: SublicenceRow[] = [
  {
    id: SUBLICENCE.vanadiumActive,
    supplier: SUPPLIER.vanadium,
    status: 'ACTIVE',
    validFrom: '2024-01-01',
    validTo: '2026-12-31',
    purpose: 'SUPPLY_MATERIALS_FOR_PRODUCTS',
    createdAt: '2024-02-01T03:00:00.000Z',
    transfers: 2,
  },
  {
    id: SUBLICENCE.saltsDraft,
    supplier: SUPPLIER.lithiumSalts,
    status: 'DRAFT',
    validFrom: null,
    validTo: null,
    purpose: 'OTHER',
    createdAt: '2024-02-02T03:00:00.000Z',
    transfers: 0,
  },
  {
    id: SUBLICENCE.separatorSuspended,
    supplier: SUPPLIER.separator,
    status: 'SUSPENDED',
    validFrom: '2023-06-01',
    validTo: '2025-05-31',
    purpose: 'SUPPLY_MATERIALS_FOR_PRODUCTS',
    createdAt: '2024-02-03T03:00:00.000Z',
    transfers: 1,
  },
  {
    id: SUBLICENCE.vanadiumTerminated,
    supplier: SUPPLIER.vanadium,
    status: 'TERMINATED',
    validFrom: '2022-01-01',
    validTo: '2023-12-31',
    purpose: 'SUPPLY_MATERIALS_FOR_PRODUCTS',
    createdAt: '2024-02-04T03:00:00.000Z',
    transfers: 0,
  },
];

async function addSuppliers(t: TestApp): Promise<void> {
  const jvLegal = await t.userId('JV', 'LEGAL');
  for (const [s, supplier] of SUPPLIERS.entries()) {
    await t.db.query(
      `INSERT INTO supplier (id, legal_name, other_names, country, address, registration_number,
         party_code, recorded_on, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        supplier.id,
        supplier.legalName,
        supplier.otherNames,
        supplier.country,
        `${s + 1} Industrial Road, ${supplier.country}`,
        supplier.registrationNumber,
        supplier.partyCode,
        supplier.recordedOn,
        `${supplier.recordedOn}T05:00:00.000Z`,
      ],
    );
  }
  for (const link of LINKS) {
    await t.db.query(
      `INSERT INTO ownership_link (id, holder_id, held_id, share_percent, appoints_general_manager,
         appoints_board_majority, from_date, ended_on, recorded_on, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        link.id,
        link.holder,
        link.held,
        link.share,
        link.manager,
        link.board,
        link.from,
        link.ended,
        link.recordedOn,
        jvLegal,
      ],
    );
  }
  // One screening, of the vanadium company, with no match.
  await t.db.query(
    `INSERT INTO supplier_screening (id, supplier_id, screened_at, screened_on, trigger,
       screened_by, list_version, names, matches)
     VALUES ($1, $2, '2024-01-05T06:00:00.000Z', '2024-01-05', 'REGISTERED', $3, NULL, $4, '[]')`,
    [id('c3000000', 1), SUPPLIER.vanadium, jvLegal, SUPPLIERS[0].otherNames],
  );
  const [tic] = await t.db.query<Array<{ id: string }>>(
    `SELECT id FROM contract WHERE code = 'TIC'`,
  );
  for (const [l, sub] of SUBLICENCES.entries()) {
    const complete = sub.status !== 'DRAFT';
    await t.db.query(
      `INSERT INTO supplier_sublicense (id, supplier_id, contract_id, status, suspended_reason,
         valid_from, valid_to, purpose, purpose_text, materials, agreement_executed_on,
         document_reference, document_sha256, no_further_sublicensing, no_powder_offer,
         valence_terms, confidentiality_undertaking, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
               $19)`,
      [
        sub.id,
        sub.supplier,
        tic.id,
        sub.status,
        sub.status === 'SUSPENDED' ? 'Screening match under review (JV COMPLIANCE)' : null,
        sub.validFrom,
        sub.validTo,
        sub.purpose,
        sub.purpose === 'OTHER' ? 'Trial lots for testing' : 'Vanadium pentoxide for LVP powder',
        JSON.stringify(
          sub.purpose === 'OTHER'
            ? []
            : [
                { material: 'vanadium pentoxide', recipients: ['LICENSEE', 'VALENCE'] },
                { material: 'lithium carbonate', recipients: ['LICENSEE'] },
              ],
        ),
        complete ? sub.validFrom : null,
        complete ? `SUP-2024-00${l + 1}` : null,
        complete ? String(l).repeat(64) : null,
        complete ? true : null,
        complete ? l !== 2 : null,
        complete ? true : null,
        null,
        sub.createdAt,
        sub.createdAt.replace('T03', 'T04'),
      ],
    );
    for (let n = 1; n <= sub.transfers; n += 1) {
      await t.db.query(
        `INSERT INTO sublicense_transfer (id, sublicense_id, description, items, end_use,
           destination, transferred_on, gate_passed, gate_check_id, gate_decision, gate_reason,
           gate_article, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, NULL, $9, 'TIC 12.2', $10, $11)`,
        [
          id('c4000000', l * 10 + n),
          sub.id,
          n === 1 ? 'Powder specification sheet' : 'Sample powder lot',
          JSON.stringify(
            n === 1
              ? [{ eccn: 'EAR99', kind: 'DOCUMENT' }]
              : [
                  { eccn: '1C010', kind: 'PRODUCT' },
                  { eccn: 'EAR99', kind: null },
                ],
          ),
          'Cathode material supply',
          SUPPLIERS.find((s) => s.id === sub.supplier)!.country,
          `2024-03-1${n}`,
          n === 1,
          n === 1 ? 'A passing export check on file' : 'No export check on file',
          jvLegal,
          // Recorded in reverse order of their numbers: the register reads them by recorded_at.
          `2024-03-1${n}T0${9 - n}:00:00.000Z`,
        ],
      );
    }
  }
}

/** Every fixture row, in both databases alike. */
export async function addFixtures(t: TestApp): Promise<void> {
  await addMarks(t);
  await addItems(t);
  await addSuppliers(t);
}
