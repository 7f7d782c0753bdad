/** Shared by the form (in the browser) and the server's validation: no dependencies. */
export const commentLimits = { name: 80, email: 254, body: 2000, bodyMin: 2, reply: 2000 } as const

/** The form's fields, in the order the error summary lists them. */
export const commentFields = ['name', 'email', 'body', 'guidelines'] as const
export type CommentField = (typeof commentFields)[number]

/** Hidden fields: the post commented on, and the mark the enhanced form sets (answered in place, not redirected). */
export const POST_FIELD = 'postId'
export const ENHANCED_FIELD = 'enhanced'

/**
 * The pages beside a post's own: the form on a page of its own (rendered per request, with a fresh
 * token; where the form posts without JavaScript) and the confirmation after a comment is sent.
 */
export const commentPaths = (postPath: string) => ({ form: `${postPath}/comment`, sent: `${postPath}/comment-sent` })
