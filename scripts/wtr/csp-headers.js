// A strict Content-Security-Policy for the pages of the CSP test (test/reliability/csp/), so the test
// proves the CDN build runs with no inline script, no inline style and no eval. A koa middleware for
// the config's `middleware` array: it runs before the dev server's own, so every answer carries it.

/** No 'unsafe-inline', no 'unsafe-eval', nothing from another origin. */
export const STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

export function cspHeadersMiddleware(prefix = '/test/reliability/csp/', policy = STRICT_POLICY) {
  return async (ctx, next) => {
    if (ctx.path.startsWith(prefix)) ctx.set('Content-Security-Policy', policy);
    await next();
  };
}
