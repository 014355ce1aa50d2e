/**
 * A path a user can type may carry broken percent-encoding (`/chapters/%`, `/chapters/%E0%A4%A`).
 * Next.js answers those with a bare 500 when it decodes a dynamic segment; this tells them apart so
 * the proxy can answer 400 instead.
 */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
