import type { EntityManager } from 'typeorm';
import type { PartyCode } from '../../domain/parties';
import {
  isDistinctive,
  proposedForms,
  scoreConflicts,
  type Candidate,
  type ConflictResult,
  type FiledForm,
} from '../../rules/trademarks/conflict-score';
import { markForm } from '../../rules/trademarks/mark-form';
import { protectedOwners } from '../../rules/trademarks/protected-marks';
import { matchColumns, niceClassesOf } from './mark-input';

interface CandidateRow {
  mark_id: string;
  mark_text: string;
  owner_party: PartyCode;
  proposed_index: string;
  nice_classes: number[];
  source: FiledForm['source'];
  text: string;
  script: FiledForm['script'];
  letters: string;
  match_key: string;
  skeleton: string;
  tokens: string[];
  distance: number;
  same_sound: boolean;
  own_tokens: string[];
}

/**
 * The candidate query: every form (the mark, its translations and transliterations) of the
 * protected parties' marks that shares anything with a proposed form — its letters, match key
 * or look-alike skeleton, a Levenshtein distance of at most 2 or the same Double Metaphone code
 * (fuzzystrmatch), or a word of five letters or more — with both measures computed here, in
 * PostgreSQL, for the pure scorer. `own_tokens` are the words the proposer holds in a mark of
 * its own right (not by another's consent): they are its own, not the other's distinctive word.
 *
 * An OR of those tests cannot use an index and scanned every form; each test is a branch of
 * `hits` served by its own index (migration 1763901800000): equality on `letters`, on
 * `match_key` and on `dmetaphone(match_key)`; a proposed word inside a filed form by trigram
 * `LIKE`; a filed word inside a proposed form by the substrings of five letters or more of the
 * proposed key against `tokens` (GIN); and the edit distances through trigram similarity on the
 * skeleton (`trademark_similar_skeletons`). The original test is kept as the final filter, so
 * the branches only narrow what is measured: the answers are those of the full scan.
 */
const CANDIDATES = `
  WITH own AS (
    SELECT DISTINCT t AS token FROM trademark o, unnest(o.tokens) t
    WHERE o.owner_party = $6 AND o.consent_party IS NULL
  ),
  p AS (
    SELECT p.*, ARRAY(SELECT substr(p.key, i, l)
                      FROM generate_series(1, length(p.key)) i, generate_series(5, length(p.key)) l
                      WHERE i + l - 1 <= length(p.key)) AS substrings
    FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS p(skeleton, key, letters, n)
  ),
  hits AS (
    SELECT m.id AS mark_id, NULL::uuid AS rendering_id, p.n FROM p JOIN trademark m ON m.letters = p.letters
    UNION SELECT m.id, NULL, p.n FROM p JOIN trademark m ON m.skeleton = p.skeleton
    UNION SELECT m.id, NULL, p.n FROM p JOIN trademark m ON m.match_key = p.key
    UNION SELECT m.id, NULL, p.n FROM p JOIN trademark m ON dmetaphone(m.match_key) = dmetaphone(p.key)
    UNION SELECT m.id, NULL, p.n FROM p JOIN trademark m ON m.tokens && p.substrings
    UNION SELECT m.id, NULL, p.n FROM trademark m CROSS JOIN p WHERE m.match_key LIKE ANY ($7::text[])
    UNION SELECT r.mark_id, r.id, p.n FROM p JOIN trademark_rendering r ON r.letters = p.letters
    UNION SELECT r.mark_id, r.id, p.n FROM p JOIN trademark_rendering r ON r.skeleton = p.skeleton
    UNION SELECT r.mark_id, r.id, p.n FROM p JOIN trademark_rendering r ON r.match_key = p.key
    UNION SELECT r.mark_id, r.id, p.n FROM p JOIN trademark_rendering r ON dmetaphone(r.match_key) = dmetaphone(p.key)
    UNION SELECT r.mark_id, r.id, p.n FROM p JOIN trademark_rendering r ON r.tokens && p.substrings
    UNION SELECT r.mark_id, r.id, p.n FROM trademark_rendering r CROSS JOIN p WHERE r.match_key LIKE ANY ($7::text[])
    UNION SELECT s.mark_id, s.rendering_id, s.n FROM trademark_similar_skeletons($2::text[]) s
  )
  SELECT m.id AS mark_id, m.text AS mark_text, m.owner_party,
         COALESCE((SELECT array_agg(DISTINCT c ORDER BY c)
                   FROM trademark_registration r, unnest(r.nice_classes) c
                   WHERE r.mark_id = m.id AND r.status IN ('FILED', 'REGISTERED')), '{}') AS nice_classes,
         p.n AS proposed_index,
         f.source, f.text, f.script, f.letters, f.match_key, f.skeleton, f.tokens,
         levenshtein(left(f.skeleton, 255), left(p.skeleton, 255)) AS distance,
         (dmetaphone(f.match_key) = dmetaphone(p.key)
           OR dmetaphone_alt(f.match_key) = dmetaphone_alt(p.key)) AS same_sound,
         ARRAY(SELECT token FROM own) AS own_tokens
  FROM hits h
  JOIN trademark m ON m.id = h.mark_id
  JOIN p ON p.n = h.n
  CROSS JOIN LATERAL (
    SELECT 'MARK' AS source, m.text, m.script, m.letters, m.match_key, m.skeleton, m.tokens
    WHERE h.rendering_id IS NULL
    UNION ALL
    SELECT r.kind, r.text, r.script, r.letters, r.match_key, r.skeleton, r.tokens
    FROM trademark_rendering r WHERE r.id = h.rendering_id
  ) f
  WHERE m.owner_party = ANY($1::text[])
    AND (f.letters = p.letters OR f.skeleton = p.skeleton OR f.match_key = p.key
         OR levenshtein_less_equal(left(f.skeleton, 255), left(p.skeleton, 255), 2) <= 2
         OR dmetaphone(f.match_key) = dmetaphone(p.key)
         OR EXISTS (SELECT 1 FROM unnest($5::text[]) t WHERE strpos(f.match_key, t) > 0)
         OR EXISTS (SELECT 1 FROM unnest(f.tokens) t WHERE length(t) >= 5 AND strpos(p.key, t) > 0))`;

