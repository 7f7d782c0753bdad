import { captchaProviders } from '@/lib/abuse/captcha'
import { serverEnv } from '@/lib/env'
import { publicPath } from '@/lib/paths'
import type { PublicCommentSettings } from '@/lib/queries/comments'
import type { Post } from '@/payload-types'

import type { CommentFormProps } from './CommentForm.client'

/** What the comment form needs, under a post and on its comment page. */
export function commentFormProps(post: Post, settings: PublicCommentSettings, token?: string): CommentFormProps {
  const guidelines = settings.guidelines
  const guidelinesHref = guidelines ? publicPath('pages', guidelines) : null
  const env = serverEnv()
  const provider = env.CAPTCHA_PROVIDER === 'none' ? null : captchaProviders[env.CAPTCHA_PROVIDER]
  return {
    postId: post.id,
    postPath: publicPath('posts', post) ?? '/news-and-views',
    token,
    guidelines: guidelinesHref && guidelines ? { href: guidelinesHref, title: guidelines.title } : null,
    moderationTime: settings.moderationTime,
    captcha: provider && env.CAPTCHA_SITE_KEY ? { ...provider, siteKey: env.CAPTCHA_SITE_KEY } : null,
  }
}
