import sharp from 'sharp'

/**
 * Calm abstract illustrations for the demo content, drawn as SVG and rasterised with sharp at seed
 * time, so the repository carries no binary images. No text: fonts differ between machines.
 */
export type ArtKind = 'hills' | 'arches' | 'circles' | 'waves' | 'shelves' | 'spires' | 'texture' | 'portrait'

export interface Artwork {
  kind: ArtKind
  /** Background first, then the colours the shapes use. */
  palette: [string, string, string, string, ...string[]]
  width?: number
  height?: number
  /** Varies the shapes between two images of the same kind. */
  seed?: number
}

/** A small deterministic random generator (mulberry32), so every run draws the same pictures. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Draw = (w: number, h: number, colours: string[], rnd: () => number) => string

const pick = (colours: string[], index: number) => colours[index % colours.length] ?? '#888888'

const hills: Draw = (w, h, colours, rnd) => {
  const layers = [0.55, 0.68, 0.8].map((level, index) => {
    const base = h * level
    const a = base - h * (0.05 + rnd() * 0.12)
    const b = base + h * (rnd() * 0.1 - 0.05)
    return `<path d="M0 ${base} C ${w * 0.25} ${a}, ${w * 0.5} ${b}, ${w * 0.75} ${a} S ${w} ${base}, ${w} ${base - h * 0.04} V ${h} H 0 Z" fill="${pick(colours, index + 1)}"/>`
  })
  return `<circle cx="${w * (0.65 + rnd() * 0.2)}" cy="${h * 0.28}" r="${h * 0.09}" fill="${pick(colours, 0)}" opacity="0.85"/>${layers.join('')}`
}

const arches: Draw = (w, h, colours) => {
  const count = 5
  const gap = w / (count * 4 + 1)
  const archWidth = gap * 3
  const shapes = Array.from({ length: count }, (_, index) => {
    const x = gap + index * (archWidth + gap)
    const top = h * 0.3
    const r = archWidth / 2
    return `<path d="M${x} ${h * 0.82} V ${top + r} A ${r} ${r} 0 0 1 ${x + archWidth} ${top + r} V ${h * 0.82} Z" fill="${pick(colours, index % 2)}"/>`
  })
  return `${shapes.join('')}<rect x="0" y="${h * 0.82}" width="${w}" height="${h * 0.18}" fill="${pick(colours, 2)}"/>`
}

const circles: Draw = (w, h, colours, rnd) =>
  Array.from({ length: 5 }, (_, index) => {
    const r = h * (0.18 + rnd() * 0.16)
    const cx = w * (0.2 + index * 0.15 + rnd() * 0.05)
    const cy = h * (0.35 + rnd() * 0.3)
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${pick(colours, index)}" opacity="0.7"/>`
  }).join('')

const waves: Draw = (w, h, colours, rnd) =>
  Array.from({ length: 9 }, (_, index) => {
    const y = h * (0.15 + index * 0.09)
    const amplitude = h * (0.03 + rnd() * 0.03)
    const path = `M0 ${y} Q ${w * 0.125} ${y - amplitude} ${w * 0.25} ${y} T ${w * 0.5} ${y} T ${w * 0.75} ${y} T ${w} ${y}`
    return `<path d="${path}" stroke="${pick(colours, index)}" stroke-width="${h * 0.025}" fill="none" stroke-linecap="round" opacity="0.85"/>`
  }).join('')

const shelves: Draw = (w, h, colours, rnd) => {
  const shelves = [0.32, 0.62, 0.92]
  const parts: string[] = []
  for (const [rowIndex, shelf] of shelves.entries()) {
    const shelfY = h * shelf
    let x = w * 0.06
    let book = 0
    while (x < w * 0.92) {
      const width = w * (0.015 + rnd() * 0.02)
      const height = h * (0.18 + rnd() * 0.08)
      parts.push(
        `<rect x="${x}" y="${shelfY - height}" width="${width}" height="${height}" rx="3" fill="${pick(colours, book + rowIndex)}"/>`,
      )
      x += width + w * 0.004
      book += 1
    }
    parts.push(`<rect x="${w * 0.04}" y="${shelfY}" width="${w * 0.92}" height="${h * 0.02}" fill="#5b4636"/>`)
  }
  return parts.join('')
}

const spires: Draw = (w, h, colours, rnd) => {
  const ground = h * 0.78
  const colour = pick(colours, 0)
  const parts = [`<rect x="0" y="${ground}" width="${w}" height="${h - ground}" fill="${colour}"/>`]
  let x = 0
  while (x < w) {
    const width = w * (0.05 + rnd() * 0.07)
    const height = h * (0.12 + rnd() * 0.18)
    parts.push(`<rect x="${x}" y="${ground - height}" width="${width}" height="${height}" fill="${colour}"/>`)
    const roll = rnd()
    if (roll < 0.35) {
      const spire = h * (0.12 + rnd() * 0.15)
      parts.push(
        `<path d="M${x + width * 0.3} ${ground - height} L ${x + width / 2} ${ground - height - spire} L ${x + width * 0.7} ${ground - height} Z" fill="${colour}"/>`,
      )
    } else if (roll < 0.5) {
      parts.push(`<circle cx="${x + width / 2}" cy="${ground - height}" r="${width * 0.45}" fill="${colour}"/>`)
    }
    x += width
  }
  return `<circle cx="${w * 0.3}" cy="${h * 0.42}" r="${h * 0.12}" fill="${pick(colours, 1)}" opacity="0.9"/>${parts.join('')}`
}

const texture: Draw = (w, h, colours) =>
  Array.from({ length: 6 }, (_, index) => {
    const x = (index - 1) * w * 0.22
    return `<path d="M${x} ${h} L ${x + w * 0.35} 0 H ${x + w * 0.5} L ${x + w * 0.15} ${h} Z" fill="${pick(colours, index)}" opacity="0.35"/>`
  }).join('')

const portrait: Draw = (w, h, colours) =>
  `<circle cx="${w / 2}" cy="${h * 0.38}" r="${w * 0.17}" fill="${pick(colours, 0)}"/>` +
  `<path d="M${w * 0.16} ${h} C ${w * 0.16} ${h * 0.7}, ${w * 0.3} ${h * 0.6}, ${w / 2} ${h * 0.6} S ${w * 0.84} ${h * 0.7}, ${w * 0.84} ${h} Z" fill="${pick(colours, 1)}"/>`

const draw: Record<ArtKind, Draw> = { hills, arches, circles, waves, shelves, spires, texture, portrait }

export function artworkSvg(art: Artwork): string {
  const [background, ...colours] = art.palette
  const portraitFormat = art.kind === 'portrait'
  const width = art.width ?? (portraitFormat ? 800 : 1600)
  const height = art.height ?? (portraitFormat ? 800 : 900)
  const shapes = draw[art.kind](width, height, colours, random(art.seed ?? 1))
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${background}"/><stop offset="1" stop-color="${background}" stop-opacity="0.75"/></linearGradient></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/><rect width="100%" height="100%" fill="url(#bg)"/>`,
    shapes,
    '</svg>',
  ].join('')
}

/** The artwork as a WebP image. */
export async function renderArtwork(art: Artwork): Promise<Buffer> {
  return sharp(Buffer.from(artworkSvg(art)))
    .webp({ quality: 82 })
    .toBuffer()
}
