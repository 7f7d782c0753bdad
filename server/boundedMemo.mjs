/**
 * A map that keeps what was used most recently within a budget: entries weigh `weigh(value)` (1
 * each unless given) and the least recently used go first once the total passes `limit`. The
 * preload's per-version memos (page policies, compressed pages) use it.
 */

/**
 * @template V
 * @param {number} limit
 * @param {(value: V) => number} [weigh]
 */
export function boundedMemo(limit, weigh = () => 1) {
  /** @type {Map<string, V>} */
  const entries = new Map()
  let total = 0
  return {
    /** @param {string} key */
    get(key) {
      const value = entries.get(key)
      if (value === undefined) return undefined
      entries.delete(key)
      entries.set(key, value)
      return value
    },
    /** @param {string} key */
    delete(key) {
      const value = entries.get(key)
      if (value === undefined) return
      entries.delete(key)
      total -= weigh(value)
    },
    /** @param {string} key @param {V} value */
    set(key, value) {
      const previous = entries.get(key)
      if (previous !== undefined) {
        entries.delete(key)
        total -= weigh(previous)
      }
      entries.set(key, value)
      total += weigh(value)
      for (const [oldest, kept] of entries) {
        if (total <= limit) break
        entries.delete(oldest)
        total -= weigh(kept)
      }
    },
  }
}
