/**
 * Phrases found through the index alone. A phrase of words most documents contain ("link workers")
 * would otherwise make PostgreSQL read the whole word-position vector of every document that has
 * both words, to check that they stand side by side: seconds at 100,000 documents. So the index
 * also holds each pair of neighbouring words as one entry, "link worker" (the migration's
 * `public.site_search_pairs`, as Elasticsearch's `index_phrases` does), and a query's phrases are
 * rewritten to look those entries up:
 * - a two-word phrase becomes its pair: exact, as the pairs come from the same positions;
 * - a longer phrase, or one with a gap where a stop word was ("link to workers"), keeps its
 *   position check, and its pairs narrow the documents it is checked on.
 *
 * The rewrite works on PostgreSQL's text form of a tsquery (what `websearch_to_tsquery` made of
 * the visitor's words), whose grammar is small: quoted lexemes, `!`, `<->` and `<N>`, `&`, `|`
 * and parentheses, binding in that order.
 */

type Node =
  | { type: 'lexeme'; text: string; /** `:*` or weights, kept as written */ suffix: string }
  | { type: 'not'; operand: Node }
  | { type: 'and' | 'or'; left: Node; right: Node }
  | { type: 'phrase'; distance: number; left: Node; right: Node }

type Token =
  | { type: 'lexeme'; text: string; suffix: string }
  | { type: 'op'; op: '&' | '|' | '!' | '(' | ')' }
  | { type: 'phrase'; distance: number }

/** Separates the two words of a pair entry; the text search parser never leaves one in a word. */
export const PAIR_SEPARATOR = ' '

export class TsqueryParseError extends Error {}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const char = text[i] as string
    if (/\s/.test(char)) {
      i += 1
    } else if (char === "'") {
      let lexeme = ''
      i += 1
      for (;;) {
        if (i >= text.length) throw new TsqueryParseError('unterminated lexeme')
        const c = text[i] as string
        if (c === '\\') {
          lexeme += text[i + 1] ?? ''
          i += 2
        } else if (c === "'" && text[i + 1] === "'") {
          lexeme += "'"
          i += 2
        } else if (c === "'") {
          i += 1
          break
        } else {
          lexeme += c
          i += 1
        }
      }
      const suffix = /^:[*A-Da-d]+/.exec(text.slice(i))?.[0] ?? ''
      i += suffix.length
      tokens.push({ type: 'lexeme', text: lexeme, suffix })
    } else if (char === '<') {
      const match = /^<(-|\d+)>/.exec(text.slice(i))
      if (!match) throw new TsqueryParseError(`unexpected "<" at ${i}`)
      tokens.push({ type: 'phrase', distance: match[1] === '-' ? 1 : Number(match[1]) })
      i += match[0].length
    } else if ('&|!()'.includes(char)) {
      tokens.push({ type: 'op', op: char as '&' | '|' | '!' | '(' | ')' })
      i += 1
    } else {
      throw new TsqueryParseError(`unexpected "${char}" at ${i}`)
    }
  }
  return tokens
}

/** Recursive descent by binding strength: `|` < `&` < `<->` < `!`. */
function parse(tokens: Token[]): Node {
  let at = 0
  const isOp = (op: string) => {
    const token = tokens[at]
    return token?.type === 'op' && token.op === op
  }
  const primary = (): Node => {
    const token = tokens[at]
    if (!token) throw new TsqueryParseError('unexpected end')
    at += 1
    if (token.type === 'lexeme') return token
    if (token.type === 'op' && token.op === '!') return { type: 'not', operand: primary() }
    if (token.type === 'op' && token.op === '(') {
      const inner = or()
      if (!isOp(')')) throw new TsqueryParseError('missing ")"')
      at += 1
      return inner
    }
    throw new TsqueryParseError('unexpected operator')
  }
  const phrase = (): Node => {
    let left = primary()
    for (let token = tokens[at]; token?.type === 'phrase'; token = tokens[at]) {
      at += 1
      left = { type: 'phrase', distance: token.distance, left, right: primary() }
    }
    return left
  }
  /** A left-leaning run of `operand`s joined by `op`. */
  const joined = (op: '&' | '|', operand: () => Node) => (): Node => {
    let left = operand()
    while (isOp(op)) {
      at += 1
      left = { type: op === '&' ? 'and' : 'or', left, right: operand() }
    }
    return left
  }
  const and = joined('&', phrase)
  const or = joined('|', and)
  const root = or()
  if (at !== tokens.length) throw new TsqueryParseError('unexpected token after the query')
  return root
}

const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`

function print(node: Node): string {
  switch (node.type) {
    case 'lexeme':
      return `${quote(node.text)}${node.suffix}`
    case 'not':
      return `!${print(node.operand)}`
    case 'and':
      return `(${print(node.left)} & ${print(node.right)})`
    case 'or':
      return `(${print(node.left)} | ${print(node.right)})`
    case 'phrase':
      return `(${print(node.left)} <${node.distance === 1 ? '-' : node.distance}> ${print(node.right)})`
  }
}

/** A phrase of plain words as its words and the distance before each, or null for anything else. */
function wordChain(node: Node): { words: string[]; distances: number[] } | null {
  if (node.type === 'lexeme') return node.suffix ? null : { words: [node.text], distances: [] }
  if (node.type !== 'phrase' || node.right.type !== 'lexeme' || node.right.suffix) return null
  const left = wordChain(node.left)
  if (!left) return null
  return { words: [...left.words, node.right.text], distances: [...left.distances, node.distance] }
}

function withPairs(node: Node): Node {
  switch (node.type) {
    case 'lexeme':
      return node
    case 'not':
      return { type: 'not', operand: withPairs(node.operand) }
    case 'and':
    case 'or':
      return { type: node.type, left: withPairs(node.left), right: withPairs(node.right) }
    case 'phrase': {
      const chain = wordChain(node)
      if (!chain) return node
      const pairs: Node[] = chain.distances.flatMap((distance, i) =>
        distance === 1
          ? [{ type: 'lexeme', text: `${chain.words[i]}${PAIR_SEPARATOR}${chain.words[i + 1]}`, suffix: '' } as Node]
          : [],
      )
      if (chain.words.length === 2 && pairs.length === 1) return pairs[0] as Node
      return [...pairs, node].reduce((left, right) => ({ type: 'and', left, right }))
    }
  }
}

/**
 * The tsquery to match the index with, as text for a `::tsquery` cast: `query` (PostgreSQL's text
 * form of a tsquery) with its phrases looked up as word pairs. Text it cannot read is returned as
 * it is, which PostgreSQL answers correctly, only more slowly.
 */
export function indexQuery(query: string): string {
  try {
    return print(withPairs(parse(tokenize(query))))
  } catch (error) {
    if (error instanceof TsqueryParseError) return query
    throw error
  }
}
