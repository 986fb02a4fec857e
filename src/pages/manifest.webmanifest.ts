import type { APIRoute } from 'astro';
import { href } from '~/utils/paths';
import { t } from '~/i18n';

// Web app manifest: install on the home screen with a Dutch name; paths follow the base path.
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: t('site.name'),
      short_name: t('site.name'),
      description: t('site.description'),
      lang: 'nl',
      start_url: href(''),
      scope: href(''),
      display: 'standalone',
      background_color: '#fdfcf9',
      theme_color: '#0a6760',
      icons: [
        { src: href('icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: href('icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        { src: href('icons/icon.svg'), sizes: 'any', type: 'image/svg+xml' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
