import type { TextField } from 'payload'

/**
 * Words the site search should find a document by that its text does not contain: acronyms
 * (OXSOP), former or alternative names, common misspellings. Weighted like a title's second line.
 */
export function searchKeywordsField(): TextField {
  return {
    name: 'searchKeywords',
    label: 'Search keywords',
    type: 'text',
    maxLength: 500,
    admin: {
      position: 'sidebar',
      description: 'Other names, acronyms or terms people may search for, separated by commas. Not shown on the page.',
    },
  }
}
