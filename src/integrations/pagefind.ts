import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { PAGEFIND_FOLDER } from '../features/search/bundle';

/** Indexes the built site in `site` with Pagefind (Dutch stemming) into `<site>/pagefind/`. */
export async function indexSite(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  await index.writeFiles({ outputPath: `${site}/${PAGEFIND_FOLDER}` });
  await pagefind.close();
  logger.info(`Pagefind: ${added.page_count} pagina's geïndexeerd`);
}
