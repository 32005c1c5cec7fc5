/** The bench feed: the demo shop's products grown to `n` with their own ids, titles, prices and URLs (2 reviews each), as NDJSON. */
export function feedText(demoNdjson: string, demoCatalogJson: string, n: number): string {
  const base = demoNdjson
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((p) => typeof p.id === 'string' && typeof p.title === 'string');
  const storeBlock = (JSON.parse(demoCatalogJson) as { store: unknown }).store;
  const words = ['Pro', 'Lite', 'Max', 'Air', 'Plus', 'Trail', 'City', 'Eco', 'Sport', 'Classic'];
  const lines: string[] = [JSON.stringify({ store: storeBlock })];
  for (let i = 0; i < n; i++) {
    const src = base[i % base.length]!;
    const k = Math.floor(i / base.length);
    const factor = 0.8 + ((i * 37) % 40) / 100;
    const price = typeof src.price === 'number' ? Math.round(src.price * factor * 100) / 100 : src.price;
    const p = {
      ...src,
      id: k === 0 ? src.id : `${src.id}-${k}`,
      title: k === 0 ? src.title : `${src.title} ${words[k % words.length]} ${k}`,
      price,
      url: k === 0 ? src.url : `${String(src.url ?? `/p/${i}`).replace(/\.html$/, '')}-${k}.html`,
      reviews: Array.isArray(src.reviews) ? src.reviews.slice(0, 2) : [],
      alsoBought: Array.isArray(src.alsoBought) ? src.alsoBought : undefined,
    };
    lines.push(JSON.stringify(p));
  }
  return lines.join('\n') + '\n';
}
