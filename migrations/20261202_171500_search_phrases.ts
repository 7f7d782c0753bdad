import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Two indexes that keep searches for common words fast (lib/search/searchSite.ts).
 *
 * Phrases found through the index alone (lib/search/phrasePairs.ts): the search vector also holds
 * each pair of neighbouring words as one entry without positions ("link worker"), so a phrase of
 * two common words no longer makes PostgreSQL read the position vector of every document that has
 * both. The pairs come from the vector's own positions, so a pair is there exactly when the phrase
 * matches. Changing these functions does not rewrite stored rows: a later change needs a migration
 * that rewrites the column (as this one does).
 *
 * Titles and keywords indexed on their own (`rank_vec`), so the documents that hold all the words
 * of a query there, which rank first, are found without testing every match.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE FUNCTION public.site_search_pairs(words tsvector) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT coalesce(pg_catalog.array_to_tsvector(pg_catalog.array_agg(pair)), ''::pg_catalog.tsvector)
      FROM (SELECT lexeme || ' ' || pg_catalog.lead(lexeme) OVER next AS pair,
                   pg_catalog.lead(position) OVER next - position AS gap
            FROM (SELECT lexeme, pg_catalog.unnest(positions) AS position FROM pg_catalog.unnest(words)) positions
            WINDOW next AS (ORDER BY position)) pairs
      WHERE gap = 1
    $$;
  CREATE FUNCTION public.site_search_vector(title text, keywords text, summary text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT words || public.site_search_pairs(words)
      FROM (SELECT pg_catalog.setweight(pg_catalog.to_tsvector('public.site_en', title), 'A') ||
                   pg_catalog.setweight(pg_catalog.to_tsvector('public.site_en', keywords), 'B') ||
                   pg_catalog.setweight(pg_catalog.to_tsvector('public.site_en', summary), 'C') ||
                   pg_catalog.setweight(pg_catalog.to_tsvector('public.site_en', body), 'D') AS words) vector
    $$;
  ALTER TABLE site_search
    DROP COLUMN vec,
    ADD COLUMN vec tsvector GENERATED ALWAYS AS (public.site_search_vector(title, keywords, summary, body)) STORED;
  CREATE INDEX site_search_vec ON site_search USING gin (vec);
  CREATE INDEX site_search_rank_vec ON site_search USING gin (rank_vec);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX site_search_rank_vec;
  ALTER TABLE site_search
    DROP COLUMN vec,
    ADD COLUMN vec tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('public.site_en', title), 'A') ||
      setweight(to_tsvector('public.site_en', keywords), 'B') ||
      setweight(to_tsvector('public.site_en', summary), 'C') ||
      setweight(to_tsvector('public.site_en', body), 'D')) STORED;
  CREATE INDEX site_search_vec ON site_search USING gin (vec);
  DROP FUNCTION public.site_search_vector(text, text, text, text);
  DROP FUNCTION public.site_search_pairs(tsvector);`)
}
