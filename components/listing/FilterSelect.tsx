import styles from './FilterForm.module.css'

export interface FilterOption {
  value: string
  label: string
}

interface FilterSelectProps {
  /** The query parameter. */
  name: string
  label: string
  /** The first option, which filters nothing: "All themes". */
  allLabel: string
  options: readonly FilterOption[]
  /** The chosen value, or null for all. */
  value: string | number | null | undefined
}

/** One labelled choice of a `FilterForm`. */
export function FilterSelect({ name, label, allLabel, options, value }: FilterSelectProps) {
  const id = `filter-${name}`
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value === null || value === undefined ? '' : String(value)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

interface ThemeSelectProps {
  themes: readonly { slug: string; name: string }[]
  /** The chosen theme's slug, or null for all. */
  value: string | null | undefined
}

/** The theme filter every listing offers, by slug. */
export function ThemeSelect({ themes, value }: ThemeSelectProps) {
  return (
    <FilterSelect
      name="theme"
      label="Theme"
      allLabel="All themes"
      options={themes.map((theme) => ({ value: theme.slug, label: theme.name }))}
      value={value}
    />
  )
}
