import type { Thing, WithContext } from 'schema-dts'

/**
 * schema.org structured data. `<` is escaped so that text from the CMS can never close the
 * script element; the data comes from typed builders, never from raw HTML.
 */
export function JsonLd({ data }: { data: WithContext<Thing> | WithContext<Thing>[] }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
