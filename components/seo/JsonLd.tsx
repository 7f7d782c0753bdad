import type { Thing, WithContext } from 'schema-dts'

/**
 * schema.org structured data. `<` is escaped so that text from the CMS can never close the
 * script element; the data comes from typed builders, never from raw HTML.
 */
export function JsonLd<T extends Thing>({ data }: { data: WithContext<T> | WithContext<T>[] }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
