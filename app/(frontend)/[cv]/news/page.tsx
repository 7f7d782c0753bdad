import { PostListing, postListingMetadata } from '@/components/posts/PostListing'

/** The first page without filters, the same for everyone: cached. Filters and later pages: ../%5Flist/news. */
export const generateMetadata = () => postListingMetadata('news', {})

export default function NewsPage() {
  return <PostListing kind={'news'} query={{}} />
}
