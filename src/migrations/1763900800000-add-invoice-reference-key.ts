import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TIC 6.3: each invoice of Associated Expenses starts its own payment obligation, so the same
 * invoice recorded twice would owe twice. An invoice's reference is its identity under its
 * contract: unique per contract among INVOICE events (events without a reference stay allowed).
 */
export class AddInvoiceReferenceKey1763900800000 implements MigrationInterface {
  name = 'AddInvoiceReferenceKey1763900800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNIQUE INDEX contract_event_invoice_reference_key
        ON contract_event (contract_id, reference)
        WHERE kind = 'INVOICE' AND reference IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contract_event_invoice_reference_key`);
  }
}
