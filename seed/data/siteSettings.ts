import type { SiteSetting } from '@/payload-types'

export const siteSettings: Omit<SiteSetting, 'id' | 'updatedAt' | 'createdAt'> = {
  siteName: 'Oxford Social Prescribing Research Network',
  shortName: 'OSPRN',
  tagline: 'Building the evidence for social prescribing, with the people it serves',
  contactEmail: 'communications@example.org',
  navigation: [
    { label: 'About', href: '/about' },
    { label: 'Projects', href: '/projects' },
    { label: 'Research', href: '/reports' },
    { label: 'Outreach', href: '/events' },
    { label: 'News & Views', href: '/news-and-views' },
    { label: 'Members', href: '/members' },
    { label: 'Contact', href: '/contact' },
  ],
  footerLinks: [
    { label: 'Privacy notice', href: '/privacy' },
    { label: 'Accessibility statement', href: '/accessibility' },
    { label: 'Cookie policy', href: '/cookies' },
    { label: 'Contact guidelines', href: '/contact-guidelines' },
  ],
}
