import { describe, expect, it } from 'vitest'

import { boundedMemo } from '@/server/boundedMemo.mjs'

describe('boundedMemo', () => {
  it('keeps the most recently used entries within its budget', () => {
    const memo = boundedMemo<string>(2)
    memo.set('a', 'A')
    memo.set('b', 'B')
    expect(memo.get('a')).toBe('A')
    memo.set('c', 'C')
    expect(memo.get('b')).toBeUndefined()
    expect(memo.get('a')).toBe('A')
    expect(memo.get('c')).toBe('C')
  })

  it('weighs entries by what they hold, and counts a replaced entry once', () => {
    const memo = boundedMemo<Buffer>(10, (bytes) => bytes.byteLength)
    memo.set('a', Buffer.alloc(4))
    memo.set('a', Buffer.alloc(4))
    memo.set('b', Buffer.alloc(6))
    expect(memo.get('a')?.byteLength).toBe(4)
    memo.set('c', Buffer.alloc(3))
    expect(memo.get('b')).toBeUndefined()
    expect(memo.get('a')?.byteLength).toBe(4)
    expect(memo.get('c')?.byteLength).toBe(3)
  })

  it('forgets a deleted entry, and its weight', () => {
    const memo = boundedMemo<Buffer>(10, (bytes) => bytes.byteLength)
    memo.set('a', Buffer.alloc(6))
    memo.delete('a')
    memo.delete('never set')
    expect(memo.get('a')).toBeUndefined()
    memo.set('b', Buffer.alloc(5))
    memo.set('c', Buffer.alloc(5))
    expect(memo.get('b')?.byteLength).toBe(5)
    expect(memo.get('c')?.byteLength).toBe(5)
  })
})
