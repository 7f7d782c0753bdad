import { PostsListing, postsListingMetadata } from '@/components/listings/PostsListing'

/** The first page without filters, the same for everyone: cached. Filters and later pages: ../%5Flist/news-and-views. */
export const generateMetadata = () => postsListingMetadata(null, {})

export default function NewsAndViewsPage() {
  return <PostsListing kind={null} query={{}} />
}
