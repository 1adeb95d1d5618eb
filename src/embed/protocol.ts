// The Gloss embed protocol: what an embed sends its parent, and the only formats a parent or
// child acts on. Shared by the embed page's script, the loader (/embed.js) and the tests.

/** The message an embed posts to its parent when its height changes. */
export interface GlossHeightMessage {
  type: 'gloss:height';
  /** The embed's `glossId` query parameter, so a parent can tell several embeds apart. */
  id: string;
  /** The document's height in CSS pixels. */
  height: number;
}

/** Largest height an embed may ask for: anything larger is treated as hostile. */
export const MAX_HEIGHT = 50_000;

/** Checks that a value is exactly a well-formed Gloss height message, and nothing else. */
export function isGlossHeight(data: unknown): data is GlossHeightMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const d = data as Record<string, unknown>;
  return (
    Object.keys(d).length === 3 &&
    d.type === 'gloss:height' &&
    typeof d.id === 'string' &&
    d.id.length <= 100 &&
    typeof d.height === 'number' &&
    Number.isFinite(d.height) &&
    d.height > 0 &&
    d.height <= MAX_HEIGHT
  );
}

/** Formats a pym.js height message: `pymxPYMx<id>xPYMxheightxPYMx<px>`. */
export const pymHeight = (id: string, height: number) => `pymxPYMx${id}xPYMxheightxPYMx${Math.ceil(height)}`;

/** Reads a pym.js `width` message sent by a parent, or null for anything else. */
export function readPymWidth(data: unknown, id: string): number | null {
  if (typeof data !== 'string') return null;
  const m = /^pymxPYMx(.+?)xPYMxwidthxPYMx(\d{1,5})$/.exec(data);
  return m && m[1] === id ? Number(m[2]) : null;
}
