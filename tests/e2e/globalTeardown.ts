import { serverLogs, unexpectedServerProblems } from '../helpers/e2eServerLog'

/**
 * A green run is quiet: the servers' output (in .data/e2e-logs) holds no error, warning or stack
 * trace that a test did not cause on purpose and assert.
 */
export default function checkServerLogs(): void {
  const problems = unexpectedServerProblems()
  if (problems.length === 0) return
  throw new Error(
    `The web servers logged ${problems.length} unexpected error(s) or warning(s) (full output in ${Object.values(serverLogs).join(', ')}):\n\n${problems.slice(0, 10).join('\n\n')}`,
  )
}
