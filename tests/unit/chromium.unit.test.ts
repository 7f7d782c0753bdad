import { afterEach, describe, expect, it, vi } from 'vitest'

import { chromiumExecutable, chromiumMissingMessage } from '../helpers/chromium'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('Chromium for the browser tests', () => {
  it('explains how to install Chromium when it is missing', () => {
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium')
    expect(chromiumExecutable()).toBe('/nonexistent/chromium')
    const message = chromiumMissingMessage()
    expect(message).toContain('/nonexistent/chromium')
    expect(message).toContain('apt-get install -y chromium')
  })

  it('has nothing to say when the binary exists', () => {
    vi.stubEnv('CHROMIUM_PATH', process.execPath)
    expect(chromiumMissingMessage()).toBeUndefined()
  })
})
