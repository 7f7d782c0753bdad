import { searchKinds } from '@/lib/search/entries'
import type { SearchPage } from '@/lib/queries/search'

import styles from './SearchPage.module.css'

interface Choice {
  value: string
  label: string
  count: number
  checked: boolean
}

function CheckboxGroup({
  legend,
  name,
  choices,
  formId,
}: {
  legend: string
  name: string
  choices: Choice[]
  formId: string
}) {
  if (!choices.length) return null
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      {choices.map((choice) => {
        const id = `filter-${name}-${choice.value}`
        return (
          <div className={styles.choice} key={choice.value}>
            <input
              type="checkbox"
              id={id}
              form={formId}
              name={name}
              value={choice.value}
              defaultChecked={choice.checked}
            />
            <label htmlFor={id}>
              {choice.label} <span className={styles.count}>({choice.count})</span>
            </label>
          </div>
        )
      })}
    </fieldset>
  )
}

/**
 * Type, theme and year, with counts, and the sort order. Each group's counts assume the other
 * groups' choices (lib/search/searchSite.ts), so they say what ticking a box would show. The
 * fields belong to the search form by their `form` attribute, so one submit sends everything.
 */
export function SearchFilters({ search, formId }: { search: SearchPage; formId: string }) {
  const { request, facets } = search
  const countOf = <V,>(list: { value: V; count: number }[], value: V) =>
    list.find((item) => item.value === value)?.count ?? 0
  const kinds = searchKinds
    .filter((kind) => countOf(facets.kinds, kind.value) > 0 || request.kinds.includes(kind.value))
    .map((kind) => ({
      value: kind.value,
      label: kind.label,
      count: countOf(facets.kinds, kind.value),
      checked: request.kinds.includes(kind.value),
    }))
  const selectedThemes = new Set(request.themes.map((theme) => theme.id))
  const themes = search.themes
    .filter((theme) => countOf(facets.themes, theme.id) > 0 || selectedThemes.has(theme.id))
    .map((theme) => ({
      value: theme.slug ?? String(theme.id),
      label: theme.name,
      count: countOf(facets.themes, theme.id),
      checked: selectedThemes.has(theme.id),
    }))
  const years = [...new Set([...facets.years.map((year) => year.value), ...request.years])]
    .sort((a, b) => b - a)
    .map((year) => ({
      value: String(year),
      label: String(year),
      count: countOf(facets.years, year),
      checked: request.years.includes(year),
    }))
  return (
    <div className={styles.filters} role="group" aria-labelledby="search-filters-heading">
      <h2 className={styles.filtersHeading} id="search-filters-heading">
        Filter and sort
      </h2>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>Sort by</legend>
        {(['relevance', 'newest'] as const).map((sort) => (
          <div className={styles.choice} key={sort}>
            <input
              type="radio"
              id={`sort-${sort}`}
              form={formId}
              name="sort"
              value={sort}
              defaultChecked={request.sort === sort}
            />
            <label htmlFor={`sort-${sort}`}>{sort === 'relevance' ? 'Best match' : 'Newest first'}</label>
          </div>
        ))}
      </fieldset>
      <CheckboxGroup legend="Type" formId={formId} name="type" choices={kinds} />
      <CheckboxGroup legend="Theme" formId={formId} name="theme" choices={themes} />
      <CheckboxGroup legend="Year" formId={formId} name="year" choices={years} />
      <button type="submit" form={formId} className={styles.apply}>
        Apply filters
      </button>
    </div>
  )
}
