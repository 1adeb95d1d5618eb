import type { APIRoute } from 'astro';
import { SITE_CARD, shareCard } from '../../site/share-cards.ts';

/** The share card of the pages that are no article's: the home page, the actors, search. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await shareCard(SITE_CARD)), { headers: { 'Content-Type': 'image/png' } });
