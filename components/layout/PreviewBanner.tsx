import Link from 'next/link'

import { RefreshOnSave } from '@/components/cms/RefreshOnSave.client'
import styles from './PreviewBanner.module.css'

/** Shown only to signed-in editors in draft preview: says so, and offers the way out. */
export function PreviewBanner({ serverURL }: { serverURL: string }) {
  return (
    <section className={styles.banner} aria-label="Preview">
      <p>
        You are previewing drafts. Visitors see only published content.{' '}
        <Link href="/next/exit-preview" prefetch={false}>
          Leave preview
        </Link>
      </p>
      <RefreshOnSave serverURL={serverURL} />
    </section>
  )
}
