/**
 * Names that news sites give the page's chrome in class, id, role or aria-label: navigation,
 * cookie banners, share bars, related links, ads, captions, newsletter boxes, footers, comments.
 */
const CHROME =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|masthead|header|footer|contentinfo|cookies?|consent|gdpr|onetrust|banner|share|sharing|sharebar|social|newsletter|subscribe|subscription|signup|sign-up|promo|promos|promotion|related|recommended|recirc|recirculation|more-stories|most-read|popular|trending|ad|ads|advert|adverts|advertisement|dfp|sponsor|sponsored|outbrain|taboola|comments?|disqus|paywall|modal|popup|toolbar|tags|caption|credit|credits|byline|skip-link|sr-only|visually-hidden|print-only|complementary|search)(?:$|[\s_-])/i;
const CHROME_TAGS =
  'nav, footer, aside, header, form, figure, figcaption, dialog, iframe, button, noscript, script, style';
/** Lines that are page furniture whatever element holds them. */
const BOILERPLATE =
  /^(?:advertisement|advert|ad|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|skip to (?:main )?content|share(?: this (?:article|story))?|copy link|listen to (?:this )?article|print|comments?|most read|recommended(?: for you)?|related(?: stories| articles| content)?)\.?:?$/i;
/** Lead-ins of a line that only points elsewhere (kept when it is mostly not a link). */
const LEAD_IN =
  /^(?:read more|read also|see also|also read|related|more on this|more from|recommended|you may also like|sign up|subscribe|follow us|photo|image|credit|source: getty)\b/i;

/**
 * Removes a saved page's chrome from its DOM, keeping the article: chrome-named elements go unless
 * they hold the article's main text, and so do furniture lines ("Advertisement", "Read more: …").
 */
export function stripChrome(document: Document): void {
  const main = mainText(document);
  const keeps = (el: Element) => main !== null && (el === main || el.contains(main));
  for (const el of [...document.querySelectorAll(CHROME_TAGS)]) if (!keeps(el)) el.remove();
  for (const el of [...document.querySelectorAll('[class], [id], [role], [aria-label], [hidden]')]) {
    if (!el.isConnected || keeps(el)) continue;
    const names = [
      el.getAttribute('class'),
      el.getAttribute('id'),
      el.getAttribute('role'),
      el.getAttribute('aria-label'),
    ]
      .filter(Boolean)
      .join(' ');
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || CHROME.test(names)) el.remove();
  }
  for (const el of [...document.querySelectorAll('p, div, span, li, h2, h3, h4, h5, h6')]) {
    if (!el.isConnected || keeps(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 160) continue;
    if (BOILERPLATE.test(text) || (LEAD_IN.test(text) && linkShare(el) >= 0.5)) el.remove();
  }
}

/** The element whose own paragraphs hold the most text: the article's body, to protect. */
function mainText(document: Document): Element | null {
  const score = new Map<Element, number>();
  for (const p of document.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + (p.textContent ?? '').trim().length);
  }
  let best: Element | null = null;
  let top = 0;
  for (const [el, n] of score) if (n > top) [best, top] = [el, n];
  return best;
}

function linkShare(el: Element): number {
  const all = (el.textContent ?? '').replace(/\s+/g, '').length;
  const linked = [...el.querySelectorAll('a')].reduce(
    (n, a) => n + (a.textContent ?? '').replace(/\s+/g, '').length,
    0,
  );
  return all ? linked / all : 0;
}
