import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A disclosure request may name its recipient by its id in the supplier register (issue 13):
 * the Fengfan gate then judges it by the register's ownership and control (TIC 1.1; JVC Art. 2).
 */
export class AddDisclosureRecipientSupplier1763901900000 implements MigrationInterface {
  name = 'AddDisclosureRecipientSupplier1763901900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE disclosure_request ADD COLUMN recipient_supplier_id uuid REFERENCES supplier (id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE disclosure_request DROP COLUMN recipient_supplier_id`);
  }
}
