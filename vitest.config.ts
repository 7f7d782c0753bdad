import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

const resolve = {
  alias: [
    { find: /^@\/(.*)$/, replacement: `${root}/$1` },
    { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
    { find: 'server-only', replacement: path.join(root, 'tests/helpers/empty.ts') },
  ],
}

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.unit.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        resolve,
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/intGlobalSetup.ts'],
          setupFiles: ['tests/helpers/intWarnings.ts'],
          // One Payload instance on one fresh database: files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
