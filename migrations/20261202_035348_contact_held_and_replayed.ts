import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_contact_messages_status" ADD VALUE 'held';
  ALTER TYPE "public"."enum_contact_messages_spam_reason" ADD VALUE 'replayed-token';
  ALTER TYPE "public"."enum_contact_messages_spam_reason" ADD VALUE 'sender-repeated';
  ALTER TYPE "public"."enum_contact_messages_spam_reason" ADD VALUE 'recipient-busy';
  ALTER TYPE "public"."enum_contact_messages_spam_reason" ADD VALUE 'site-busy';`)
}

/** Back to the old values: held messages become spam (the team can still deliver them from there). */
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_messages" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "contact_messages" ALTER COLUMN "status" SET DEFAULT 'queued'::text;
  UPDATE "contact_messages" SET "status" = 'spam' WHERE "status" = 'held';
  DROP TYPE "public"."enum_contact_messages_status";
  CREATE TYPE "public"."enum_contact_messages_status" AS ENUM('queued', 'sending', 'sent', 'failed', 'spam');
  ALTER TABLE "contact_messages" ALTER COLUMN "status" SET DEFAULT 'queued'::"public"."enum_contact_messages_status";
  ALTER TABLE "contact_messages" ALTER COLUMN "status" SET DATA TYPE "public"."enum_contact_messages_status" USING "status"::"public"."enum_contact_messages_status";
  ALTER TABLE "contact_messages" ALTER COLUMN "spam_reason" SET DATA TYPE text;
  UPDATE "contact_messages" SET "spam_reason" = 'bad-token' WHERE "spam_reason" = 'replayed-token';
  UPDATE "contact_messages" SET "spam_reason" = NULL WHERE "spam_reason" IN ('sender-repeated', 'recipient-busy', 'site-busy');
  DROP TYPE "public"."enum_contact_messages_spam_reason";
  CREATE TYPE "public"."enum_contact_messages_spam_reason" AS ENUM('honeypot', 'too-fast', 'bad-token');
  ALTER TABLE "contact_messages" ALTER COLUMN "spam_reason" SET DATA TYPE "public"."enum_contact_messages_spam_reason" USING "spam_reason"::"public"."enum_contact_messages_spam_reason";`)
}
