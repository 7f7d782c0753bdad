import { NotFoundMessage } from '@/components/layout/NotFoundMessage'
import { SiteChrome } from '@/components/layout/SiteChrome'

/**
 * A 404 outside the page variants: an address that looks like a file (`/old-report.pdf`) is not
 * routed to one (server/pageVariants.mjs), so this page is the same for everyone. It has no
 * cookie banner and loads nothing optional.
 */
export default function NotFound() {
  return (
    <SiteChrome consent={null}>
      <NotFoundMessage />
    </SiteChrome>
  )
}
