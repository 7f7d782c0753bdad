import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'
import jsxA11y from 'eslint-plugin-jsx-a11y'

/*
 * The seams of the architecture (README, "Architecture"), kept by lint rather than by memory.
 * `no-restricted-imports` takes one set of options per file, so each group of files below gets the
 * complete list of what it may not import; a later block replaces an earlier one for its files.
 */
const payloadClient = {
  paths: [
    {
      name: 'payload',
      importNames: ['getPayload'],
      message:
        'Only lib/queries, lib/actions and the write-side libs, cms/hooks, scripts, seed and tests reach Payload, through getPayloadClient() from @/lib/payload.',
    },
  ],
  patterns: [
    {
      group: ['@/lib/payload', '@/lib/db/pool', '**/lib/payload', '**/lib/db/pool'],
      allowTypeImports: true,
      message:
        'Only lib/queries, lib/actions, the write-side libs (lib/contact, lib/comments, lib/consent, lib/auth, lib/health), cms/hooks, scripts, seed and tests reach Payload or the database pool. Read content through lib/queries; write through lib/actions.',
    },
  ],
}

const schemaConfigMessage =
  'app/ and components/ do not import collection or global configs: read content through lib/queries; option lists and labels are in lib/content/options.'

const schemaConfigs = [
  { regex: '^(@/|(\\.\\./)+)collections(/.*)?$', message: schemaConfigMessage },
  // Except the plain values beside a global's config (the banner's shipped wording): no hooks, no access rules.
  { regex: '^(@/|(\\.\\./)+)globals(/(?![^/]+/defaults$).*)?$', message: schemaConfigMessage },
]

/** Where the Payload client and the database pool may be imported. */
const payloadClientLayers = [
  'lib/payload.ts',
  'lib/db/pool.ts',
  'lib/queries/**',
  'lib/actions/**',
  'lib/contact/**',
  'lib/comments/**',
  'lib/consent/**',
  'lib/auth/**',
  // The health probe runs `select 1` on Payload's own pool.
  'lib/health/**',
  'cms/hooks/**',
  'scripts/**',
  'seed/**',
  'tests/**',
  // Initialises Payload (migrations, jobs schedule) when the production server starts.
  'instrumentation.ts',
]

/** Route handlers that use the Payload client themselves, each for a reason of its own. */
const payloadClientRoutes = [
  // Checks the editor's session (payload.auth) before it turns on draft mode.
  'app/(frontend)/next/preview/route.ts',
]

/** Where `process.env` may be read; everything else asks lib/env.ts, which validates it. */
const environmentReaders = [
  'lib/env.ts',
  'scripts/**',
  'server/**',
  'tests/**',
  'next.config.*',
  'payload.config.ts',
  'playwright.config.ts',
  'vitest.config.ts',
  // Next.js replaces process.env.NEXT_RUNTIME and NODE_ENV at build time, which is what keeps
  // Node-only code out of the edge bundle; a read through lib/env.ts would defeat that.
  'instrumentation.ts',
]

const environmentMessage = 'Read configuration through serverEnv() from @/lib/env, which validates it.'

const seams = [
  { files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'], rules: { 'no-restricted-imports': ['error', payloadClient] } },
  {
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: payloadClient.paths, patterns: [...payloadClient.patterns, ...schemaConfigs] },
      ],
    },
  },
  { files: payloadClientLayers, rules: { 'no-restricted-imports': 'off' } },
  { files: payloadClientRoutes, rules: { 'no-restricted-imports': ['error', { patterns: schemaConfigs }] } },
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: environmentMessage },
        { selector: "MemberExpression[object.name='process'][property.value='env']", message: environmentMessage },
        { selector: "VariableDeclarator[init.name='process'] > ObjectPattern", message: environmentMessage },
      ],
    },
  },
  { files: environmentReaders, rules: { 'no-restricted-syntax': 'off' } },
]

const config = [
  {
    ignores: [
      '.next/**',
      '.data/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'payload-types.ts',
      'migrations/2*.ts',
      'app/(payload)/admin/importMap.js',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypeScript,
  // eslint-config-next registers jsx-a11y with a handful of rules; turn on its full recommended set.
  // Same files as eslint-config-next, which registers the plugin (so not .cjs preloads).
  { files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'], rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-anonymous-default-export': 'off',
    },
  },
  ...seams,
]

export default config
