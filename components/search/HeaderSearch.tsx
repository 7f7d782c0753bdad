import styles from './HeaderSearch.module.css'

/** The site-wide search box: a plain GET form, so it works without JavaScript and gives a shareable address. */
export function HeaderSearch() {
  return (
    <search className={styles.search}>
      <form method="get" action="/search" className={styles.form}>
        <label htmlFor="site-search-q" className={styles.label}>
          Search this site
        </label>
        <input id="site-search-q" type="search" name="q" className={styles.input} maxLength={200} autoComplete="off" />
        <button type="submit" className={styles.button}>
          Search
        </button>
      </form>
    </search>
  )
}
