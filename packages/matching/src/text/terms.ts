/**
 * Turning free text into comparable terms: lower-case, accents folded, stopwords (French, Dutch, English) dropped,
 * French plural and common derivational endings trimmed so "formations" meets "formation" and "informatique"
 * meets "informaticien" only when their stems agree.
 */

const STOPWORDS = new Set(
  (
    // French
    'a au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y etre avoir ai as avons avez ont suis es est sommes etes sont fait faire plus tres bien aussi comme tout tous toute toutes si sans sous chez entre vers afin donc car ni or puis alors encore deja peu beaucoup cela ca ici la ' +
    // Dutch
    'de het een en van ik je jij hij zij wij we ze u mijn jouw zijn haar ons onze hun is ben bent was waren met voor op aan in uit bij naar om te dat die dit deze niet geen ook maar of als dan wel nog al er hier daar zo heel meer veel ' +
    // English
    'the a an and or of to in on at for with by from is are was were be been am i you he she we they it my your our their this that these those not no but as so very more much also'
  ).split(/\s+/),
)

/** Lower-cases and strips diacritics: "Éducation" → "education". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

/** A light French-first stemmer: removes plural and frequent suffixes, keeping at least four letters. */
export function stemTerm(term: string): string {
  let t = term
  for (const suffix of ['issements', 'issement', 'ements', 'ement', 'ations', 'ation', 'ateurs', 'ateur', 'atrice', 'iques', 'ique', 'ismes', 'isme', 'istes', 'iste', 'eurs', 'euse', 'eur', 'ites', 'ite', 'ees', 'ee', 'es', 's', 'x', 'e']) {
    if (t.length - suffix.length >= 4 && t.endsWith(suffix)) {
      t = t.slice(0, -suffix.length)
      break
    }
  }
  return t
}

/**
 * Distinct stemmed terms of a text, in first-seen order.
 *
 * @example
 * textTerms("Je cherche une formation en informatique et des formations courtes")
 * // ['cherch', 'form', 'informat', 'court']
 */
export function textTerms(text: string): string[] {
  const seen = new Set<string>()
  // Whitespace separates words before and after folding, so each whitespace-separated token can be analysed (and
  // cached) on its own: a pool of texts repeats the same tokens over and over.
  for (const token of text.split(/\s+/)) {
    if (token === '') continue
    let stems = stemsOfToken.get(token)
    if (stems === undefined) {
      // Bounded: a long-lived process must not grow without limit on an open vocabulary.
      if (stemsOfToken.size >= MAX_CACHED_TOKENS) stemsOfToken.clear()
      const list: string[] = []
      for (const word of foldText(token).split(/[^a-z0-9]+/)) if (word.length >= 3 && !STOPWORDS.has(word)) list.push(stemTerm(word))
      stemsOfToken.set(token, (stems = list))
    }
    for (const stem of stems) seen.add(stem)
  }
  return [...seen]
}

/** Stems of each token already analysed. */
const stemsOfToken = new Map<string, readonly string[]>()
const MAX_CACHED_TOKENS = 100_000

