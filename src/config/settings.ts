/**
 * Reads Gloss's settings from the environment, in one place, so every page and command agrees.
 * Each setting is named in the README's settings table.
 */
export interface Settings {
  /** `GLOSS_MIN_CONFIDENCE`: mentions below it are not linked or boxed on public pages (curated ones always are). */
  minConfidence: number;
  /** `GLOSS_REVIEW=1`: build the editor's review pages (always on under `astro dev`). */
  review: boolean;
}

/** The content folder: `GLOSS_CONTENT`, else `content` (an empty value is unset). */
export const contentRoot = (env: Record<string, string | undefined> = process.env): string =>
  env.GLOSS_CONTENT || 'content';

/** The threshold readers see annotations at, chosen from the dev-set calibration. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/** Reads and checks the settings; a bad value is an error that names the setting. */
export function readSettings(env: Record<string, string | undefined> = process.env, dev = false): Settings {
  const raw = env.GLOSS_MIN_CONFIDENCE;
  const minConfidence = raw === undefined || raw === '' ? DEFAULT_MIN_CONFIDENCE : Number(raw);
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
    throw new Error(`GLOSS_MIN_CONFIDENCE is \`${raw}\`: it must be a number from 0 to 1, e.g. 0.6`);
  }
  return { minConfidence, review: dev || env.GLOSS_REVIEW === '1' };
}
