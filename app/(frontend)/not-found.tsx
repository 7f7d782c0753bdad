import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="container page-message">
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct. If you followed a link, the page may have moved.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  )
}
