import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export class ChildProcessError extends Error {
  constructor(
    readonly command: string,
    readonly code: number | null,
  ) {
    super(`${command} exited with code ${code}`)
    this.name = 'ChildProcessError'
  }
}

export const localBin = (name: string) => path.resolve('node_modules', '.bin', name)

export function start(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { env, stdio: 'inherit' })
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)))
}

export async function runToCompletion(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const code = await exitOf(start(command, args, env))
  if (code !== 0) throw new ChildProcessError([path.basename(command), ...args].join(' '), code)
}

/** Runs a TypeScript file with Node and tsx. */
export function runTypeScript(script: string, env: NodeJS.ProcessEnv): Promise<void> {
  return runToCompletion(process.execPath, ['--import', 'tsx', script], env)
}

/** Asks a child to stop, and kills it if it has not gone after `graceMs`. */
export async function terminate(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exitOf(child)
  clearTimeout(timer)
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      if (response.ok) return true
    } catch {
      // Not listening yet: try again until the deadline.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}
