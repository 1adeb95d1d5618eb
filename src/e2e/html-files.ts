import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Lists every .html file under a folder, e.g. the built site. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}
