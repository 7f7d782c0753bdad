import Link from 'next/link'

import type { Theme } from '@/payload-types'

/** "Loneliness, Green spaces": each theme linked to a listing filtered by it. */
export function ThemeLinks({ themes, listing }: { themes: Pick<Theme, 'id' | 'name' | 'slug'>[]; listing: string }) {
  return (
    <>
      {themes.map((theme, index) => (
        <span key={theme.id}>
          {index > 0 && ', '}
          <Link href={`${listing}?theme=${encodeURIComponent(theme.slug)}`}>{theme.name}</Link>
        </span>
      ))}
    </>
  )
}
