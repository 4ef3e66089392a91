/**
 * The HTTP security headers every response carries: the Content-Security-Policy (shared with PrimeFaces' CSP mode,
 * which adds each page's nonce), framing, sniffing, referrer and transport rules. It knows no feature; it works by
 * path, so a page added later is covered without a line here.
 */
package org.firstmile.platform.security;
