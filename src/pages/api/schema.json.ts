import type { APIRoute } from 'astro';
import { z } from 'zod';
import { ArticleSchema } from '../../model/article.ts';

/** Serves the article model's JSON Schema, generated from the zod schema. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(z.toJSONSchema(ArticleSchema, { io: 'output', unrepresentable: 'any' }), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
