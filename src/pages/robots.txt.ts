import type { APIRoute } from 'astro';
import { absolute } from '../site/urls.ts';

/** Allows every crawler, and points them at the sitemap. Embeds are left out of search. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nDisallow: ${new URL(absolute('embed/', site)).pathname}\nAllow: /\n\nSitemap: ${absolute('sitemap-index.xml', site)}\n`,
  );
