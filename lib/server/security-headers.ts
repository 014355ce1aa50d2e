/**
 * The headers every response carries, and the Content-Security-Policy of an HTML page.
 *
 * Scripts are allowed by hash, not by nonce: a nonce must differ on every request, which would force
 * every prerendered chapter to render per request and defeat caching and precompression. The hashes are
 * taken from the exact HTML being sent (lib/server/inline-script-hashes.ts), so an edited inline script
 * (the theme script in app/theme-script.ts, Next's own `self.__next_f.push` payloads) can never drift
 * from the policy.
 */
export interface SecurityOptions {
  /** Strict-Transport-Security max-age in seconds; only sent when set (the site is served over HTTPS). */
  hstsMaxAge?: number;
}

export function securityHeaders(options: SecurityOptions = {}): Record<string, string> {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'cross-origin-opener-policy': 'same-origin',
    // frame-ancestors is the modern form; X-Frame-Options covers browsers that predate it.
    'x-frame-options': 'DENY',
  };
  if (options.hstsMaxAge && options.hstsMaxAge > 0) {
    headers['strict-transport-security'] = `max-age=${options.hstsMaxAge}; includeSubDomains`;
  }
  return headers;
}

/** The policy for one HTML page whose inline scripts have these `sha256-…` sources. */
export function contentSecurityPolicy(scriptHashes: readonly string[], options: SecurityOptions = {}): string {
  const scripts = ["'self'", ...[...new Set(scriptHashes)].map((h) => `'${h}'`)];
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    // React renders `style` attributes (e.g. widths of table columns); they carry no script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.hstsMaxAge) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}
