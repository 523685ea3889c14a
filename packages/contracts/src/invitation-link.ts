/**
 * The link an invitation e-mail carries to the sign-in page, with the invited address prefilled. The address goes
 * in the URL's fragment, never its query string: a fragment is not sent to the server, so it does not end up in
 * CloudFront's or any proxy's access logs, nor in a Referer header. The sign-in page reads it, then removes it
 * from the address bar.
 *
 * @example
 * invitationLink('https://binome.example.org', 'ana@pls.be') // 'https://binome.example.org/signin#email=ana%40pls.be'
 */
export function invitationLink(appUrl: string, email: string): string {
  return `${appUrl.replace(/\/+$/, '')}/signin#${new URLSearchParams({ email }).toString()}`
}

/**
 * The invited address of a sign-in page's fragment (`#email=…`), or null.
 *
 * @example
 * invitedEmail('#email=ana%40pls.be') // 'ana@pls.be'
 */
export function invitedEmail(hash: string): string | null {
  const email = new URLSearchParams(hash.replace(/^#/, '')).get('email')?.trim()
  return email ? email : null
}
