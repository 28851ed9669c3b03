import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import type { DataSource, EntityManager } from 'typeorm';
import { normaliseName } from '../../rules/export/screening-normalise';
import { nameKeys } from '../../rules/export/screening-keys';
import type { PartyCode } from '../../domain/parties';
import { AuditEventEntity } from '../../entities';
import { CSL_COLUMNS, cslJsonRecords, toCslRecord, type CslRecord } from './csl-row';
import { rescreenAllSuppliers } from '../suppliers/supplier-screening.service';

/** Bytes to text, refusing anything that is not valid UTF-8 (a mis-encoded list is refused whole). */
function strictUtf8(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _e, callback) {
      try {
        callback(null, decoder.decode(chunk, { stream: true }));
      } catch {
        callback(new Error('the file is not valid UTF-8'));
      }
    },
    flush(callback) {
      try {
        const rest = decoder.decode();
        callback(null, rest.length > 0 ? rest : undefined);
      } catch {
        callback(new Error('the file is not valid UTF-8 (it ends inside a character)'));
      }
    },
  });
}

export interface ImportReport {
  versionId: string;
  rows: number;
  names: number;
  listDate: string | null;
  sha256: string;
  replacedVersionId: string | null;
}

export interface ImportOptions {
  /** The list's publication date; defaults to the latest entry start date in the file. */
  listDate?: string | null;
  /** Where the file came from (a URL it was fetched from); default: the file's name. */
  source?: string;
  /** The party on whose behalf the list is imported, for the audit event. Default VALENCE. */
  actorParty?: PartyCode;
  /** Called with bytes read so far and the file size, for a progress bar. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  batchSize?: number;
  /** The moment the suppliers are re-screened at (their screening day); default now. */
  now?: Date;
}

/** The largest record accepted (characters of one CSV row or JSON entry); the CSL's longest is ~20 KB. */
export const MAX_RECORD_CHARS = 256 * 1024;

/**
 * Streams a Consolidated Screening List — its CSV form, or its JSON form (`{"results": […]}`),
 * plain or .gz — into PostgreSQL in ONE transaction: the new version's entries and normalised
 * names are written, then the previous version is removed and the new one made current, and an
 * audit event records the file and its SHA-256. A broken file (bad CSV or JSON, a truncated row,
 * a missing column, bytes that are not UTF-8, a record over MAX_RECORD_CHARS) rolls everything
 * back and leaves the previous version in place.
 */
export async function importScreeningList(
  db: DataSource,
  file: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const totalBytes = statSync(file).size;
  const batchSize = options.batchSize ?? 500;
  const report = await db.transaction(async (manager) => {
    const [{ id: versionId }] = await manager.query(
      `INSERT INTO screening_list_version (source_file, sha256, list_date, row_count, current)
       VALUES ($1, repeat('0', 64), NULL, 0, false) RETURNING id`,
      [options.source ?? file.split('/').at(-1)],
    );
    const hash = createHash('sha256');
    let bytesRead = 0;
    let rows = 0;
    let names = 0;
    let latestStart: string | null = null;
    let batch: CslRecord[] = [];
    const flush = async () => {
      names += await insertBatch(manager, versionId, batch);
      batch = [];
    };

    const source: Readable = createReadStream(file);
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        bytesRead += chunk.length;
        options.onProgress?.(bytesRead, totalBytes);
        callback(null, chunk);
      },
    });
    const accept = async (entry: CslRecord) => {
      if (entry.startDate && (!latestStart || entry.startDate > latestStart))
        latestStart = entry.startDate;
      batch.push(entry);
      rows += 1;
      if (batch.length >= batchSize) await flush();
    };
    const gunzip = file.endsWith('.gz') ? [createGunzip()] : [];
    if (/\.json(\.gz)?$/i.test(file)) {
      // The JSON form is one document: read whole (the full list is about 20 MB), then mapped.
      let text = '';
      await pipeline([
        source,
        meter,
        ...gunzip,
        strictUtf8(),
        new Writable({
          write(chunk: string, _e, callback) {
            text += chunk;
            callback();
          },
          decodeStrings: false,
        }),
      ] as [Readable, ...NodeJS.WritableStream[]]);
      for (const entry of cslJsonRecords(text, MAX_RECORD_CHARS)) await accept(entry);
      await flush();
    } else {
      const parser = parse({
        columns: (header: string[]) => {
          const missing = CSL_COLUMNS.filter((column) => !header.includes(column));
          if (missing.length > 0)
            throw new Error(`not a CSL file: missing columns ${missing.join(', ')}`);
          return header;
        },
        bom: true,
        skip_empty_lines: true,
        info: true,
        max_record_size: MAX_RECORD_CHARS,
      });
      const sink = new Transform({
        objectMode: true,
        transform(
          { record, info }: { record: Record<string, string>; info: { lines: number } },
          _e,
          callback,
        ) {
          // Some published copies repeat the header line: skip it, it is not an entry.
          if (record._id === '_id' && record.source === 'source') return callback();
          let entry: CslRecord;
          try {
            entry = toCslRecord(record, info.lines);
          } catch (error) {
            return callback(error as Error);
          }
          accept(entry).then(() => callback(), callback);
        },
        flush(callback) {
          flush().then(() => callback(), callback);
        },
      });
      await pipeline([source, meter, ...gunzip, strictUtf8(), parser, sink] as [
        Readable,
        ...NodeJS.WritableStream[],
      ]);
    }
    if (rows === 0) throw new Error('the file holds no entries');

    const sha256 = hash.digest('hex');
    const listDate = options.listDate ?? latestStart;
    const previous: Array<{ id: string }> = await manager.query(
      `SELECT id FROM screening_list_version WHERE current FOR UPDATE`,
    );
    // The old entries go with the old version; its metadata stays as history.
    await manager.query(`DELETE FROM restricted_party WHERE version_id = ANY($1::uuid[])`, [
      previous.map((p) => p.id),
    ]);
    await manager.query(`UPDATE screening_list_version SET current = false WHERE current`);
    await manager.query(
      `UPDATE screening_list_version SET current = true, sha256 = $2, list_date = $3, row_count = $4 WHERE id = $1`,
      [versionId, sha256, listDate, rows],
    );
    // The new names went into the GIN indexes' pending lists, which every screening would
    // otherwise scan (tens of milliseconds a name): merge them now, and refresh the planner's
    // statistics for the new rows.
    await manager.query(
      `SELECT gin_clean_pending_list('restricted_party_name_trgm_idx'::regclass),
              gin_clean_pending_list('restricted_party_name_word_keys_idx'::regclass)`,
    );
    await manager.query(`ANALYZE restricted_party, restricted_party_name`);
    // The import is a change to what every check screens against: audited like a mutation.
    await manager.getRepository(AuditEventEntity).save(
      manager.getRepository(AuditEventEntity).create({
        actorUserId: null,
        actorParty: options.actorParty ?? 'VALENCE',
        operation: 'importScreeningList',
        entity: 'ScreeningListVersion',
        entityId: versionId,
        before: previous[0] ? { versionId: previous[0].id } : null,
        after: { source: options.source ?? file.split('/').at(-1), sha256, listDate, rows, names },
      }),
    );
    return { versionId, rows, names, listDate, sha256, replacedVersionId: previous[0]?.id ?? null };
  });
  // Sublicensed suppliers (issue 14): a new list re-screens every supplier, once it is in use;
  // the next alert scan raises the new hits (the import command runs one at once).
  await rescreenAllSuppliers(db, { trigger: 'LIST_IMPORT', now: options.now });
  return report;
}

