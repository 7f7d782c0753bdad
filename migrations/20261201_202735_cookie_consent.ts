import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_consent_records_method" AS ENUM('accept', 'reject', 'custom');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'requeueStalledContactMessages' BEFORE 'purgeContactMessages';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeConsentRecords' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'requeueStalledContactMessages' BEFORE 'purgeContactMessages';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeConsentRecords' BEFORE 'schedulePublish';
  CREATE TABLE "pages_blocks_cookie_preferences" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Change your cookie settings',
  	"intro" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_cookie_preferences" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Change your cookie settings',
  	"intro" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "consent_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"consent_id" varchar NOT NULL,
  	"method" "enum_consent_records_method" NOT NULL,
  	"revision" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "consent_records_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "cookie_settings_categories_services_cookies" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"domain" varchar,
  	"path" varchar DEFAULT '/',
  	"expiry" varchar NOT NULL
  );
  
  CREATE TABLE "cookie_settings_categories_services" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"provider" varchar NOT NULL,
  	"purpose" varchar NOT NULL,
  	"script_url" varchar
  );
  
  CREATE TABLE "cookie_settings_categories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"necessary" boolean DEFAULT false,
  	"description" varchar NOT NULL
  );
  
  CREATE TABLE "cookie_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"banner_heading" varchar DEFAULT 'Cookies on this website' NOT NULL,
  	"banner_text" varchar DEFAULT 'We use some essential cookies to make this website work. We would also like to use optional cookies to understand how the site is used, so that we can improve it.' NOT NULL,
  	"accept_label" varchar DEFAULT 'Accept all cookies' NOT NULL,
  	"reject_label" varchar DEFAULT 'Reject non-essential cookies' NOT NULL,
  	"more_label" varchar DEFAULT 'Find out more about cookies' NOT NULL,
  	"accepted_message" varchar DEFAULT 'You have accepted all cookies.' NOT NULL,
  	"rejected_message" varchar DEFAULT 'You have rejected non-essential cookies.' NOT NULL,
  	"saved_message" varchar DEFAULT 'Your cookie settings were saved.' NOT NULL,
  	"policy_page_id" integer,
  	"lifetime_days" numeric DEFAULT 365 NOT NULL,
  	"revision" numeric DEFAULT 1,
  	"keep_proof" boolean DEFAULT true,
  	"proof_retention_days" numeric DEFAULT 730 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consent_records_id" integer;
  ALTER TABLE "pages_blocks_cookie_preferences" ADD CONSTRAINT "pages_blocks_cookie_preferences_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_cookie_preferences" ADD CONSTRAINT "_pages_v_blocks_cookie_preferences_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consent_records_texts" ADD CONSTRAINT "consent_records_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consent_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cookie_settings_categories_services_cookies" ADD CONSTRAINT "cookie_settings_categories_services_cookies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cookie_settings_categories_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cookie_settings_categories_services" ADD CONSTRAINT "cookie_settings_categories_services_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cookie_settings_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cookie_settings_categories" ADD CONSTRAINT "cookie_settings_categories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cookie_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cookie_settings" ADD CONSTRAINT "cookie_settings_policy_page_id_pages_id_fk" FOREIGN KEY ("policy_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pages_blocks_cookie_preferences_order_idx" ON "pages_blocks_cookie_preferences" USING btree ("_order");
  CREATE INDEX "pages_blocks_cookie_preferences_parent_id_idx" ON "pages_blocks_cookie_preferences" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_cookie_preferences_path_idx" ON "pages_blocks_cookie_preferences" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_cookie_preferences_order_idx" ON "_pages_v_blocks_cookie_preferences" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_cookie_preferences_parent_id_idx" ON "_pages_v_blocks_cookie_preferences" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_cookie_preferences_path_idx" ON "_pages_v_blocks_cookie_preferences" USING btree ("_path");
  CREATE INDEX "consent_records_consent_id_idx" ON "consent_records" USING btree ("consent_id");
  CREATE INDEX "consent_records_updated_at_idx" ON "consent_records" USING btree ("updated_at");
  CREATE INDEX "consent_records_created_at_idx" ON "consent_records" USING btree ("created_at");
  CREATE INDEX "consent_records_texts_order_parent" ON "consent_records_texts" USING btree ("order","parent_id");
  CREATE INDEX "cookie_settings_categories_services_cookies_order_idx" ON "cookie_settings_categories_services_cookies" USING btree ("_order");
  CREATE INDEX "cookie_settings_categories_services_cookies_parent_id_idx" ON "cookie_settings_categories_services_cookies" USING btree ("_parent_id");
  CREATE INDEX "cookie_settings_categories_services_order_idx" ON "cookie_settings_categories_services" USING btree ("_order");
  CREATE INDEX "cookie_settings_categories_services_parent_id_idx" ON "cookie_settings_categories_services" USING btree ("_parent_id");
  CREATE INDEX "cookie_settings_categories_order_idx" ON "cookie_settings_categories" USING btree ("_order");
  CREATE INDEX "cookie_settings_categories_parent_id_idx" ON "cookie_settings_categories" USING btree ("_parent_id");
  CREATE INDEX "cookie_settings_policy_page_idx" ON "cookie_settings" USING btree ("policy_page_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consent_records_fk" FOREIGN KEY ("consent_records_id") REFERENCES "public"."consent_records"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_consent_records_id_idx" ON "payload_locked_documents_rels" USING btree ("consent_records_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_cookie_preferences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_cookie_preferences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_records" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_records_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cookie_settings_categories_services_cookies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cookie_settings_categories_services" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cookie_settings_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cookie_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_blocks_cookie_preferences" CASCADE;
  DROP TABLE "_pages_v_blocks_cookie_preferences" CASCADE;
  DROP TABLE "consent_records" CASCADE;
  DROP TABLE "consent_records_texts" CASCADE;
  DROP TABLE "cookie_settings_categories_services_cookies" CASCADE;
  DROP TABLE "cookie_settings_categories_services" CASCADE;
  DROP TABLE "cookie_settings_categories" CASCADE;
  DROP TABLE "cookie_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consent_records_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverContactMessage', 'purgeContactMessages', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverContactMessage', 'purgeContactMessages', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_consent_records_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consent_records_id";
  DROP TYPE "public"."enum_consent_records_method";`)
}
