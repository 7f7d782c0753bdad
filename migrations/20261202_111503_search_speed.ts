import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Keeps the rows of the site search small, so a word most documents contain is counted and
 * ranked from a few megabytes instead of every row's full width:
 * - results are ranked by title and keywords (`rank_vec`, small), not by the summary too;
 * - every column a search reads for each match (kind, year, themes, date, title, rank vector)
 *   stays in the row, and everything else longer (summary, body, their vectors, the address)
 *   moves out of it once a row passes 256 bytes, to be read only for the page of hits.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE site_search
    DROP COLUMN head_vec,
    ADD COLUMN rank_vec tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('public.site_en', title), 'A') ||
      setweight(to_tsvector('public.site_en', keywords), 'B')) STORED,
    ALTER COLUMN collection SET STORAGE MAIN,
    ALTER COLUMN kind SET STORAGE MAIN,
    ALTER COLUMN title SET STORAGE MAIN,
    ALTER COLUMN theme_ids SET STORAGE MAIN,
    ALTER COLUMN rank_vec SET STORAGE MAIN,
    SET (toast_tuple_target = 256);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE site_search
    DROP COLUMN rank_vec,
    ADD COLUMN head_vec tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('public.site_en', title), 'A') ||
      setweight(to_tsvector('public.site_en', keywords), 'B') ||
      setweight(to_tsvector('public.site_en', summary), 'C')) STORED,
    ALTER COLUMN collection SET STORAGE EXTENDED,
    ALTER COLUMN kind SET STORAGE EXTENDED,
    ALTER COLUMN title SET STORAGE EXTENDED,
    ALTER COLUMN theme_ids SET STORAGE EXTENDED,
    RESET (toast_tuple_target);`)
}
