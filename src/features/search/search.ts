let loading: Promise<unknown> | undefined;

/** Loads Pagefind's Component UI (script and styles) from the built bundle, once, on first use. */
export function loadPagefindUI(bundle: string): Promise<unknown> {
  loading ??= new Promise<void>((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${bundle}pagefind-component-ui.css`;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error('Pagefind styles not found'));
    document.head.append(link);
  }).then(() => import(/* @vite-ignore */ `${bundle}pagefind-component-ui.js`));
  loading.catch(() => (loading = undefined));
  return loading;
}
