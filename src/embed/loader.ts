import { isGlossHeight } from './protocol.ts';

// The loader newsrooms paste once per page (/embed.js): sizes every Gloss iframe on the page.
// It acts only on a well-formed Gloss height message from the window of one of those iframes,
// sent from the iframe's own origin.
const SELECTOR = 'iframe[data-gloss-embed]';

function frames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll<HTMLIFrameElement>(SELECTOR)];
}

function prepare(frame: HTMLIFrameElement): void {
  frame.style.border = '0';
  frame.style.width = '100%';
  frame.scrolling = 'no';
}

frames().forEach(prepare);
new MutationObserver(() => frames().forEach(prepare)).observe(document.documentElement, {
  childList: true,
  subtree: true,
});

addEventListener('message', (event) => {
  if (!isGlossHeight(event.data)) return;
  const frame = frames().find((f) => f.contentWindow === event.source);
  if (!frame || new URL(frame.src, location.href).origin !== event.origin) return;
  frame.style.height = `${event.data.height}px`;
});
