/**
 * The language codes answers of kind `languages` store: every ISO 639-1 code (two letters), and the ISO 639-3 codes
 * (three letters) of languages the programmes' people speak that have no two-letter code (Dari, Kabyle, Susu, Krio,
 * Sorani, Pular, Mandinka, Dioula, Soninke, Temne, Mende, the Amazigh languages, Mooré, Fon, Baoulé...). The
 * interfaces name them in the reader's language (`Intl.DisplayNames`), so no language name is stored.
 */
export const spokenLanguageCodes = [
  'aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bi', 'bm', 'bn', 'bo', 'br',
  'bs', 'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cu', 'cv', 'cy', 'da', 'de', 'dv', 'dz', 'ee', 'el', 'en', 'eo', 'es', 'et',
  'eu', 'fa', 'ff', 'fi', 'fj', 'fo', 'fr', 'fy', 'ga', 'gd', 'gl', 'gn', 'gu', 'gv', 'ha', 'he', 'hi', 'ho', 'hr', 'ht',
  'hu', 'hy', 'hz', 'ia', 'id', 'ie', 'ig', 'ii', 'ik', 'io', 'is', 'it', 'iu', 'ja', 'jv', 'ka', 'kg', 'ki', 'kj', 'kk',
  'kl', 'km', 'kn', 'ko', 'kr', 'ks', 'ku', 'kv', 'kw', 'ky', 'la', 'lb', 'lg', 'li', 'ln', 'lo', 'lt', 'lu', 'lv', 'mg',
  'mh', 'mi', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'my', 'na', 'nb', 'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv', 'ny',
  'oc', 'oj', 'om', 'or', 'os', 'pa', 'pi', 'pl', 'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa', 'sc', 'sd', 'se',
  'sg', 'si', 'sk', 'sl', 'sm', 'sn', 'so', 'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'ti', 'tk',
  'tl', 'tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty', 'ug', 'uk', 'ur', 'uz', 've', 'vi', 'vo', 'wa', 'wo', 'xh', 'yi', 'yo',
  'za', 'zh', 'zu',
  'prs', 'kab', 'sus', 'kri', 'ckb', 'fuf', 'mnk', 'dyu', 'snk', 'tem', 'men', 'tzm', 'zgh', 'rif', 'shi', 'tig', 'mos', 'fon',
  'bci', 'luo', 'kmr', 'bej', 'apd', 'aeb', 'ary', 'arq', 'fil', 'yue', 'hak', 'bal', 'brh', 'skr', 'ctg', 'syl',
] as const
export type LanguageCode = (typeof spokenLanguageCodes)[number]

const known = new Set<string>(spokenLanguageCodes)

/**
 * Whether a string is one of {@link spokenLanguageCodes}.
 *
 * @example
 * isLanguageCode('ti') // true
 * isLanguageCode('xx') // false
 */
export function isLanguageCode(code: string): code is LanguageCode {
  return known.has(code)
}
