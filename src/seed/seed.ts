import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ArticleEntity,
  ContractEntity,
  ContractPartyEntity,
  ContractStatusChangeEntity,
  KeyTermEntity,
  ObligationEntity,
  PartyEntity,
  UserEntity,
} from '../entities';
import { parseJointVentureContract, parseTechnologyInvestmentContract } from './parse-contract';
import { KEY_TERMS } from './key-terms';
import { OBLIGATIONS } from './obligations';
import { CONTRACTS, DEMO_DOMAINS, DEMO_USERS, PARTIES, type SeedContract } from './reference-data';
import { projectPath } from '../project-root';
import { seedMarks } from './trademarks';

export const CONTRACTS_DIR = projectPath('data', 'contracts');

export interface SeedReport {
  partiesAdded: number;
  usersAdded: number;
  contractsAdded: number;
  articlesAdded: number;
  keyTermsAdded: number;
  obligationsAdded: number;
}

export interface SeedOptions {
  /**
   * One demo user per party and role, and the parties' demo e-mail domains. Development and
   * tests only: production has no demo users; its first ADMIN per party comes from
   * `npm run user:create`.
   */
  demoUsers: boolean;
}

/**
 * Loads the parties, the demo users and both contracts with every article, key term and
 * obligation. Idempotent, and an upgrade: what exists is left as it is, what a newer version
 * of the seed adds is added.
 */
export async function seedDatabase(
  db: DataSource,
  options: SeedOptions = { demoUsers: true },
): Promise<SeedReport> {
  return db.transaction(async (manager) => {
    const report: SeedReport = {
      partiesAdded: 0,
      usersAdded: 0,
      contractsAdded: 0,
      articlesAdded: 0,
      keyTermsAdded: 0,
      obligationsAdded: 0,
    };
    const parties = await manager
      .createQueryBuilder()
      .insert()
      .into(PartyEntity)
      .values([...PARTIES])
      .orIgnore()
      .returning('code')
      .execute();
    // ON CONFLICT DO NOTHING returns only the rows it actually inserted.
    report.partiesAdded = (parties.raw as unknown[]).length;

    if (options.demoUsers) await addDemoDomains(manager);
    for (const demo of options.demoUsers ? DEMO_USERS : []) {
      const exists = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('lower(u.email) = lower(:email)', { email: demo.email })
        .getExists();
      if (exists) continue;
      await manager.getRepository(UserEntity).insert({
        email: demo.email,
        displayName: demo.displayName,
        partyCode: demo.party,
        roles: demo.roles,
        active: true,
        ndaExecutedAt: null,
      });
      report.usersAdded += 1;
    }

    for (const contract of CONTRACTS) await seedContract(manager, contract, report);
    // Trademark uses (issue 15): the parties' trade names the contracts name (TIC 10.4).
    await seedMarks(manager);
    return report;
  });
}

/** Each party's demo domains (`valence.demo`, `valence.example`), added once. */
async function addDemoDomains(manager: EntityManager): Promise<void> {
  for (const party of PARTIES) {
    for (const domain of DEMO_DOMAINS[party.code]) {
      await manager.query(
        `UPDATE party SET email_domains = array_append(email_domains, $2)
         WHERE code = $1 AND NOT ($2 = ANY (email_domains))`,
        [party.code, domain],
      );
    }
  }
}

/**
 * Brings one contract up to date: inserts it with its parties, articles and signature record
 * when missing; fills in metadata a database seeded by an older version lacks; and adds the
 * key terms and obligations it does not have yet (by their unique keys, never twice).
 */
