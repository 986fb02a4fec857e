/** The folder Pagefind's index and scripts are written to, under the site's base path. */
export const PAGEFIND_FOLDER = 'pagefind';