/** The candidate query and its parameters for a proposed mark (also for EXPLAIN). */
export function candidateQuery(input: { text: string; forParty: PartyCode }) {
  const { text } = matchColumns('text', input.text);
  const proposed = proposedForms(markForm(text));
  const words = proposed[0].tokens.filter((t) => t.length >= 5);
  const parameters = [
    protectedOwners({ forParty: input.forParty }),
    proposed.map((p) => p.skeleton),
    proposed.map((p) => p.key),
    proposed.map((p) => p.letters),
    words,
    input.forParty,
    // The same words as LIKE patterns, for the trigram index on match_key.
    words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
  ];
  return { proposed, sql: CANDIDATES, parameters };
}

/**
 * Compares a proposed mark with the protected marks of the other parties (TIC 10.4; JVC Art.
 * 50): one statement finds the candidates and measures them, the pure scorer decides.
 */
export async function checkMarkConflict(
  manager: Pick<EntityManager, 'query'>,
  input: { text: string; forParty: PartyCode; niceClasses: readonly number[] },
): Promise<ConflictResult> {
  const niceClasses = niceClassesOf('niceClasses', input.niceClasses);
  const { proposed, sql, parameters } = candidateQuery(input);
  const rows = (await manager.query(sql, parameters)) as CandidateRow[];
  const ownStems = new Set((rows[0]?.own_tokens ?? []).filter(isDistinctive));
  const candidates: Candidate[] = rows.map((row) => ({
    markId: row.mark_id,
    markText: row.mark_text,
    ownerParty: row.owner_party,
    niceClasses: row.nice_classes,
    proposed: proposed[Number(row.proposed_index) - 1],
    filed: {
      source: row.source,
      text: row.text,
      script: row.script,
      letters: row.letters,
      key: row.match_key,
      skeleton: row.skeleton,
      tokens: row.tokens,
    },
    distance: Number(row.distance),
    sameSound: row.same_sound,
  }));
  return scoreConflicts({ niceClasses, candidates, ownStems });
}
