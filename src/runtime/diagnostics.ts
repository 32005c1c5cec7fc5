/**
 * `guide.diagnostics()`: the catalog check for the page's shared catalog (the one the assistant uses,
 * read once per page, `catalog-src` included). Loaded on demand only.
 */
import { diagnoseCatalog, type CatalogReport } from '../catalog/diagnostics.ts';
import { getServices } from './services.ts';

export async function catalogDiagnostics(): Promise<CatalogReport> {
  const { catalog } = await getServices();
  return diagnoseCatalog(catalog);
}