async function seedContract(
  manager: EntityManager,
  seed: SeedContract,
  report: SeedReport,
): Promise<void> {
  const contracts = manager.getRepository(ContractEntity);
  let contract = await contracts.findOneBy({ code: seed.code });
  if (!contract) {
    const parent = seed.parentCode
      ? await contracts.findOneByOrFail({ code: seed.parentCode })
      : null;
    contract = await contracts.save(
      contracts.create({
        code: seed.code,
        title: seed.title,
        kind: seed.kind,
        parentId: parent?.id ?? null,
        signedOn: seed.signedOn,
        // Both were signed; neither's Effective Date is in the texts: it is recorded as an event.
        status: 'SIGNED',
        termYears: seed.termYears,
        governingLaw: seed.governingLaw,
        forum: seed.forum,
      }),
    );
    await manager.getRepository(ContractPartyEntity).insert(
      seed.parties.map(({ party, role }) => ({
        contractId: contract!.id,
        partyCode: party,
        role,
        // The JV is constituted by the JVC, not a Party to it (JVC Art. 1, 122).
        signatory: role !== 'JOINT_VENTURE_COMPANY',
      })),
    );
    const text = readFileSync(path.join(CONTRACTS_DIR, seed.file), 'utf8');
    const articles =
      seed.code === 'TIC'
        ? parseTechnologyInvestmentContract(text)
        : parseJointVentureContract(text);
    await manager
      .getRepository(ArticleEntity)
      .insert(articles.map((article) => ({ ...article, contractId: contract!.id })));
    report.contractsAdded += 1;
    report.articlesAdded += articles.length;
  } else {
    await contracts.update(
      { id: contract.id },
      {
        termYears: contract.termYears ?? seed.termYears,
        governingLaw: contract.governingLaw ?? seed.governingLaw,
        forum: contract.forum ?? seed.forum,
      },
    );
  }
  const history = manager.getRepository(ContractStatusChangeEntity);
  if (!(await history.existsBy({ contractId: contract.id }))) {
    await history.insert({
      contractId: contract.id,
      fromStatus: 'DRAFT',
      toStatus: 'SIGNED',
      changedOn: seed.signedOn,
      article: seed.signatureArticle,
      reason: 'Signed by the duly authorised representatives of the parties',
      recordedBy: null,
    });
  }
  const terms = await manager
    .createQueryBuilder()
    .insert()
    .into(KeyTermEntity)
    .values(
      KEY_TERMS.filter((term) => term.contract === seed.code).map((term) => ({
        contractId: contract!.id,
        name: term.name,
        kind: term.kind,
        amount: term.amount ?? null,
        currency: term.currency ?? null,
        unit: term.unit ?? null,
        dateValue: term.dateValue ?? null,
        textValue: term.textValue ?? null,
        article: term.article,
        quote: term.quote,
      })),
    )
    .orIgnore()
    .returning('id')
    .execute();
  report.keyTermsAdded += (terms.raw as unknown[]).length;
  const obligations = await manager
    .createQueryBuilder()
    .insert()
    .into(ObligationEntity)
    .values(
      OBLIGATIONS.filter((obligation) => obligation.contract === seed.code).map((o) => ({
        contractId: contract!.id,
        code: o.code,
        obligorParty: o.obligor,
        beneficiaryParties: o.beneficiaries,
        description: o.description,
        article: o.article,
        dueRule: o.dueRule,
        triggerKind: o.trigger,
        offsetYears: o.offset.years ?? 0,
        offsetMonths: o.offset.months ?? 0,
        offsetDays: o.offset.days ?? 0,
        offsetWorkingDays: o.offset.workingDays ?? 0,
        perEvent: o.perEvent ?? false,
        recurrence: o.recurrence ?? null,
        metByEventKind: o.metByEvent ?? null,
        conditionEventKind: o.condition?.event ?? null,
        conditionArticle: o.condition?.article ?? null,
        nature: o.nature ?? 'DUTY',
        dueOn: null,
        status: 'OPEN' as const,
      })),
    )
    .orIgnore()
    .returning('id')
    .execute();
  report.obligationsAdded += (obligations.raw as unknown[]).length;
  // The reading of an obligation that has not started yet is the seed's: an older database
  // gets the current one (its trigger, lag, words, parties, condition and nature). A dated
  // obligation keeps what it was dated with. Idempotent: only rows that differ change.
  for (const o of OBLIGATIONS.filter((x) => x.contract === seed.code)) {
    await manager.query(
      `UPDATE obligation
          SET trigger_kind = $3, due_rule = $4, offset_years = $5, offset_months = $6,
              offset_days = $7, obligor_party = $8, beneficiary_parties = $9, description = $10,
              article = $11, condition_event_kind = $12, condition_article = $13, nature = $14
        WHERE contract_id = $1 AND code = $2 AND template_id IS NULL AND due_on IS NULL
          AND (trigger_kind, due_rule, offset_years, offset_months, offset_days, obligor_party,
               beneficiary_parties, description, article, condition_event_kind,
               condition_article, nature)
              IS DISTINCT FROM ($3, $4, $5, $6, $7, $8, $9::text[], $10, $11, $12, $13, $14)`,
      [
        contract!.id,
        o.code,
        o.trigger,
        o.dueRule,
        o.offset.years ?? 0,
        o.offset.months ?? 0,
        o.offset.days ?? 0,
        o.obligor,
        o.beneficiaries,
        o.description,
        o.article,
        o.condition?.event ?? null,
        o.condition?.article ?? null,
        o.nature ?? 'DUTY',
      ],
    );
  }
}
