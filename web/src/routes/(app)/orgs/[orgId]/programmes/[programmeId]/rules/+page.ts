import { redirect } from '@sveltejs/kit'
import type { PageLoad } from './$types'

/** The tab opens on its first page, the forms. */
export const load: PageLoad = ({ url }) => {
  redirect(307, `${url.pathname.replace(/\/$/, '')}/forms`)
}
