/**
 * V8 flags of the production server: `npm start` passes them (scripts/lib/serve.ts), and so does
 * the Docker image's CMD (a unit test keeps the two the same). V8 flags are refused in
 * NODE_OPTIONS, so they go on the command line.
 *
 * --no-allocation-site-pretenuring: V8 otherwise learns to allocate the objects of Next.js's
 * request handling straight into the old generation, where they outlive their request until a
 * full collection and keep what they point to alive through every young one. Under load on cached
 * pages each young collection then took 5-7 ms instead of about 2, and the server answered a fifth
 * fewer requests (README, "How pages are served").
 */
export const PRODUCTION_V8_FLAGS = ['--no-allocation-site-pretenuring']
