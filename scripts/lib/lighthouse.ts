import type { Flags, RunnerResult } from 'lighthouse'

/** Lighthouse's own "run Lighthouse again": its trace of the page load is missing the navigation. */
const TRACE_INCOMPLETE = 'NO_NAVSTART'
const ATTEMPTS = 3

/**
 * One Lighthouse run of `url`, run again (three attempts in all) when Lighthouse reports that its
 * trace of the page load is incomplete. In headless Chromium the new renderer's first trace events
 * (the navigation, the document request) are sometimes lost when the page answers quickly: the
 * trace then starts at the first paint, and Lighthouse can measure nothing. Any other outcome,
 * another error included, is returned as it is.
 */
export async function runLighthouse(url: string, flags: Flags): Promise<RunnerResult | undefined> {
  const { default: lighthouse } = await import('lighthouse')
  let result: RunnerResult | undefined
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    result = await lighthouse(url, flags)
    if (result?.lhr.runtimeError?.code !== TRACE_INCOMPLETE) return result
  }
  return result
}
