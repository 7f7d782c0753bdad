import type React from 'react'
import hero from './Hero.module.css'

interface DetailHeroProps {
  kicker?: string
  title: string
  intro?: string | null
  children?: React.ReactNode
}

/** The top of a detail page: a short label, the one h1, an introduction and key facts. */
export function DetailHero({ kicker, title, intro, children }: DetailHeroProps) {
  return (
    <header className={hero.hero}>
      <div className="container">
        {kicker && <p className={hero.kicker}>{kicker}</p>}
        <h1>{title}</h1>
        {intro && <p className={hero.intro}>{intro}</p>}
        {children}
      </div>
    </header>
  )
}
