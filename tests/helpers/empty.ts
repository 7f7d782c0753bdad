// Stands in for `server-only` under Vitest, which runs server modules outside Next.js.
export {}
