import { afterAll, expect } from 'vitest'

/**
 * A deprecation printed by an integration test is a failure of that file: it is tomorrow's error
 * (pg 9 refuses concurrent queries on one client, which it only warns about today).
 */
const deprecations: string[] = []

process.on('warning', (warning) => {
  if (warning.name === 'DeprecationWarning') deprecations.push(warning.message)
})

afterAll(() => {
  expect(deprecations, 'deprecation warnings printed while this file ran').toEqual([])
})
