/**
 * Grades a site with Mozilla's HTTP Observatory (@mdn/mdn-http-observatory), the way its scanner
 * does, but on chosen ports: its `scan()` only knows ports 80 and 443. Run as a child process so
 * that NODE_EXTRA_CA_CERTS can make the test's own certificate trusted.
 *
 *   node tests/helpers/observatoryScan.mjs <host> <httpPort> <httpsPort> <path>
 *
 * Prints `{ score, grade, tests: { <name>: { result, modifier } } }` as JSON.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const [host = 'localhost', httpPort, httpsPort, page = '/'] = process.argv.slice(2)

// The package's install script downloads Chromium's HSTS preload list, which this machine's
// closed network cannot reach (the script is not approved in package.json). No loopback name is
// on that list, so an empty list gives the same grade.
const packageDir = path.dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'))
const preloadList = path.join(packageDir, 'conf', 'hsts-preload.json')
if (!existsSync(preloadList)) writeFileSync(preloadList, '{}')

const { retrieve } = await import('@mdn/mdn-http-observatory/src/retriever/retriever.js')
const { ALL_TESTS } = await import('@mdn/mdn-http-observatory/src/constants.js')
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await import('@mdn/mdn-http-observatory/src/grader/charts.js')
const { getGradeForScore, getScoreModifier } = await import('@mdn/mdn-http-observatory/src/grader/grader.js')

const requests = await retrieve(host, { httpPort, httpsPort, path: page })
if (!requests.responses.auto) throw new Error(`No answer from ${host}`)

// As the scanner's scan(): bonuses count only when the score without them is already an A.
let withBonuses = 100
let withoutBonuses = 100
const tests = {}
for (const test of ALL_TESTS) {
  const output = test(requests)
  const modifier = getScoreModifier(output.result)
  withBonuses += modifier
  if (modifier < 0) withoutBonuses += modifier
  tests[test.name] = { result: output.result, modifier }
}
const score = withoutBonuses >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withBonuses : withoutBonuses
console.log(JSON.stringify({ score, grade: getGradeForScore(score).grade, tests }))
