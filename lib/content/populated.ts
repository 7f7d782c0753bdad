/** Keeps the related documents that were populated (objects), dropping bare ids of unreadable ones. */
export function populated<T extends object>(items: (number | string | T)[] | null | undefined): T[] {
  return (items ?? []).filter((item): item is T => typeof item === 'object' && item !== null)
}

export function populatedOne<T extends object>(item: number | string | T | null | undefined): T | null {
  return typeof item === 'object' && item !== null ? item : null
}
