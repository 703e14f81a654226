// Saved pages carry their address in a first-line comment (<!-- https://… -->), the convention
// of tests/fixtures/pages; the CLI and bench use it as the page URL.
export function urlFromComment(html: string): string | null {
  const m = html.slice(0, 2000).match(/^\s*(?:\ufeff)?<!--\s*(\S+)/);
  if (!m) return null;
  try {
    const u = new URL(m[1]!);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