async function insertBatch(
  manager: EntityManager,
  versionId: string,
  batch: CslRecord[],
): Promise<number> {
  if (batch.length === 0) return 0;
  const ids: Array<{ id: string }> = await manager.query(
    // INSERT ... SELECT FROM unnest returns ids in the order of the arrays.
    `INSERT INTO restricted_party (version_id, source, list_code, entry_id, entity_number, type, name,
       programs, addresses, countries, federal_register_notice, start_date, end_date,
       license_requirement, license_policy, remarks, source_list_url)
     SELECT $1, u.source, u.list_code, u.entry_id, u.entity_number, u.type, u.name,
       ARRAY(SELECT jsonb_array_elements_text(u.programs::jsonb)),
       ARRAY(SELECT jsonb_array_elements_text(u.addresses::jsonb)),
       ARRAY(SELECT jsonb_array_elements_text(u.countries::jsonb)),
       u.notice, u.start_date, u.end_date, u.requirement, u.policy, u.remarks, u.url
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
       $8::text[], $9::text[], $10::text[], $11::text[], $12::date[], $13::date[], $14::text[],
       $15::text[], $16::text[], $17::text[])
       AS u(source, list_code, entry_id, entity_number, type, name, programs, addresses,
            countries, notice, start_date, end_date, requirement, policy, remarks, url)
     RETURNING id`,
    [
      versionId,
      batch.map((r) => r.source),
      batch.map((r) => r.listCode),
      batch.map((r) => r.entryId),
      batch.map((r) => r.entityNumber),
      batch.map((r) => r.type),
      batch.map((r) => r.name),
      // Arrays of arrays cannot pass through unnest; they travel as JSON text.
      batch.map((r) => JSON.stringify(r.programs)),
      batch.map((r) => JSON.stringify(r.addresses)),
      batch.map((r) => JSON.stringify(r.countries)),
      batch.map((r) => r.federalRegisterNotice),
      batch.map((r) => r.startDate),
      batch.map((r) => r.endDate),
      batch.map((r) => r.licenseRequirement),
      batch.map((r) => r.licensePolicy),
      batch.map((r) => r.remarks),
      batch.map((r) => r.sourceListUrl),
    ],
  );
  const partyIds: string[] = [];
  const names: string[] = [];
  const normalised: string[] = [];
  const keys: string[] = [];
  const alias: boolean[] = [];
  batch.forEach((record, index) => {
    for (const [name, isAlias] of [
      [record.name, false],
      ...record.altNames.map((a) => [a, true]),
    ] as Array<[string, boolean]>) {
      partyIds.push(ids[index].id);
      names.push(name);
      const { key, normalised: full, words } = normaliseName({ name });
      // The legal-form-free key, so "X Co., Ltd." and "X" fetch each other.
      normalised.push(key || full);
      // Arrays of arrays cannot pass through unnest: as JSON text, like the addresses.
      keys.push(JSON.stringify(nameKeys({ words })));
      alias.push(isAlias);
    }
  });
  await manager.query(
    `INSERT INTO restricted_party_name (party_id, name, normalised, alias, word_keys)
     SELECT u.party_id, u.name, u.normalised, u.alias,
            ARRAY(SELECT jsonb_array_elements_text(u.keys::jsonb))
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::boolean[], $5::text[])
         AS u(party_id, name, normalised, alias, keys)`,
    [partyIds, names, normalised, alias, keys],
  );
  return names.length;
}
