import type { CollectionConfig, Endpoint, GlobalConfig } from 'payload'

/**
 * Payload gives every collection and global its version endpoints, versions or not; on one without
 * versions they answered a signed-in user 500 (there is no version table to read). These answer
 * 404 in their place, as for any other address that names nothing: endpoints of a collection's
 * own come before Payload's.
 */
const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })

export const NO_VERSION_ENDPOINTS: Endpoint[] = [
  { path: '/versions', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'post', handler: notFound },
]

/** A collection or global without versions gets NO_VERSION_ENDPOINTS (added to the config once, after the plugins). */
export function withoutVersionEndpoints<T extends CollectionConfig | GlobalConfig>(config: T): T {
  if (config.versions || config.endpoints === false) return config
  return { ...config, endpoints: [...(config.endpoints ?? []), ...NO_VERSION_ENDPOINTS] }
}
