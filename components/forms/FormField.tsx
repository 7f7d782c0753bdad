import type React from 'react'

import styles from './FormField.module.css'

export { styles as fieldStyles }

/** What every control of a form carries: its name, the value to show, and its hint and error. */
export interface ControlProps {
  id: string
  name: string
  defaultValue?: string
  'aria-describedby'?: string
  'aria-invalid'?: true
}

/** Label, hint and error message of one field, wired to its control with aria-describedby (GOV.UK). */
export function FormField({
  id,
  name,
  label,
  hint,
  error,
  value,
  children,
}: {
  id: string
  name: string
  label: string
  hint?: React.ReactNode
  error?: string
  value?: string
  children: (control: ControlProps) => React.ReactNode
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')
  const control: ControlProps = {
    id,
    name,
    defaultValue: value,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? true : undefined,
  }
  return (
    <div className={error ? `${styles.group} ${styles.groupError}` : styles.group}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className={styles.hint}>
          {hint}
        </div>
      )}
      {error && <FieldError id={`${id}-error`} message={error} />}
      {children(control)}
    </div>
  )
}

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className={styles.error}>
      <span className="visually-hidden">Error:</span> {message}
    </p>
  )
}
