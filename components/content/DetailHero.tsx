import type React from 'react'

interface DetailHeroProps {
  kicker?: string
  title: string
  intro?: string | null
  children?: React.ReactNode
}

/** The top of a detail page: a short label, the one h1, an introduction and key facts. */
export function DetailHero({ kicker, title, intro, children }: DetailHeroProps) {
  return (
    <header className="hero">
      <div className="container">
        {kicker && <p className="hero__kicker">{kicker}</p>}
        <h1>{title}</h1>
        {intro && <p className="hero__intro">{intro}</p>}
        {children}
      </div>
    </header>
  )
}
