// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { CallToActionBlockComponent } from '@/blocks/CallToAction/Component'
import { FaqBlockComponent } from '@/blocks/Faq/Component'
import { KeyFactsBlockComponent } from '@/blocks/KeyFacts/Component'
import { MediaBlockComponent } from '@/blocks/MediaBlock/Component'
import { QuoteBlockComponent } from '@/blocks/Quote/Component'
import { RichTextBlockComponent } from '@/blocks/RichTextBlock/Component'
import { Media } from '@/components/cms/Media'
import type { Media as MediaDoc, RichTextBlock } from '@/payload-types'

afterEach(cleanup)

type RichTextValue = RichTextBlock['content']

/** A Lexical document of plain paragraphs. */
function paragraphs(...texts: string[]): RichTextValue {
  const node = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
    type,
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children,
    ...extra,
  })
  const text = (value: string) => ({
    type: 'text',
    version: 1,
    text: value,
    format: 0,
    style: '',
    mode: 'normal',
    detail: 0,
  })
  return {
    root: node(
      'root',
      texts.map((value) => node('paragraph', [text(value)])),
    ),
  } as unknown as RichTextValue
}

function image(overrides: Partial<MediaDoc> = {}): MediaDoc {
  return {
    id: 7,
    alt: 'Volunteers planting vegetables in a community garden',
    decorative: false,
    caption: 'The Cowley community garden',
    credit: 'Photo: Jane Doe',
    url: 'http://localhost:3000/api/media/file/garden.jpg',
    filename: 'garden.jpg',
    width: 2400,
    height: 1600,
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    sizes: {
      card: { url: '/api/media/file/garden-800x500.jpg', width: 800, height: 500 },
      hero: { url: '/api/media/file/garden-1600x1067.jpg', width: 1600, height: 1067 },
    },
    ...overrides,
  }
}

/** next/image points at its optimiser; the original address is in the `url` query parameter. */
function sourceOf(img: HTMLElement): string | null {
  const src = img.getAttribute('src') ?? ''
  return new URL(src, 'http://site.test').searchParams.get('url')
}

describe('QuoteBlockComponent', () => {
  it('puts the quote in a blockquote and the speaker in the figure caption', () => {
    render(
      <QuoteBlockComponent
        block={{
          blockType: 'quote',
          quote: 'It gave me a reason to leave the house.\n\nNow I run the walking group.',
          attribution: 'Sam',
          role: 'Walking group member',
        }}
      />,
    )
    const figure = screen.getByRole('figure')
    const quote = within(figure).getByRole('blockquote')
    expect(
      within(quote)
        .getAllByRole('paragraph')
        .map((p) => p.textContent),
    ).toEqual(['It gave me a reason to leave the house.', 'Now I run the walking group.'])
    const caption = figure.querySelector('figcaption')
    expect(caption?.textContent).toBe('Sam, Walking group member')
    expect(quote.contains(caption)).toBe(false)
  })

  it('leaves out the caption when nobody is credited', () => {
    render(<QuoteBlockComponent block={{ blockType: 'quote', quote: 'Anonymous words.' }} />)
    expect(screen.getByRole('figure').querySelector('figcaption')).toBeNull()
  })
})

describe('KeyFactsBlockComponent', () => {
  it('lists each figure with its label under a level 2 heading', () => {
    render(
      <KeyFactsBlockComponent
        block={{
          blockType: 'keyFacts',
          heading: 'The network in numbers',
          facts: [
            { id: 'a', figure: '120', label: 'members' },
            { id: 'b', figure: '3 million', label: 'people referred each year' },
          ],
        }}
      />,
    )
    expect(screen.getByRole('heading', { level: 2, name: 'The network in numbers' })).toBeTruthy()
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual(['120 members', '3 million people referred each year'])
  })

  it('renders nothing without facts', () => {
    const { container } = render(
      <KeyFactsBlockComponent block={{ blockType: 'keyFacts', heading: 'Empty', facts: [] }} />,
    )
    expect(container.innerHTML).toBe('')
  })
})

