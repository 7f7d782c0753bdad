import { PostsListing, postsListingMetadata } from '@/components/listings/PostsListing'

/** The first page without filters, the same for everyone: cached. Filters and later pages: ../%5Flist/blog. */
export const generateMetadata = () => postsListingMetadata('blog', {})

export default function BlogPage() {
  return <PostsListing kind={'blog'} query={{}} />
}
