import type { DataSource } from 'typeorm';
import { visibleSql } from '../../auth/visibility';
import type { PartyCode } from '../../domain/parties';
import { ArticleEntity, ContractEntity, PartyEntity } from '../../entities';
import { columnsOf, objectSql } from '../shaped-read/columns';
import { prefetchedPairs } from '../shaped-read/shaped-rows';
import type { ContractSelection } from './contract-selection';

/**
 * The columns every contract node carries whatever was asked: its id and the sort keys (for
 * cursors), and what the computed fields read — status and expiry (code, status, term), the
 * parent (parentId).
 */
const ALWAYS = [
  'id',
  'code',
  'title',
  'signedOn',
  'status',
  'termStartsOn',
  'termYears',
  'parentId',
];

/** Contract fields computed from ALWAYS, or read from what the node holds. */
const FROM_NODE = new Set(['status', 'expiresOn', 'parent', 'parties', 'articles', '__typename']);

/**
 * One JSON object per contract row aliased `c`, built by PostgreSQL: the columns the
 * selection needs, and its parties and articles (each under its own visibility predicate,
 * like the loaders') when the selection lets them come along, where shaped-read's
 * `prefetched` finds them. A field this module does not know (another resolver's, which may
 * read any column of its parent) brings every column, so a new Contract field is never
 * starved. Expects `:scopeParty` on the query.
 */
export function contractJsonSql(
  db: DataSource,
  selection: ContractSelection,
  party: PartyCode,
): string {
  const columns = columnsOf(db, ContractEntity);
  const unknown = [...selection.fields].some(
    (field) => !columns.has(field) && !FROM_NODE.has(field),
  );
  const nested: string[] = [];
  if (selection.parties) nested.push(`'parties', ${partiesSql(db, selection.parties, party)}`);
  if (selection.articles) nested.push(`'articles', ${articlesSql(db, selection.articles, party)}`);
  return objectSql(
    db,
    ContractEntity,
    'c',
    unknown ? columns.keys() : [...ALWAYS, ...selection.fields],
    prefetchedPairs(nested),
  );
}

/** The parties in code order, as the contractParties loader gives them. */
function partiesSql(db: DataSource, fields: Set<string>, party: PartyCode): string {
  const partyObject = objectSql(db, PartyEntity, 'p', new Set(['code', ...fields]));
  return `(SELECT coalesce(json_agg(json_build_object('role', cp.role, 'party', ${partyObject})
             ORDER BY cp.party_code), '[]'::json)
           FROM contract_party cp JOIN party p ON p.code = cp.party_code
           WHERE cp.contract_id = c.id AND ${visibleSql('ContractParty', 'cp', party)})`;
}

/** The articles in document order, as the articles loader gives them. */
function articlesSql(db: DataSource, fields: Set<string>, party: PartyCode): string {
  return `(SELECT coalesce(json_agg(${objectSql(db, ArticleEntity, 'a', askedOrId(db, fields))}
             ORDER BY a.position), '[]'::json)
           FROM article a
           WHERE a.contract_id = c.id AND ${visibleSql('Article', 'a', party)})`;
}

/**
 * The asked fields that are article columns, or the id alone when none is: a list that shows
 * headings carries headings, not 800 ids besides.
 */
function askedOrId(db: DataSource, fields: Set<string>): string[] {
  const columns = columnsOf(db, ArticleEntity);
  const asked = [...fields].filter((field) => columns.has(field));
  return asked.length > 0 ? asked : ['id'];
}
