import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as english from '@zxcvbn-ts/language-en'

export const MIN_PASSWORD_LENGTH = 12
/** zxcvbn's 0–4 scale; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3
/** zxcvbn's time grows with the length: the start of a very long password is what it checks. */
const CHECKED_LENGTH = 100

let zxcvbn: ZxcvbnFactory | undefined
const estimator = () =>
  (zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  }))

/**
 * Why a password would be refused, or null when it is acceptable: at least 12 characters and not
 * guessable from common passwords, English words, keyboard patterns or the account's own details.
 */
export function passwordProblem(password: string, userInputs: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a password that is long and easy to remember.`
  }
  const inputs = userInputs.flatMap((input) => [input, ...input.split(/[^\p{L}\p{N}]+/u)]).filter((v) => v.length > 2)
  const { score, feedback } = estimator().check(password.slice(0, CHECKED_LENGTH), inputs)
  if (score >= MIN_SCORE) return null
  const advice = [feedback.warning, ...feedback.suggestions].filter(Boolean).join(' ')
  return `This password is too easy to guess. ${advice || 'Add more words that are less common.'}`.trim()
}
