import { populatedOne } from '@/lib/content/populated'
import { formatFileSize } from '@/lib/format/fileSize'
import { publicPath } from '@/lib/paths'
import type { Event } from '@/payload-types'

import type { LinkedItem } from './LinkedList'

/** Speakers who are members link to their profiles; guests are named with where they are from. */
export function speakerItems(speakers: Event['speakers']): LinkedItem[] {
  return (speakers ?? []).map((speaker, index) => {
    const member = populatedOne(speaker.member)
    return member
      ? { id: speaker.id ?? index, label: member.name ?? member.slug, href: publicPath('members', member) }
      : { id: speaker.id ?? index, label: [speaker.name, speaker.affiliation].filter(Boolean).join(', ') }
  })
}

/** Slides, recordings and papers: an uploaded file (with its size, so a visitor knows before downloading) or a link. */
export function materialItems(materials: Event['materials']): LinkedItem[] {
  return (materials ?? []).map((material, index) => {
    const file = populatedOne(material.document)
    const label = file?.filesize ? `${material.label} (PDF, ${formatFileSize(file.filesize)})` : material.label
    return { id: material.id ?? index, label, href: file?.url ?? material.url }
  })
}
