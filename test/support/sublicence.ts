import type { DataSource } from 'typeorm';

/**
 * An effective supplier sublicence under the TIC between Valence and the Licensee, inserted as
 * the owner: for tests about what a child contract may and may not do, not about the register.
 */
export async function insertSublicence(
  db: DataSource,
  ticId: string,
  code: string,
): Promise<string> {
  const [row] = (await db.query(
    `INSERT INTO contract (code, title, kind, parent_id, status, signed_on, effective_on)
     VALUES ($1, $1, 'SUPPLIER_SUBLICENCE', $2, 'EFFECTIVE', '2026-01-02', '2026-01-05')
     RETURNING id`,
    [code, ticId],
  )) as Array<{ id: string }>;
  await db.query(
    `INSERT INTO contract_party (contract_id, party_code, role)
     VALUES ($1, 'VALENCE', 'LICENSOR'), ($1, 'JV', 'LICENSEE')`,
    [row.id],
  );
  return row.id;
}
