import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldText, stemTerm, textTerms } from '../src/text/terms'

/** The definition: fold the whole text, split on anything but [a-z0-9], drop short words and stopwords, stem. */
function referenceTerms(text: string, stopwords: ReadonlySet<string>): string[] {
  const seen = new Set<string>()
  for (const word of foldText(text).split(/[^a-z0-9]+/)) if (word.length >= 3 && !stopwords.has(word)) seen.add(stemTerm(word))
  return [...seen]
}

describe('textTerms', () => {
  it('stems French words and drops stopwords', () => {
    expect(textTerms('Je cherche une formation en informatique et des formations courtes')).toEqual(['cherch', 'form', 'informat', 'court'])
  })

  it('analyses token by token exactly as the whole-text definition does', () => {
    // Stopwords are whatever textTerms drops from single-word texts that are long enough to be kept otherwise.
    const pieces = ['é', 'È', 'œ', 'ç', 'à', ' ', '\u00a0', '\t', '\n', '-', "'", ',', 'de', 'les', 'formation', 'réseau', 'Équivalence', 'diplôme', 'cœur', 'l’emploi', 'x', 'abc', '42']
    const stopwords = new Set(['les', 'des', 'une', 'pour', 'dans', 'avec', 'sur', 'the', 'and', 'van', 'het', 'een'].filter((w) => textTerms(w).length === 0))
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(textTerms(text)).toEqual(referenceTerms(text, stopwords))
      }),
      { numRuns: 300 },
    )
  })
})
