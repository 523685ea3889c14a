import type { PageLoad } from './$types'

/** Which kind of session is being scheduled (`?kind=training`; an information session otherwise). */
export const load: PageLoad = ({ url }) => ({ kind: url.searchParams.get('kind') === 'training' ? ('training' as const) : ('information' as const) })
