import type { MediaFixture } from './types'

const credit = 'Demo illustration'

export const media: MediaFixture[] = [
  {
    key: 'green-hills',
    filename: 'demo-green-hills.webp',
    alt: 'Layers of rolling green hills under a pale yellow sky, with a low sun.',
    caption: 'Green space is one of the places social prescribing can lead.',
    credit,
    art: { kind: 'hills', palette: ['#f6efd2', '#f2c14e', '#9cc5a1', '#5b8e7d', '#2f5d50'], seed: 3 },
  },
  {
    key: 'gallery-arches',
    filename: 'demo-gallery-arches.webp',
    alt: 'A row of tall stone-coloured arches above a dark floor, like a quiet museum gallery.',
    credit,
    art: { kind: 'arches', palette: ['#e9e4da', '#c9b79c', '#b59f7b', '#4a4a48'] },
  },
  {
    key: 'conversation',
    filename: 'demo-conversation.webp',
    alt: 'Overlapping circles in coral, teal and mustard on a cream background, suggesting people in conversation.',
    credit,
    art: { kind: 'circles', palette: ['#fbf6ee', '#e07a5f', '#3d9a8b', '#f2cc8f', '#81b29a', '#e8a87c'], seed: 7 },
  },
  {
    key: 'river',
    filename: 'demo-river.webp',
    alt: 'Gentle horizontal waves in shades of blue and teal, like the surface of a river.',
    credit,
    art: { kind: 'waves', palette: ['#eef5f7', '#1d4e89', '#2a7f9e', '#64b6ac', '#9ad1d4'], seed: 11 },
  },
  {
    key: 'library-shelves',
    filename: 'demo-library-shelves.webp',
    alt: 'Three shelves of books shown as coloured upright bands of different heights.',
    credit,
    art: {
      kind: 'shelves',
      palette: ['#f4efe6', '#8c2f39', '#1f4e5f', '#d9a441', '#4f7942', '#6d597a', '#c8553d'],
      seed: 5,
    },
  },
  {
    key: 'city-spires',
    filename: 'demo-city-spires.webp',
    alt: 'The silhouette of a city skyline with spires and domes against a warm evening sky.',
    credit,
    art: { kind: 'spires', palette: ['#f7c59f', '#2b2d42', '#fdf0d5', '#3c3f58'], seed: 19 },
  },
  {
    key: 'soft-texture',
    filename: 'demo-soft-texture.webp',
    alt: '',
    decorative: true,
    credit,
    art: { kind: 'texture', palette: ['#eef2ea', '#9cc5a1', '#f2cc8f', '#81b29a', '#e07a5f', '#3d9a8b', '#f6efd2'] },
  },
  {
    key: 'portrait-sage',
    filename: 'demo-portrait-sage.webp',
    alt: 'Placeholder portrait: a simple head-and-shoulders silhouette on a sage green background.',
    art: { kind: 'portrait', palette: ['#cfe0c3', '#5b8e7d', '#2f5d50', '#9cc5a1'] },
  },
  {
    key: 'portrait-sand',
    filename: 'demo-portrait-sand.webp',
    alt: 'Placeholder portrait: a simple head-and-shoulders silhouette on a sand-coloured background.',
    art: { kind: 'portrait', palette: ['#f2e2c4', '#c8553d', '#8c2f39', '#f2cc8f'] },
  },
  {
    key: 'portrait-sky',
    filename: 'demo-portrait-sky.webp',
    alt: 'Placeholder portrait: a simple head-and-shoulders silhouette on a pale blue background.',
    art: { kind: 'portrait', palette: ['#d7e8f0', '#1d4e89', '#2a7f9e', '#9ad1d4'] },
  },
]
