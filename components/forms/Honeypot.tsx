import { HONEYPOT_FIELD } from '@/lib/abuse/honeypot'

import styles from './Honeypot.module.css'

/** The honeypot: out of sight and out of the tab order; people leave it empty, many bots do not. */
export function Honeypot({ idPrefix }: { idPrefix: string }) {
  const id = `${idPrefix}-${HONEYPOT_FIELD}`
  return (
    <div className={styles.trap} aria-hidden="true">
      <label htmlFor={id}>Leave this field empty</label>
      <input id={id} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  )
}
