import { standalonePages } from '@binome/contracts/web-pages'

/**
 * Source of the CloudFront Function (viewer request, cloudfront-js-2.0) that serves the SPA shell for client-side
 * routes: a path whose last segment has no file extension (`/org/42/duos`) is answered with `/index.html`, except the
 * pages built apart (`/signin` → `/signin/index.html`, `standalonePages`), while files (`/_app/…/x.js`,
 * `/config.json`) pass through and a missing one stays an error.
 *
 * Why a function and not the distribution's custom error responses (403/404 → /index.html): those apply to every
 * behaviour, so the API's own 403 and 404 answers under `/api/*` would reach the client as `200 index.html`.
 * The function runs on the web behaviour only.
 */
export const spaRoutingFunctionCode = `var pages = ${JSON.stringify(standalonePages)};
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var lastSegment = uri.substring(uri.lastIndexOf('/') + 1);
  if (lastSegment.indexOf('.') === -1) {
    var path = uri.length > 1 && uri.charAt(uri.length - 1) === '/' ? uri.substring(0, uri.length - 1) : uri;
    request.uri = pages[path] || '/index.html';
  }
  return request;
}
`
