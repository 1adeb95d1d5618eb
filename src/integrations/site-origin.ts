import type { AstroIntegration } from 'astro';

/** The origin a build uses when `GLOSS_SITE` is not set: a placeholder, never a real site. */
export const PLACEHOLDER_SITE = 'https://gloss.example.org';

/** What a build should say about its public origin: a warning when it is the placeholder, else nothing. */
export function siteWarning(env: Record<string, string | undefined>, command: string): string | null {
  if (command !== 'build' || env.GLOSS_SITE) return null;
  return (
    `GLOSS_SITE is not set, so canonical URLs, share cards, oEmbed, the sitemap and every embed code ` +
    `point at ${PLACEHOLDER_SITE}. Before publishing, build with GLOSS_SITE=https://your.site ` +
    `(and GLOSS_BASE=/path/ under a sub-path).`
  );
}

/** Warns a build that would publish links to the placeholder origin. */
export default function siteOrigin(): AstroIntegration {
  return {
    name: 'gloss:site-origin',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const warning = siteWarning(process.env, command);
        if (warning) logger.warn(warning);
      },
    },
  };
}
