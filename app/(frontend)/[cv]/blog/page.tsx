import { PostListing, postListingMetadata } from '@/components/posts/PostListing'

/** The first page without filters, the same for everyone: cached. Filters and later pages: ../%5Flist/blog. */
export const generateMetadata = () => postListingMetadata('blog', {})

export default function BlogPage() {
  return <PostListing kind={'blog'} query={{}} />
}
