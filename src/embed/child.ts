import { pymHeight, readPymWidth, type GlossHeightMessage } from './protocol.ts';

// Runs inside an embed page: tells the parent the document's height whenever it changes.
// A ResizeObserver on <html> catches fonts, resizing and opened boxes; margins are inside <html>.
const params = new URLSearchParams(location.search);
const id = params.get('glossId') ?? params.get('childId') ?? '';
const pymId = params.get('childId');
const wpSecret = /[#&?]secret=([\w-]{1,64})/.exec(location.hash)?.[1];
let last = 0;

function send(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  const gloss: GlossHeightMessage = { type: 'gloss:height', id, height };
  window.parent.postMessage(gloss, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  if (pymId) window.parent.postMessage(pymHeight(pymId, height), '*');
  if (wpSecret) window.parent.postMessage({ message: 'height', value: height, secret: wpSecret }, '*');
}

new ResizeObserver(send).observe(document.documentElement);
addEventListener('load', send);
// pym's parent sends its width on load and resize: answer with our height, and do nothing else.
addEventListener('message', (event) => {
  if (event.source !== window.parent || !pymId) return;
  if (readPymWidth(event.data, pymId) !== null) {
    last = 0;
    send();
  }
});
