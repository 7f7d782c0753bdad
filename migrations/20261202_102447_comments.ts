import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_comments_status" AS ENUM('pending', 'approved', 'rejected', 'spam');
  CREATE TYPE "public"."enum_comments_spam_reason" AS ENUM('honeypot', 'too-fast', 'bad-token', 'replayed-token', 'links', 'blocklist', 'site-busy');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendCommentNotices' BEFORE 'purgeConsentRecords';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeComments' BEFORE 'purgeConsentRecords';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendCommentNotices' BEFORE 'purgeConsentRecords';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeComments' BEFORE 'purgeConsentRecords';
  CREATE TABLE "comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_comments_status" DEFAULT 'pending' NOT NULL,
  	"spam_reason" "enum_comments_spam_reason",
  	"post_id" integer NOT NULL,
  	"author_name" varchar NOT NULL,
  	"author_email" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"edit_note" varchar,
  	"edited_by_id" integer,
  	"edited_at" timestamp(3) with time zone,
  	"reply" varchar,
  	"replied_by_id" integer,
  	"replied_at" timestamp(3) with time zone,
  	"moderated_by_id" integer,
  	"moderated_at" timestamp(3) with time zone,
  	"notify_commenter" boolean DEFAULT false,
  	"approval_notice_sent_at" timestamp(3) with time zone,
  	"reply_notice_sent_at" timestamp(3) with time zone,
  	"moderators_notified_at" timestamp(3) with time zone,
  	"guidelines_agreed_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comment_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"close_after_days" numeric DEFAULT 30 NOT NULL,
  	"guidelines_id" integer,
  	"moderation_time" varchar DEFAULT 'We usually read comments within two working days.' NOT NULL,
  	"moderator_email" varchar,
  	"max_links" numeric DEFAULT 2 NOT NULL,
  	"retention_days" numeric DEFAULT 60 NOT NULL,
  	"blocklist" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "posts" ADD COLUMN "comments_open" boolean DEFAULT true;
  ALTER TABLE "posts" ADD COLUMN "comments_close_after_days" numeric;
  ALTER TABLE "_posts_v" ADD COLUMN "version_comments_open" boolean DEFAULT true;
  ALTER TABLE "_posts_v" ADD COLUMN "version_comments_close_after_days" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comments_id" integer;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_edited_by_id_users_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_replied_by_id_users_id_fk" FOREIGN KEY ("replied_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_moderated_by_id_users_id_fk" FOREIGN KEY ("moderated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comment_settings" ADD CONSTRAINT "comment_settings_guidelines_id_pages_id_fk" FOREIGN KEY ("guidelines_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "comments_status_idx" ON "comments" USING btree ("status");
  CREATE INDEX "comments_post_idx" ON "comments" USING btree ("post_id");
  CREATE INDEX "comments_edited_by_idx" ON "comments" USING btree ("edited_by_id");
  CREATE INDEX "comments_replied_by_idx" ON "comments" USING btree ("replied_by_id");
  CREATE INDEX "comments_moderated_by_idx" ON "comments" USING btree ("moderated_by_id");
  CREATE INDEX "comments_moderators_notified_at_idx" ON "comments" USING btree ("moderators_notified_at");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "comment_settings_guidelines_idx" ON "comment_settings" USING btree ("guidelines_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comment_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "comment_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_comments_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverContactMessage', 'requeueStalledContactMessages', 'purgeContactMessages', 'purgeConsentRecords', 'extractDocumentText', 'recountSearchWords', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverContactMessage', 'requeueStalledContactMessages', 'purgeContactMessages', 'purgeConsentRecords', 'extractDocumentText', 'recountSearchWords', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_comments_id_idx";
  ALTER TABLE "posts" DROP COLUMN "comments_open";
  ALTER TABLE "posts" DROP COLUMN "comments_close_after_days";
  ALTER TABLE "_posts_v" DROP COLUMN "version_comments_open";
  ALTER TABLE "_posts_v" DROP COLUMN "version_comments_close_after_days";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comments_id";
  DROP TYPE "public"."enum_comments_status";
  DROP TYPE "public"."enum_comments_spam_reason";`)
}
