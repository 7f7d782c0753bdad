/** Collections whose demo documents other fixtures refer to, by slug (images and PDFs by key). */
export type RefCollection =
  'themes' | 'organisations' | 'media' | 'documents' | 'members' | 'projects' | 'events' | 'reports' | 'posts' | 'pages'

export class SeedReferenceError extends Error {
  constructor(collection: RefCollection, key: string) {
    super(`Demo content refers to ${collection} "${key}", which the seed has not created (yet).`)
    this.name = 'SeedReferenceError'
  }
}

/** The ids of the documents seeded so far, so fixtures can point at each other by slug. */
export class Refs {
  readonly #ids = new Map<string, number>()

  set(collection: RefCollection, key: string, id: number): void {
    this.#ids.set(`${collection}:${key}`, id)
  }

  get(collection: RefCollection, key: string): number {
    const id = this.#ids.get(`${collection}:${key}`)
    if (id === undefined) throw new SeedReferenceError(collection, key)
    return id
  }

  /** Resolves a list of keys; no list stays no list. */
  many(collection: RefCollection, keys: string[] | undefined): number[] | undefined {
    return keys?.map((key) => this.get(collection, key))
  }

  optional(collection: RefCollection, key: string | undefined): number | undefined {
    return key === undefined ? undefined : this.get(collection, key)
  }
}
