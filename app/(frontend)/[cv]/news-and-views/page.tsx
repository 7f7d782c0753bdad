import { PostListing, postListingMetadata } from '@/components/posts/PostListing'

/** The first page without filters, the same for everyone: cached. Filters and later pages: ../%5Flist/news-and-views. */
export const generateMetadata = () => postListingMetadata(null, {})

export default function NewsAndViewsPage() {
  return <PostListing kind={null} query={{}} />
}
