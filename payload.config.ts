import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isAdmin } from './cms/access'
import { inputErrorStatus } from './cms/hooks/inputErrorStatus'
import { withoutVersionEndpoints } from './cms/endpoints/withoutVersions'
import { withFieldRules } from './cms/fields/fieldRules'
import { withQueryChecks } from './cms/hooks/queryChecks'
import { payloadLogger } from './cms/logger'
import { hasRole } from './cms/access/roles'
import { richTextEditor } from './cms/editor'
import { previewUrl } from './cms/livePreview'
import { seoDefaults } from './cms/seo'
import { Comments } from './collections/Comments'
import { ConsentRecords } from './collections/ConsentRecords'
import { ContactMessages } from './collections/ContactMessages'
import { Documents } from './collections/Documents'
import { Events } from './collections/Events'
import { Media } from './collections/Media'
import { MemberContacts } from './collections/MemberContacts'
import { Members } from './collections/Members'
import { Organisations } from './collections/Organisations'
import { Pages } from './collections/Pages'
import { Posts } from './collections/Posts'
import { Projects } from './collections/Projects'
import { Redirects } from './collections/Redirects'
import { Reports } from './collections/Reports'
import { Themes } from './collections/Themes'
import { Users } from './collections/Users'
import { CommentSettings } from './globals/CommentSettings/config'
import { ContactSettings } from './globals/ContactSettings/config'
import { CookieSettings } from './globals/CookieSettings/config'
import { SiteSettings } from './globals/SiteSettings/config'
import { purgeCommentsTask } from './lib/comments/purgeComments'
import { sendCommentNoticesTask } from './lib/comments/sendCommentNotices'
import { purgeConsentRecordsTask } from './lib/consent/purgeConsentRecords'
import { deliverContactMessageTask } from './lib/contact/deliverContactMessage'
import { purgeContactMessagesTask } from './lib/contact/purgeContactMessages'
import { requeueStalledTask } from './lib/contact/requeueStalled'
import { RATE_LIMIT_TABLE } from './lib/abuse/rateLimits'
import { emailAdapter } from './lib/email/adapter'
import { extractDocumentTextTask } from './lib/search/extractDocumentText'
import { recountSearchWordsTask } from './lib/search/recountWordsTask'
import { ConfigurationError, serverEnv } from './lib/env'
import { routedCollections } from './lib/paths'
import { migrations } from './migrations'
import { bodyLimits } from './server/bodyLimits.mjs'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = serverEnv()
const uploadLimits = bodyLimits(process.env)

// Schema push rewrites tables without a migration; it is only ever allowed on the disposable
// embedded development database (see README, "Changing the schema").
if (env.PAYLOAD_DB_PUSH && (!env.EMBEDDED_DB || env.NODE_ENV === 'production')) {
  throw new ConfigurationError(
    'PAYLOAD_DB_PUSH is only allowed with the embedded development database (npm run dev without DATABASE_URL).',
  )
}

export default buildConfig({
  admin: {
    user: Users.slug,
    // Payload's default avatar is Gravatar: every editor's browser would send a hash of their
    // email address to a third party.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · OSPRN admin' },
    timezones: {
      supportedTimezones: [{ label: 'UK time (Europe/London)', value: 'Europe/London' }],
      defaultTimezone: 'Europe/London',
    },
    dateFormat: 'd MMM yyyy, HH:mm',
    livePreview: {
      url: ({ data, collectionConfig }) =>
        collectionConfig ? previewUrl(env.SITE_URL, collectionConfig.slug, data) : null,
      collections: [...routedCollections],
      breakpoints: [
        { label: 'Mobile', name: 'mobile', width: 375, height: 667 },
        { label: 'Tablet', name: 'tablet', width: 768, height: 1024 },
        { label: 'Desktop', name: 'desktop', width: 1440, height: 900 },
      ],
    },
  },
  collections: [
    Pages,
    Projects,
    Events,
    Reports,
    Posts,
    Members,
    MemberContacts,
    ContactMessages,
    Comments,
    ConsentRecords,
    Organisations,
    Themes,
    Media,
    Documents,
    Redirects,
    Users,
  ],
  globals: [SiteSettings, ContactSettings, CommentSettings, CookieSettings],
  editor: richTextEditor,
  sharp,
  secret: env.PAYLOAD_SECRET ?? '',
  serverURL: env.SITE_URL,
  cors: [env.SITE_URL],
  csrf: [env.SITE_URL],
  maxDepth: 3,
  defaultDepth: 1,
  graphQL: { disable: true },
  telemetry: false,
  // The preload refuses larger requests first (server/requestGuard.mjs): images and PDFs each have
  // their own limit there; this one is the larger of the two.
  upload: { limits: { fileSize: Math.max(uploadLimits.image, uploadLimits.document) } },
  hooks: { afterError: [inputErrorStatus] },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL ?? '' },
    push: env.PAYLOAD_DB_PUSH,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
    // The search index is created by hand-written SQL in its migration (a generated tsvector
    // column, GIN indexes, text search configurations): schema push and checks leave it alone.
    tablesFilter: ['!site_search', '!site_search_words'],
    // The contact form's rate-limit counters (rate-limiter-flexible's table layout), declared here
    // so that migrations create the table and schema checks know it.
    beforeSchemaInit: [
      ({ schema, adapter }) => {
        adapter.rawTables[RATE_LIMIT_TABLE] = {
          name: RATE_LIMIT_TABLE,
          columns: {
            key: { name: 'key', type: 'varchar', primaryKey: true },
            points: { name: 'points', type: 'integer', notNull: true, default: 0 },
            expire: { name: 'expire', type: 'numeric' },
          },
        }
        return schema
      },
    ],
  }),
  email: emailAdapter(env),
  logger: payloadLogger,
  jobs: {
    tasks: [
      deliverContactMessageTask(),
      requeueStalledTask,
      purgeContactMessagesTask,
      sendCommentNoticesTask,
      purgeCommentsTask,
      purgeConsentRecordsTask,
      extractDocumentTextTask,
      recountSearchWordsTask,
    ],
    access: {
      run: ({ req }) => hasRole(req.user, 'admin'),
      queue: ({ req }) => hasRole(req.user, 'admin', 'editor'),
      cancel: ({ req }) => hasRole(req.user, 'admin'),
    },
    // Scheduled publishing, contact mail and the nightly purge run inside the long-running server; `npm run jobs`
    // runs the same queue from a separate process for deployments that prefer a worker.
    autoRun: [{ cron: env.JOBS_CRON, allQueues: true }],
    shouldAutoRun: () => env.JOBS_AUTORUN,
    deleteJobOnComplete: true,
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
      admin: { ...defaultJobsCollection.admin, group: 'Administration', hidden: false },
    }),
  },
  plugins: [
    nestedDocsPlugin({
      collections: ['pages'],
      generateLabel: (_, doc) => String(doc.title ?? ''),
      generateURL: (docs) => docs.reduce((url, doc) => `${url}/${String(doc.slug ?? '')}`, ''),
    }),
    seoPlugin({
      collections: [...routedCollections],
      uploadsCollection: 'media',
      tabbedUI: false,
      ...seoDefaults(env.SITE_URL),
    }),
    // Last, so that they see every collection and field the plugins added or changed.
    (config) => ({
      ...config,
      collections: config.collections?.map((collection) =>
        withoutVersionEndpoints(withQueryChecks(withFieldRules(collection))),
      ),
      globals: config.globals?.map((global) => withoutVersionEndpoints(withFieldRules(global))),
    }),
  ],
})
