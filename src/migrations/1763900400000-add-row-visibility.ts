import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events are seen by the parties they concern (see auth/visibility.ts): the invoice and the
 * Technology Information pass between Valence and the Licensee (TIC 6.3, 7.1, 2.8), as does
 * Production Startup, which starts their verification (TIC 1.8, 7.3); every other event
 * concerns every party to its contract.
 */
export class AddRowVisibility1763900400000 implements MigrationInterface {
  name = 'AddRowVisibility1763900400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contract_event ADD COLUMN concerned_parties text[]`);
    await q.query(`
      UPDATE contract_event e SET concerned_parties = CASE
        WHEN e.kind IN ('INVOICE', 'TECHNOLOGY_INFORMATION_RECEIVED', 'NONCONFORMITY_NOTIFIED',
                        'TECHNOLOGY_INFORMATION_CONFORMED', 'PRODUCTION_STARTUP')
          THEN ARRAY['JV', 'VALENCE']
        ELSE (SELECT array_agg(cp.party_code ORDER BY cp.party_code)
                FROM contract_party cp WHERE cp.contract_id = e.contract_id)
      END`);
    await q.query(`ALTER TABLE contract_event ALTER COLUMN concerned_parties SET NOT NULL`);
    await q.query(
      `CREATE INDEX contract_event_concerned_idx ON contract_event USING gin (concerned_parties)`,
    );
    await q.query(`CREATE INDEX notice_recipients_idx ON notice USING gin (recipient_parties)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notice_recipients_idx`);
    await q.query(`DROP INDEX contract_event_concerned_idx`);
    await q.query(`ALTER TABLE contract_event DROP COLUMN concerned_parties`);
  }
}