describe('FaqBlockComponent', () => {
  it('puts each question in a summary and its answer inside the same closed details', () => {
    render(
      <FaqBlockComponent
        block={{
          blockType: 'faq',
          heading: 'Questions',
          items: [
            { id: '1', question: 'Who can join?', answer: paragraphs('Anyone researching social prescribing.') },
            { id: '2', question: 'Does it cost anything?', answer: paragraphs('No.', 'Membership is free.') },
          ],
        }}
      />,
    )
    expect(screen.getByRole('heading', { level: 2, name: 'Questions' })).toBeTruthy()
    const groups = screen.getAllByRole('group')
    expect(groups).toHaveLength(2)
    const [first, second] = groups as [HTMLElement, HTMLElement]
    expect(first.tagName).toBe('DETAILS')
    expect(first.hasAttribute('open')).toBe(false)
    expect(first.querySelector(':scope > summary')?.textContent).toBe('Who can join?')
    expect(first.textContent).toContain('Anyone researching social prescribing.')
    expect(second.querySelector(':scope > summary')?.textContent).toBe('Does it cost anything?')
    expect(within(second).getByText('Membership is free.').closest('summary')).toBeNull()
  })
})

describe('CallToActionBlockComponent', () => {
  it('is a region named by its heading with the text and both links', () => {
    render(
      <CallToActionBlockComponent
        block={{
          blockType: 'callToAction',
          heading: 'Join the network',
          text: 'Membership is free and open to researchers and practitioners.',
          links: [
            { id: '1', label: 'How to join', href: '/join' },
            { id: '2', label: 'Read the NIHR guidance', href: 'https://www.nihr.ac.uk/guidance' },
          ],
        }}
      />,
    )
    const region = screen.getByRole('region', { name: 'Join the network' })
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('Join the network')
    expect(within(region).getByText('Membership is free and open to researchers and practitioners.')).toBeTruthy()
    const links = within(region).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['How to join', '/join'],
      ['Read the NIHR guidance', 'https://www.nihr.ac.uk/guidance'],
    ])
  })

  it('has no empty list when there are no links', () => {
    render(<CallToActionBlockComponent block={{ blockType: 'callToAction', heading: 'Get in touch', links: [] }} />)
    expect(screen.queryByRole('list')).toBeNull()
  })
})

describe('RichTextBlockComponent', () => {
  it('renders the paragraphs as text, never as injected HTML', () => {
    render(
      <RichTextBlockComponent
        block={{ blockType: 'richText', content: paragraphs('Plain words.', '<img src=x onerror=alert(1)>') }}
      />,
    )
    expect(screen.getByText('Plain words.').tagName).toBe('P')
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy()
    expect(screen.queryByRole('img')).toBeNull()
  })
})

describe('Media', () => {
  it('describes a meaningful image with its alt text and intrinsic size', () => {
    render(<Media media={image()} sizes="100vw" />)
    const img = screen.getByRole('img', { name: 'Volunteers planting vegetables in a community garden' })
    expect(img.getAttribute('width')).toBe('2400')
    expect(img.getAttribute('height')).toBe('1600')
    // Payload's absolute address for a file of this site becomes a path next/image serves locally.
    expect(sourceOf(img)).toBe('/api/media/file/garden.jpg')
    expect(img.getAttribute('sizes')).toBe('100vw')
  })

  it('hides a decorative image from assistive technology whatever its alt says', () => {
    const { container } = render(<Media media={image({ decorative: true, alt: 'Leaves' })} />)
    expect(screen.queryByRole('img')).toBeNull()
    expect(container.querySelector('img')?.getAttribute('alt')).toBe('')
  })

  it('uses a generated size with its own dimensions', () => {
    render(<Media media={image()} size="card" />)
    const img = screen.getByRole('img')
    expect(sourceOf(img)).toBe('/api/media/file/garden-800x500.jpg')
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['800', '500'])
  })

  it('renders nothing for an image that was not populated', () => {
    const { container } = render(<Media media={7} />)
    expect(container.innerHTML).toBe('')
  })

  it('captions the image with its caption and credit only when asked', () => {
    const { rerender } = render(<Media media={image()} />)
    expect(screen.queryByRole('figure')).toBeNull()
    rerender(<Media media={image()} showCaption />)
    const figure = screen.getByRole('figure')
    expect(figure.querySelector('figcaption')?.textContent).toBe('The Cowley community gardenPhoto: Jane Doe')
    expect(within(figure).getByRole('img').getAttribute('alt')).toBe(
      'Volunteers planting vegetables in a community garden',
    )
  })
})

describe('MediaBlockComponent', () => {
  it("prefers the block's caption to the image's own", () => {
    render(<MediaBlockComponent block={{ blockType: 'media', image: image(), caption: 'Spring planting day' }} />)
    const caption = screen.getByRole('figure').querySelector('figcaption')
    expect(caption?.textContent).toContain('Spring planting day')
    expect(caption?.textContent).not.toContain('Cowley')
    expect(sourceOf(screen.getByRole('img'))).toBe('/api/media/file/garden-1600x1067.jpg')
  })
})
