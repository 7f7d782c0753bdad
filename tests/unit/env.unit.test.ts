import { describe, expect, it } from 'vitest'

import { parseMailFrom } from '@/lib/email/adapter'
import { ConfigurationError, parseServerEnv } from '@/lib/env'

describe('server environment', () => {
  it('defaults SITE_URL to localhost on PORT', () => {
    expect(parseServerEnv({ PORT: '4123' }).SITE_URL).toBe('http://localhost:4123')
    expect(parseServerEnv({}).SITE_URL).toBe('http://localhost:3000')
  })

  it('keeps an explicit SITE_URL without its trailing slash', () => {
    expect(parseServerEnv({ SITE_URL: 'https://osprn.example.org/' }).SITE_URL).toBe('https://osprn.example.org')
  })

  it('reads boolean flags strictly', () => {
    expect(parseServerEnv({ SMTP_SECURE: 'true' }).SMTP_SECURE).toBe(true)
    expect(parseServerEnv({ SMTP_SECURE: 'false' }).SMTP_SECURE).toBe(false)
    expect(() => parseServerEnv({ SMTP_SECURE: 'yes' })).toThrow(/SMTP_SECURE/)
  })

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ SITE_URL: 'ftp://example.org' }, /SITE_URL/],
    [{ SMTP_HOST: 'mail.example.org' }, /SMTP_PORT must be set/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => parseServerEnv(env)).toThrow(ConfigurationError)
    expect(() => parseServerEnv(env)).toThrow(message)
  })
})

describe('MAIL_FROM', () => {
  it('splits a display name from the address', () => {
    expect(parseMailFrom('Research Network <news@example.org>')).toEqual({
      name: 'Research Network',
      address: 'news@example.org',
    })
  })

  it('uses the address as the name when there is none', () => {
    expect(parseMailFrom('news@example.org')).toEqual({ name: 'news@example.org', address: 'news@example.org' })
  })

  it('rejects a value with no address', () => {
    expect(() => parseMailFrom('Research Network')).toThrow(/MAIL_FROM/)
  })
})
