import Link from 'next/link'
import type { BreadcrumbList, WithContext } from 'schema-dts'

import { JsonLd } from '@/components/seo/JsonLd'
import { serverEnv } from '@/lib/env'
import styles from './Breadcrumbs.module.css'

export interface Crumb {
  label: string
  /** Omit for the current page (the last crumb). */
  href?: string
}

/** "Home › Projects › This project", with schema.org BreadcrumbList. Home is added automatically. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const crumbs: Crumb[] = [{ label: 'Home', href: '/' }, ...items]
  const siteUrl = serverEnv().SITE_URL
  return (
    <>
      <nav aria-label="Breadcrumb" className={`container ${styles.breadcrumbs}`}>
        <ol>
          {crumbs.map((crumb, index) => (
            <li key={`${crumb.label}-${index}`}>
              {crumb.href && index < crumbs.length - 1 ? (
                <Link href={crumb.href}>{crumb.label}</Link>
              ) : (
                <span aria-current="page">{crumb.label}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <JsonLd
        data={
          {
            '@context': 'https://schema.org',
            '@type': 'BreadcrumbList',
            itemListElement: crumbs.map((crumb, index) => ({
              '@type': 'ListItem',
              position: index + 1,
              name: crumb.label,
              ...(crumb.href ? { item: `${siteUrl}${crumb.href}` } : {}),
            })),
          } satisfies WithContext<BreadcrumbList>
        }
      />
    </>
  )
}
