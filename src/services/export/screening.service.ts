import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config';
import type { StoredScreeningMatch } from '../../domain/export';
import { selectMatches } from '../../rules/export/screening-selection';
import { normaliseName } from '../../rules/export/screening-normalise';
import { fetchTerms, wordGroups } from '../../rules/export/screening-keys';
import { scoreMatch, type ScreeningThresholds } from '../../rules/export/screening-score';

export interface ScreenedParty {
  name: string;
  country?: string | null;
  address?: string | null;
}

export type ScreeningMatch = StoredScreeningMatch;

export interface ScreeningSettings {
  /** pg_trgm pre-filter: names below this similarity to the query are not fetched. */
  candidateSimilarity: number;
  /** At most this many candidates are fetched by whole-name similarity (generic names only). */
  candidateLimit: number;
  /** At most this many candidates are fetched for each distinctive word (or join) of the name. */
  candidatesPerWord: number;
  /** At most this many POSSIBLE matches per name are reported (when none is STRONG). */
  maxPossible: number;
  thresholds?: Partial<ScreeningThresholds>;
}

/** The settings of the running configuration (SCREENING_* variables, see README). */
export function screeningSettings(config: AppConfig['screening']): ScreeningSettings {
  return {
    ...DEFAULT_SCREENING_SETTINGS,
    candidateSimilarity: config.candidateSimilarity,
    maxPossible: config.maxPossible,
    thresholds: { strong: config.strong, possible: config.possible },
  };
}

// 15 candidates per term: on the 2022-05 evaluation set (npm run evaluate:screening) recall is
// the same from 8 up to 30 (the entry ranks high on whole-name similarity among the names that
// share a word with it); twice the least that works, and half the names to score of 30.
export const DEFAULT_SCREENING_SETTINGS: ScreeningSettings = {
  candidateSimilarity: 0.25,
  candidateLimit: 50,
  candidatesPerWord: 15,
  maxPossible: 5,
};

interface CandidateRow {
  edits: number;
  individual: boolean;
  fingerprint: string;
  party_id: string;
  entry_id: string;
  source: string;
  list_code: string;
  entry_name: string;
  name: string;
  alias: boolean;
  programs: string[];
  countries: string[];
  addresses: string[];
  license_requirement: string | null;
  license_policy: string | null;
  federal_register_notice: string | null;
}

/**
 * Screens one name against the current Consolidated Screening List in one SQL statement:
 * PostgreSQL fetches the candidates that share a word, a misspelling key or a join of words
 * with the name (or, for a name of generic words only, that are trigram-similar to it), and
 * the pure scorer decides and explains each match.
 * Returns the matches, best first, at most one per list entry.
 */
