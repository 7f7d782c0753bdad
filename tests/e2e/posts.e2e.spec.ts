import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { formatDate } from '../../lib/format/dates'
import { jsonLd } from '../helpers/jsonLd'
import { ensureAdmin, signIn } from '../helpers/e2eAccounts'
import { expectNoAxeViolations } from '../helpers/e2eAxe'

/** The demo posts (seed/data/posts.ts). */
const titles = {
  cafe: 'Join our evidence café for link workers',
  interim: 'Interim findings from the loneliness study',
  launch: 'The Oxford Social Prescribing Research Network launches',
  funding: 'New funding for Collections for wellbeing',
  counting: 'Counting what counts: choosing outcome measures',
  objects: 'Objects that start conversations',
  linkWorker: 'What a link worker taught me about evidence',
}
/** Newest first. */
const news = [titles.cafe, titles.interim, titles.launch, titles.funding]
const blog = [titles.counting, titles.objects, titles.linkWorker]
const together = [
  titles.cafe,
  titles.counting,
  titles.objects,
  titles.interim,
  titles.linkWorker,
  titles.launch,
  titles.funding,
]

/** The titles of the listed posts, in order: each is a level-2 heading in the main content. */
const listedTitles = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 })

test.describe('news and blog listings', () => {
  test('/news lists the news items, newest first, with the feed advertised, accessibly', async ({ page, baseURL }) => {
    const response = await page.goto('/news')
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle('News | OSPRN')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News')
    await expect(listedTitles(page)).toHaveText(news)
    await expect(page.getByText('4 news items.', { exact: true })).toBeVisible()
    await expect(page.getByRole('link', { name: titles.interim })).toHaveAttribute(
      'href',
      '/news/interim-findings-from-the-loneliness-study',
    )
    const sections = page.getByRole('navigation', { name: 'News & Views sections' })
    await expect(sections.getByRole('link', { name: 'News only' })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('link', { name: /Subscribe to news and blogs/ })).toHaveAttribute('href', '/feed.xml')
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      `${baseURL}/feed.xml`,
    )
    // Seven posts fit on one page.
    await expect(page.getByRole('navigation', { name: /^Pages of/ })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('/blog lists only the blog posts', async ({ page }) => {
    const response = await page.goto('/blog')
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle('Blog | OSPRN')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blog')
    await expect(listedTitles(page)).toHaveText(blog)
    await expect(page.getByText('3 blog posts.', { exact: true })).toBeVisible()
    await expect(page.getByRole('main').getByText('News', { exact: true })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('/news-and-views lists news and blogs together, newest first, each labelled with its kind', async ({ page }) => {
    const response = await page.goto('/news-and-views')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News & Views')
    await expect(listedTitles(page)).toHaveText(together)
    await expect(page.getByText('7 posts.', { exact: true })).toBeVisible()
    const items = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) })
    await expect(items.nth(0)).toContainText('News')
    await expect(items.nth(1)).toContainText('Blog')
    await expectNoAxeViolations(page)
  })

  test('the theme filter narrows a listing, and says so', async ({ page }) => {
    await page.goto('/news-and-views?theme=evaluation-methods')
    await expect(listedTitles(page)).toHaveText([titles.counting])
    await expect(page.getByText('1 post about Evaluation methods.', { exact: true })).toBeVisible()
    await expect(page.getByLabel('Theme', { exact: true })).toHaveValue('evaluation-methods')
    await expect(page).toHaveTitle('News & Views: Evaluation methods | OSPRN')
  })

  test('a page past the last is a 404; invalid and unrelated parameters are ignored', async ({ page }) => {
    expect((await page.goto('/news?page=2'))?.status()).toBe(404)
    for (const path of [
      '/blog?page=0',
      '/blog?page=abc',
      '/blog?theme=no-such-theme',
      '/blog?page=1&page=2',
      '/blog?utm_source=newsletter&page=1&theme=',
    ]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      await expect(listedTitles(page), path).toHaveText(blog)
    }
  })
})

test.describe('a post', () => {
  test('a blog post shows breadcrumbs, linked authors, date, themes and related items, accessibly', async ({
    page,
    baseURL,
  }) => {
    const response = await page.goto('/blog/counting-what-counts-choosing-outcome-measures')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.counting)

    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(crumbs.getByRole('listitem')).toHaveText(['Home', 'Blog', titles.counting])
    await expect(crumbs.getByRole('link', { name: 'Blog' })).toHaveAttribute('href', '/blog')
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(titles.counting)

    const article = page.getByRole('article')
    await expect(article.getByRole('link', { name: 'Tomasz Wierzbicki' })).toHaveAttribute(
      'href',
      '/members/tomasz-wierzbicki',
    )
    await expect(article.getByRole('link', { name: 'Margaret Lowther' })).toHaveAttribute(
      'href',
      '/members/margaret-lowther',
    )
    const published = article.locator('time').first()
    const datetime = (await published.getAttribute('datetime')) ?? ''
    expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    await expect(published).toHaveText(formatDate(datetime))
    await expect(article.getByRole('link', { name: 'Evaluation methods' })).toHaveAttribute(
      'href',
      '/blog?theme=evaluation-methods',
    )
    const related = page.getByRole('region', { name: 'Related' })
    await expect(
      related.getByRole('link', { name: 'Measuring what matters: towards a core outcome set' }),
    ).toHaveAttribute('href', '/projects/measuring-what-matters-towards-a-core-outcome-set')
    await expect(related.getByRole('link')).toHaveCount(3)

    const posting = (await jsonLd(page)).find((item) => item['@type'] === 'BlogPosting')
    expect(posting).toMatchObject({
      headline: titles.counting,
      datePublished: datetime,
      author: [
        { '@type': 'Person', name: 'Tomasz Wierzbicki', url: `${baseURL}/members/tomasz-wierzbicki` },
        { '@type': 'Person', name: 'Margaret Lowther', url: `${baseURL}/members/margaret-lowther` },
      ],
      publisher: { '@type': 'Organization', name: 'Oxford Social Prescribing Research Network' },
      mainEntityOfPage: { '@id': `${baseURL}/blog/counting-what-counts-choosing-outcome-measures` },
    })
    expect(String((posting?.image as string[] | undefined)?.[0])).toMatch(new RegExp(`^${baseURL}/`))
    await expectNoAxeViolations(page)
  })

  test('a news item has News breadcrumbs and NewsArticle data, and answers only at its kind’s address', async ({
    page,
  }) => {
    const response = await page.goto('/news/interim-findings-from-the-loneliness-study')
    expect(response?.status()).toBe(200)
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(crumbs.getByRole('listitem')).toHaveText(['Home', 'News', titles.interim])
    await expect(page.getByRole('article').getByRole('link', { name: 'Miriam Okafor-Hale' })).toBeVisible()
    const article = (await jsonLd(page)).find((item) => item['@type'] === 'NewsArticle')
    expect(article?.headline).toBe(titles.interim)
    await expectNoAxeViolations(page)

    expect((await page.goto('/blog/interim-findings-from-the-loneliness-study'))?.status()).toBe(404)
  })
})

interface AtomEntry {
  title: { '#text': string }
  link: { '@_href': string }
  published: string
}

async function readFeed(request: APIRequestContext) {
  const response = await request.get('/feed.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8')
  const xml = await response.text()
  expect(XMLValidator.validate(xml)).toBe(true)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    isArray: (name) => name === 'entry',
  })
  const feed = (parser.parse(xml) as { feed: { entry?: AtomEntry[] } }).feed
  return { xml, entries: feed.entry ?? [] }
}

