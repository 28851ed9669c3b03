import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Licence numbers are stored in one canonical form (src/rules/export/licence-number.ts):
 * compatibility-normalised, without invisible characters, dashes unified, spaces collapsed,
 * upper case — so `X-D-2`, `x-d-2` and `X-D-2` with a zero-width space are one licence.
 */
export class NormaliseLicenceNumbers1763900300300 implements MigrationInterface {
  name = 'NormaliseLicenceNumbers1763900300300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE export_licence SET number = upper(btrim(regexp_replace(
        regexp_replace(
          regexp_replace(normalize(number, NFKC), '[\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF]', '', 'g'),
          '[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]', '-', 'g'),
        '\\s+', ' ', 'g')))`);
  }

  async down(): Promise<void> {
    // The original spellings are not kept: nothing to restore.
  }
}
