import { existsSync } from 'node:fs'

/** Debian's Chromium (`apt-get install -y chromium`); Playwright's own browser downloads are not used. */
export function chromiumExecutable(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium'
}

export function chromiumMissingMessage(): string | undefined {
  const executable = chromiumExecutable()
  if (existsSync(executable)) return undefined
  return [
    `Chromium was not found at ${executable}, so the browser tests cannot run.`,
    'Install it with:  sudo apt-get update && sudo apt-get install -y chromium',
    'or point CHROMIUM_PATH at another Chromium or Chrome binary.',
  ].join('\n')
}

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
