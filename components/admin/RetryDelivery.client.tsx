'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * The "Send again" button on a contact message that failed, was held as spam or was held over a
 * capacity limit. It asks the server to queue a new delivery
 * (collections/ContactMessages/endpoints/retryDelivery.ts).
 */
export function RetryDelivery() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)

  if (!id || (status !== 'failed' && status !== 'spam' && status !== 'held')) return null

  const retry = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${api}/contact-messages/${id}/retry`, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as { error?: string }
      if (!response.ok) throw new Error(body.error ?? `The server answered ${response.status}.`)
      toast.success('Queued for delivery. The status changes once the mail server accepts it.')
      router.refresh()
    } catch (error) {
      toast.error(error instanceof Error ? error.message : 'Could not queue the message.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={busy} onClick={retry} size="medium">
        {status === 'spam' ? 'Not spam: deliver it' : status === 'held' ? 'Release: deliver it' : 'Send again'}
      </Button>
    </div>
  )
}
