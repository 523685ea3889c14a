import { sessionKinds } from '@binome/contracts/vocabulary'
import type { PageLoad } from './$types'

/** Which kind of session is being scheduled (`?kind=training` or `?kind=peer-meeting`; an information session otherwise). */
export const load: PageLoad = ({ url }) => {
  const asked = url.searchParams.get('kind')
  return { kind: sessionKinds.find((k) => k === asked) ?? ('information' as const) }
}
