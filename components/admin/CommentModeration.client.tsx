'use client'

import { Button, toast, useConfig, useSelection } from '@payloadcms/ui'
import Link from 'next/link'
import { useRouter, useSearchParams } from 'next/navigation'
import { useState } from 'react'

import { commentStatuses, type CommentStatus } from '@/lib/comments/statuses'

const actions: { status: CommentStatus; label: string }[] = [
  { status: 'approved', label: 'Approve' },
  { status: 'rejected', label: 'Reject' },
  { status: 'spam', label: 'Mark as spam' },
]

/**
 * Above the comments list: one link per moderation state (the queue is "Pending"), and Approve,
 * Reject and Mark as spam for every ticked comment at once, in one request.
 */
export function CommentModeration() {
  const { selectedIDs } = useSelection()
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()
  const router = useRouter()
  const searchParams = useSearchParams()
  const [busy, setBusy] = useState(false)
  const shown = searchParams.get('where[status][equals]')
  const ids = selectedIDs

  const moderate = async (status: CommentStatus, label: string) => {
    setBusy(true)
    try {
      const response = await fetch(`${api}/comments/moderate`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ids: ids.map(Number), status }),
      })
      const body = (await response.json().catch(() => ({}))) as {
        changed?: number
        failed?: unknown[]
        errors?: { message?: string }[]
      }
      if (!response.ok || (body.errors?.length ?? 0) > 0) {
        throw new Error(body.errors?.[0]?.message ?? `The server answered ${response.status}.`)
      }
      const done = body.changed ?? 0
      if ((body.failed?.length ?? 0) > 0) toast.error(`${body.failed?.length} could not be changed.`)
      toast.success(`${label}: ${done} ${done === 1 ? 'comment' : 'comments'}.`)
      router.refresh()
    } catch (error) {
      toast.error(error instanceof Error ? error.message : 'The comments could not be changed.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'grid', gap: 'calc(var(--base) / 2)', marginBottom: 'var(--base)' }}>
      <nav aria-label="Comments by status" style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)' }}>
        <Link href={`${admin}/collections/comments`} aria-current={shown ? undefined : 'page'}>
          All
        </Link>
        {commentStatuses.map(({ value, label }) => (
          <Link
            key={value}
            href={`${admin}/collections/comments?where[status][equals]=${value}`}
            aria-current={shown === value ? 'page' : undefined}
            style={shown === value ? { fontWeight: 700 } : undefined}
          >
            {label}
          </Link>
        ))}
      </nav>
      <div
        role="group"
        aria-label="Moderate the ticked comments"
        style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)', alignItems: 'center' }}
      >
        <span>{ids.length === 0 ? 'Tick comments to moderate them together:' : `${ids.length} ticked:`}</span>
        {actions.map(({ status, label }) => (
          <Button
            key={status}
            buttonStyle={status === 'approved' ? 'primary' : 'secondary'}
            size="small"
            margin={false}
            disabled={busy || ids.length === 0}
            onClick={() => void moderate(status, label)}
          >
            {label}
          </Button>
        ))}
      </div>
    </div>
  )
}