test.describe('feed', () => {
  test('the Atom feed holds every post, newest first, with absolute links', async ({ request, baseURL }) => {
    const { xml, entries } = await readFeed(request)
    expect(entries.map((entry) => entry.title['#text'])).toEqual(together)
    expect(entries[0]?.link['@_href']).toBe(`${baseURL}/news/join-our-evidence-cafe-for-link-workers`)
    expect(entries[1]?.link['@_href']).toBe(`${baseURL}/blog/counting-what-counts-choosing-outcome-measures`)
    const hrefs = [...xml.matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? '')
    expect(hrefs.length).toBeGreaterThanOrEqual(9)
    for (const href of hrefs) expect(href.startsWith(`${baseURL}/`), href).toBe(true)
    expect(xml).toContain('<name>Eleanor Brightwell</name>')
    expect(xml).toContain('<category term="Evaluation methods"/>')
  })

  test('each listing links to the feed', async ({ page }) => {
    for (const path of ['/news', '/blog', '/news-and-views']) {
      await page.goto(path)
      const link = page.getByRole('link', { name: /Subscribe to news and blogs/ })
      await expect(link).toHaveAttribute('href', '/feed.xml')
    }
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('section links, the theme filter and post links work as plain links and forms', async ({ page }) => {
    await page.goto('/news-and-views')
    await page
      .getByRole('navigation', { name: 'News & Views sections' })
      .getByRole('link', { name: 'Blog only' })
      .click()
    await expect(page).toHaveURL(/\/blog$/)
    await expect(listedTitles(page)).toHaveText(blog)

    await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Loneliness and isolation' })
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/\/blog\?theme=loneliness-and-isolation$/)
    await expect(listedTitles(page)).toHaveText([titles.linkWorker])
    await expect(page.getByText('1 blog post about Loneliness and isolation.', { exact: true })).toBeVisible()

    await page.getByRole('link', { name: 'Clear filters' }).click()
    await expect(page).toHaveURL(/\/blog$/)
    await page.getByRole('link', { name: titles.objects }).click()
    await expect(page).toHaveURL(/\/blog\/objects-that-start-conversations$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.objects)
  })
})

test.describe.serial('pagination, with more posts than fit on a page', () => {
  const auth = (token: string) => ({ Authorization: `JWT ${token}` })
  const stamp = Date.now()
  /** Older than every demo post, so they fill the end of the listing: 7 + 4 = 11 posts, two pages. */
  const extra = [1, 2, 3, 4].map((day) => ({
    title: `Archive note ${day} ${stamp}`,
    publishedAt: `2019-01-0${day}T12:00:00.000Z`,
  }))
  const draftTitle = `Unpublished archive note ${stamp}`
  const created: number[] = []

  test.beforeAll(async ({ request }) => {
    await ensureAdmin(request)
    const token = await signIn(request)
    for (const post of [...extra, { title: draftTitle, publishedAt: '2019-02-01T12:00:00.000Z' }]) {
      const draft = post.title === draftTitle
      const response = await request.post(`/api/posts${draft ? '?draft=true' : ''}`, {
        headers: auth(token),
        data: { ...post, kind: 'news', excerpt: `Excerpt of ${post.title}.`, _status: draft ? 'draft' : 'published' },
      })
      expect(response.status()).toBe(201)
      created.push(((await response.json()) as { doc: { id: number } }).doc.id)
    }
  })

  test.afterAll(async ({ request }) => {
    const token = await signIn(request)
    for (const id of created) await request.delete(`/api/posts/${id}`, { headers: auth(token) })
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('pages are plain links, the current one marked, and drafts never listed', async ({ page }) => {
      await page.goto('/news-and-views')
      await expect(page.getByText('11 posts, page 1 of 2.', { exact: true })).toBeVisible()
      await expect(listedTitles(page)).toHaveCount(10)
      const pages = page.getByRole('navigation', { name: 'Pages of posts' })
      await expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page')
      await expect(pages.getByRole('link', { name: 'Previous page' })).toHaveCount(0)

      await pages.getByRole('link', { name: 'Next page' }).click()
      await expect(page).toHaveURL(/\/news-and-views\?page=2$/)
      await expect(page.getByText('11 posts, page 2 of 2.', { exact: true })).toBeVisible()
      await expect(listedTitles(page)).toHaveText([extra[0]!.title])
      const second = page.getByRole('navigation', { name: 'Pages of posts' })
      await expect(second.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
      await expect(second.getByRole('link', { name: 'Page 1' })).not.toHaveAttribute('aria-current', /.*/)
      await expect(page).toHaveTitle('News & Views (page 2 of 2) | OSPRN')
      await expect(page.getByText(draftTitle)).toHaveCount(0)
      await expectNoAxeViolations(page, { scriptsDisabled: true })

      await second.getByRole('link', { name: 'Previous page' }).click()
      await expect(page).toHaveURL(/\/news-and-views$/)
      expect((await page.goto('/news-and-views?page=3'))?.status()).toBe(404)
    })
  })

  test('the feed has the new posts and not the draft', async ({ request }) => {
    const { xml, entries } = await readFeed(request)
    expect(entries.map((entry) => entry.title['#text'])).toEqual([
      ...together,
      ...extra.map((post) => post.title).reverse(),
    ])
    expect(xml).not.toContain(draftTitle)
  })
})
