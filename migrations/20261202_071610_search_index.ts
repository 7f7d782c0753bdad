import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_documents_text_layer" AS ENUM('pending', 'found', 'none', 'failed', 'too-large');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'extractDocumentText' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'recountSearchWords' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'extractDocumentText' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'recountSearchWords' BEFORE 'schedulePublish';
  ALTER TABLE "pages" ADD COLUMN "search_keywords" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_search_keywords" varchar;
  ALTER TABLE "projects" ADD COLUMN "search_keywords" varchar;
  ALTER TABLE "_projects_v" ADD COLUMN "version_search_keywords" varchar;
  ALTER TABLE "events" ADD COLUMN "search_keywords" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_search_keywords" varchar;
  ALTER TABLE "reports" ADD COLUMN "search_keywords" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_search_keywords" varchar;
  ALTER TABLE "posts" ADD COLUMN "search_keywords" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_search_keywords" varchar;
  ALTER TABLE "members" ADD COLUMN "search_keywords" varchar;
  ALTER TABLE "_members_v" ADD COLUMN "version_search_keywords" varchar;
  ALTER TABLE "documents" ADD COLUMN "text_layer" "enum_documents_text_layer";
  ALTER TABLE "documents" ADD COLUMN "extracted_text" varchar;`)
  // The site search (lib/search): written by hand, as Payload's schema has no tsvector columns or
  // GIN indexes; payload.config.ts keeps schema push away from these two tables.
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TEXT SEARCH CONFIGURATION public.site_en (COPY = pg_catalog.english);
  ALTER TEXT SEARCH CONFIGURATION public.site_en ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;
  CREATE TEXT SEARCH CONFIGURATION public.site_simple (COPY = pg_catalog.simple);
  ALTER TEXT SEARCH CONFIGURATION public.site_simple ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, simple;
  CREATE TABLE site_search (
    collection text NOT NULL,
    doc_id integer NOT NULL,
    kind text NOT NULL,
    url text NOT NULL,
    title text NOT NULL,
    keywords text NOT NULL DEFAULT '',
    summary text NOT NULL DEFAULT '',
    body text NOT NULL DEFAULT '',
    theme_ids integer[] NOT NULL DEFAULT '{}',
    date timestamptz,
    year smallint,
    updated_at timestamptz NOT NULL DEFAULT now(),
    vec tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('public.site_en', title), 'A') ||
      setweight(to_tsvector('public.site_en', keywords), 'B') ||
      setweight(to_tsvector('public.site_en', summary), 'C') ||
      setweight(to_tsvector('public.site_en', body), 'D')) STORED,
    -- Ranking reads the vector of every match: this one has no body, so it stays small and inline.
    head_vec tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('public.site_en', title), 'A') ||
      setweight(to_tsvector('public.site_en', keywords), 'B') ||
      setweight(to_tsvector('public.site_en', summary), 'C')) STORED,
    title_vec tsvector GENERATED ALWAYS AS (to_tsvector('public.site_simple', title || ' ' || keywords)) STORED,
    PRIMARY KEY (collection, doc_id)
  );
  CREATE INDEX site_search_vec ON site_search USING gin (vec);
  CREATE INDEX site_search_title_vec ON site_search USING gin (title_vec);
  CREATE INDEX site_search_theme_ids ON site_search USING gin (theme_ids);
  CREATE INDEX site_search_date ON site_search (date DESC NULLS LAST);
  CREATE TABLE site_search_words (word text PRIMARY KEY, ndoc integer NOT NULL);
  CREATE INDEX site_search_words_trgm ON site_search_words USING gin (word gin_trgm_ops);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS site_search_words;
  DROP TABLE IF EXISTS site_search;
  DROP TEXT SEARCH CONFIGURATION IF EXISTS public.site_simple;
  DROP TEXT SEARCH CONFIGURATION IF EXISTS public.site_en;`)
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverContactMessage', 'requeueStalledContactMessages', 'purgeContactMessages', 'purgeConsentRecords', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverContactMessage', 'requeueStalledContactMessages', 'purgeContactMessages', 'purgeConsentRecords', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "pages" DROP COLUMN "search_keywords";
  ALTER TABLE "_pages_v" DROP COLUMN "version_search_keywords";
  ALTER TABLE "projects" DROP COLUMN "search_keywords";
  ALTER TABLE "_projects_v" DROP COLUMN "version_search_keywords";
  ALTER TABLE "events" DROP COLUMN "search_keywords";
  ALTER TABLE "_events_v" DROP COLUMN "version_search_keywords";
  ALTER TABLE "reports" DROP COLUMN "search_keywords";
  ALTER TABLE "_reports_v" DROP COLUMN "version_search_keywords";
  ALTER TABLE "posts" DROP COLUMN "search_keywords";
  ALTER TABLE "_posts_v" DROP COLUMN "version_search_keywords";
  ALTER TABLE "members" DROP COLUMN "search_keywords";
  ALTER TABLE "_members_v" DROP COLUMN "version_search_keywords";
  ALTER TABLE "documents" DROP COLUMN "text_layer";
  ALTER TABLE "documents" DROP COLUMN "extracted_text";
  DROP TYPE "public"."enum_documents_text_layer";`)
}
