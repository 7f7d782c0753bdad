import { PostsListing, postsListingMetadata } from '@/components/listings/PostsListing'

/** The first page without filters, the same for everyone: cached. Filters and later pages: ../%5Flist/news. */
export const generateMetadata = () => postsListingMetadata('news', {})

export default function NewsPage() {
  return <PostsListing kind={'news'} query={{}} />
}
