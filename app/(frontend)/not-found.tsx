import { NotFoundMessage } from '@/components/layout/NotFoundMessage'

/**
 * The root layout's 404 boundary. Every address the server's preload routes, and every other
 * one (a file's, `/old-report.pdf`), reaches `[cv]/layout.tsx`, which renders the site's 404 page
 * with its header and footer and throws nothing this boundary would catch; this is only a
 * fallback for a server started without the preload. Next.js sends this element inside every
 * page's payload, so it stays small: the header and footer here would add about 4 KB to each
 * page for a page no visitor is shown.
 */
export default function NotFound() {
  return (
    <main id="main-content">
      <NotFoundMessage />
    </main>
  )
}
