import { serviceKey, type ConsentView, type CookieService } from '@/lib/consent/policy'
import { getCookieSettings } from '@/lib/queries/cookieSettings'
import type { CookiePreferencesBlock } from '@/payload-types'
import checkbox from '@/components/forms/Checkbox.module.css'
import styles from './styles.module.css'

function CookieTable({ service }: { service: CookieService }) {
  const cookies = service.cookies ?? []
  if (cookies.length === 0) return <p>Sets no cookies.</p>
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">Cookies set by {service.name}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Set for</th>
          <th scope="col">Expires</th>
        </tr>
      </thead>
      <tbody>
        {cookies.map((cookie) => (
          <tr key={`${cookie.name}-${cookie.domain ?? ''}-${cookie.path ?? ''}`}>
            <td>
              <code>{cookie.name}</code>
            </td>
            <td>{cookie.domain || 'This website'}</td>
            <td>{cookie.expiry}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function ServiceDetails({ service }: { service: CookieService }) {
  return (
    <>
      <p>
        {service.purpose} <span className={styles.provider}>Provided by {service.provider}.</span>
      </p>
      <CookieTable service={service} />
    </>
  )
}

/**
 * Every category and service of the cookie settings, with the cookies each one sets, and a form
 * to choose service by service, ticked as the page variant's visitors chose. A plain POST to
 * /consent: it works without JavaScript and returns here with a confirmation.
 */
export async function CookiePreferencesBlockComponent({
  block,
  consent: view,
}: {
  block: CookiePreferencesBlock
  consent: ConsentView
}) {
  const settings = await getCookieSettings()
  const categories = settings.categories ?? []
  return (
    <section
      id="cookie-preferences"
      className={`container ${styles.preferences}`}
      aria-labelledby="cookie-preferences-title"
    >
      <h2 id="cookie-preferences-title">{block.heading}</h2>
      {block.intro && <p>{block.intro}</p>}
      {view.gpc && (
        <p className="notice">
          Your browser sends a Global Privacy Control signal, so optional cookies stay off on this website whatever is
          chosen below.
        </p>
      )}
      {!view.gpc && (
        <p>
          {view.chosen
            ? 'Your current choice is ticked below.'
            : 'You have not chosen yet: only strictly necessary cookies are used.'}
        </p>
      )}
      <form method="post" action="/consent" className={styles.form}>
        <input type="hidden" name="choice" value="custom" />
        {categories.map((category) => (
          <fieldset key={category.slug} className={styles.category}>
            <legend>
              <h3>{category.necessary ? `${category.name} (always on)` : category.name}</h3>
            </legend>
            <p>{category.description}</p>
            {category.necessary ? (
              (category.services ?? []).map((service) => (
                <div key={service.slug} className={styles.service}>
                  <h4>{service.name}</h4>
                  <ServiceDetails service={service} />
                </div>
              ))
            ) : (category.services ?? []).length === 0 ? (
              <div className={`${checkbox.checkbox} ${styles.choice}`}>
                <input
                  id={`consent-${category.slug}`}
                  type="checkbox"
                  name="categories"
                  value={category.slug}
                  defaultChecked={view.categories.has(category.slug)}
                />
                <label htmlFor={`consent-${category.slug}`}>Allow {category.name.toLowerCase()}</label>
              </div>
            ) : (
              (category.services ?? []).map((service) => {
                const key = serviceKey(category, service)
                const id = `consent-${category.slug}-${service.slug}`
                return (
                  <div key={key} className={styles.service}>
                    <div className={`${checkbox.checkbox} ${styles.choice}`}>
                      <input
                        id={id}
                        type="checkbox"
                        name="services"
                        value={key}
                        defaultChecked={view.services.has(key)}
                        aria-describedby={`${id}-details`}
                      />
                      <label htmlFor={id}>Allow {service.name}</label>
                    </div>
                    <div id={`${id}-details`}>
                      <ServiceDetails service={service} />
                    </div>
                  </div>
                )
              })
            )}
          </fieldset>
        ))}
        <button type="submit" className={`button ${styles.submit}`}>
          Save cookie settings
        </button>
      </form>
    </section>
  )
}
