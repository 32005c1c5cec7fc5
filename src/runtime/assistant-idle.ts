/**
 * What `<shop-guide>` does in the host page's idle time: start the page services (catalog + history)
 * and record the view of the page's product, so recommendations learn from browsing even when the
 * shopper never opens the chat. Loaded with `import()` from the shell; failures stay in the console.
 */
export async function onIdle(_host: HTMLElement): Promise<void> {
  const services = await import('./services.ts');
  await services.recordCurrentProductView();
}
