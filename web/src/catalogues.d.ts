/** The catalogue parts web/catalogue-plugin.ts derives from the catalogues (`virtual:catalogue/<locale>/<part>`). */
declare module 'virtual:catalogue/*' {
  const part: import('./lib/i18n/parts').Catalogue
  export default part
}
