/** Cache names shared by the service worker and "Bewaar voor offline", which fills the same caches. */
export const PAGE_CACHE = 'bb-paginas';
export const ASSET_CACHE = 'bb-bestanden';
