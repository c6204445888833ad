// @ts-check
// Plain JavaScript because next.config.js loads it before any TypeScript is compiled.

/**
 * The Content-Security-Policy and companions sent with every response. Prerendered pages carry
 * Next.js's inline bootstrap scripts, so `script-src` allows inline scripts from the site's own
 * documents instead of per-request nonces (which would force every page to render dynamically).
 * Event-handler attributes stay blocked by `script-src-attr 'none'`, and article bodies are
 * sanitized before they reach a page.
 * @param {{ isDev: boolean }} options
 */
function contentSecurityPolicy({ isDev }) {
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(isDev ? ["'unsafe-eval'"] : [])],
    "script-src-attr": ["'none'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    // Article images are remote by design (the editor links them); only http(s) ones.
    "img-src": ["'self'", "https:", "http:", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(isDev ? ["ws:"] : [])],
    "media-src": ["'self'"],
    "object-src": ["'none'"],
    "frame-src": ["'none'"],
    "child-src": ["'none'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'self'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "usb=()",
  "xr-spatial-tracking=()",
  "browsing-topics=()",
].join(", ");

/** @param {{ isDev: boolean }} options */
function securityHeaders({ isDev }) {
  const headers = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ isDev }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "X-Frame-Options", value: "SAMEORIGIN" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  const siteUrl = process.env.SITE_URL || "";
  // HSTS only means something (and is only safe to send) when the site is served over HTTPS.
  if (siteUrl.startsWith("https://")) {
    headers.push({
      key: "Strict-Transport-Security",
      value: "max-age=63072000; includeSubDomains",
    });
  }
  return headers;
}

module.exports = { securityHeaders, contentSecurityPolicy };
