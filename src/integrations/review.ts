import type { AstroIntegration } from 'astro';
import { readSettings } from '../config/settings.ts';

/** Adds the editor's review pages (`/review/`, `/review/<slug>/`) under `astro dev` or with `GLOSS_REVIEW=1`; never otherwise. */
export default function review(): AstroIntegration {
  return {
    name: 'gloss-review',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (!readSettings(process.env, command === 'dev').review) return;
        injectRoute({ pattern: '/review', entrypoint: new URL('../review/pages/index.astro', import.meta.url) });
        injectRoute({
          pattern: '/review/[slug]',
          entrypoint: new URL('../review/pages/[slug].astro', import.meta.url),
        });
      },
    },
  };
}