export async function screenName(
  manager: EntityManager,
  party: ScreenedParty,
  settings: ScreeningSettings = DEFAULT_SCREENING_SETTINGS,
): Promise<ScreeningMatch[]> {
  const query = normaliseName({ name: party.name });
  const key = query.key || query.normalised;
  if (key.length === 0) return [];
  // Candidates come in by the name's distinctive words and their joins (screening-keys.ts),
  // each looked up on its own — its exact and misspelling keys, equality on a GIN array index,
  // best first by whole-name similarity — so that generic words ("International", "Group")
  // can neither push the entry out nor slow the search down. A name of generic words only is
  // fetched as a whole, by trigram similarity (pg_trgm, GIN index): only then is the
  // transaction-local threshold of its % operator set, the one extra round trip.
  const terms = fetchTerms({ words: query.words });
  if (terms.length === 0) {
    await manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [
      String(settings.candidateSimilarity),
    ]);
  }
  const groups = wordGroups({ words: query.words });
  const rows: CandidateRow[] = await manager.query(
    `WITH by_words AS (
       SELECT n.id FROM unnest($6::text[]) AS g(words)
       CROSS JOIN LATERAL (
         SELECT id FROM restricted_party_name
          WHERE word_keys @> ARRAY(SELECT jsonb_array_elements_text(g.words::jsonb))
          ORDER BY similarity(normalised, $1) DESC
          LIMIT $4
       ) n
     ), by_name AS (
       SELECT id FROM restricted_party_name
        WHERE $3::int = 0 AND NOT EXISTS (SELECT 1 FROM by_words) AND normalised % $1
        ORDER BY similarity(normalised, $1) DESC LIMIT $2
     ), by_key AS (
       SELECT n.id FROM unnest($5::text[]) AS k(word_keys)
       CROSS JOIN LATERAL (
         SELECT id FROM restricted_party_name
          WHERE word_keys && ARRAY(SELECT jsonb_array_elements_text(k.word_keys::jsonb))
          ORDER BY similarity(normalised, $1) DESC
          LIMIT $4
       ) n
     ), candidate AS (
       SELECT id FROM by_words UNION SELECT id FROM by_name UNION SELECT id FROM by_key
     )
     SELECT p.id AS party_id, p.entry_id, p.source, p.list_code, p.name AS entry_name, n.name,
            n.alias, p.programs, p.countries, p.addresses, p.license_requirement,
            p.type = 'Individual' AS individual,
            md5(concat_ws('|', p.source, p.name, array_to_string(p.programs, ';'),
                array_to_string(p.addresses, ';'), p.license_requirement, p.license_policy,
                p.federal_register_notice, p.start_date::text, p.end_date::text, p.remarks,
                (SELECT string_agg(a.name, ';' ORDER BY a.name)
                   FROM restricted_party_name a WHERE a.party_id = p.id))) AS fingerprint,
            -- fuzzystrmatch: the edit distance between the normalised names (capped at 9).
            levenshtein_less_equal(left(n.normalised, 255), left($1, 255), 9) AS edits,
            p.license_policy, p.federal_register_notice
       FROM candidate c
       JOIN restricted_party_name n ON n.id = c.id
       JOIN restricted_party p ON p.id = n.party_id
       JOIN screening_list_version v ON v.id = p.version_id AND v.current`,
    [
      key,
      settings.candidateLimit,
      terms.length,
      settings.candidatesPerWord,
      // Per term, its keys (as JSON: arrays of arrays do not bind).
      terms.map((term) => JSON.stringify(term.keys)),
      groups.map((group) => JSON.stringify(group)),
    ],
  );
  const scored: ScreeningMatch[] = [];
  for (const row of rows) {
    const result = scoreMatch({
      query: {
        name: party.name,
        country: party.country ?? undefined,
        address: party.address ?? undefined,
      },
      candidate: {
        name: row.name,
        alias: row.alias,
        country: row.countries,
        addresses: row.addresses,
        individual: row.individual,
      },
      thresholds: settings.thresholds,
    });
    if (result.level === 'NONE') continue;
    scored.push({
      key: `${row.list_code}:${row.entry_id}:${party.name}`,
      queryName: party.name,
      screenedKey: key,
      fingerprint: row.fingerprint,
      partyId: String(row.party_id),
      entryId: row.entry_id,
      source: row.source,
      listCode: row.list_code,
      entryName: row.entry_name,
      matchedName: row.name,
      alias: row.alias,
      programs: row.programs,
      countries: row.countries,
      addresses: row.addresses,
      licenseRequirement: row.license_requirement,
      licensePolicy: row.license_policy,
      federalRegisterNotice: row.federal_register_notice,
      score: result.score,
      level: result.level,
      edits: row.edits,
      reasons:
        row.edits > 0 && row.edits <= 2
          ? [...result.reasons, `${row.edits} character edit(s) apart (Levenshtein distance)`]
          : result.reasons,
    });
  }
  // Which of them are reported is a pure rule (rules/export/screening-selection.ts).
  return selectMatches({ candidates: scored, maxPossible: settings.maxPossible });
}
