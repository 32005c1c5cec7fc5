/** Link URLs in answers (its own module so verify.ts and catalog-urls.ts do not import each other). */

export function absolute(url: string | undefined, baseUrl: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, baseUrl);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}
