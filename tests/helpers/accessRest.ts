import { handleEndpoints } from 'payload'

import config from '@/payload.config'

export interface RestResponse {
  status: number
  text: string
  body: unknown
}

/**
 * A GET through Payload's REST handler, the one `app/(payload)/api/[...slug]/route.ts` mounts,
 * without starting a server. `params` are query parameters as a browser would send them, e.g.
 * `{ 'where[email][equals]': 'x@example.org', depth: '3', draft: 'true' }`.
 */
export async function restGet(
  path: string,
  params: Record<string, string> = {},
  token?: string,
): Promise<RestResponse> {
  const url = new URL(`/api${path}`, 'http://localhost:3000')
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value)
  const headers: Record<string, string> = token ? { Authorization: `JWT ${token}` } : {}
  const response = await handleEndpoints({ config, request: new Request(url, { headers }) })
  const text = await response.text()
  return { status: response.status, text, body: text ? (JSON.parse(text) as unknown) : null }
}

/** The `docs` of a REST list response, or an empty list when there are none (or an error). */
export function restDocs(response: RestResponse): Record<string, unknown>[] {
  const docs = (response.body as { docs?: unknown } | null)?.docs
  return Array.isArray(docs) ? (docs as Record<string, unknown>[]) : []
}

/** A JSON write (POST, PATCH, DELETE) through the same REST handler, signed in with `token`. */
export async function restSend(
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  token?: string,
): Promise<RestResponse> {
  const url = new URL(`/api${path}`, 'http://localhost:3000')
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `JWT ${token}`
  const request = new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const response = await handleEndpoints({ config, request })
  const text = await response.text()
  return { status: response.status, text, body: text ? (JSON.parse(text) as unknown) : null }
}
