/** Tells a Google Docs "Web page (.html)" export from other HTML by its generated markup. */
export function isGoogleDocsExport(document: Document): boolean {
  const body = document.body?.getAttribute('class') ?? '';
  const style = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
  return (
    /\bdoc-content\b/.test(body) || /\.lst-kix_/.test(style) || (/\.c\d+\{/.test(style) && /\.title\{/.test(style))
  );
}

/**
 * Turns a Google Docs export's class-styled spans into plain HTML: italic and bold classes become
 * `<em>` and `<strong>`, comments, footnote marks and page headers and footers go. Returns the
 * Title- and Subtitle-styled paragraphs' text.
 */
export function unstyleGoogleDoc(document: Document): { title?: string; subtitle?: string } {
  const styles = classStyles([...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n'));
  // Comments and footnote bodies sit in divs after the text; page headers and footers in divs around it.
  for (const div of [...document.querySelectorAll('body > div')]) div.remove();
  for (const a of [...document.querySelectorAll('a[href^="#cmnt"], a[href^="#ftnt"]')])
    (a.closest('sup') ?? a).remove();
  for (const span of [...document.querySelectorAll('span[class]')]) {
    const style = (span.getAttribute('class') ?? '')
      .split(/\s+/)
      .reduce((acc, c) => ({ ...acc, ...styles.get(c) }), {} as Style);
    let inner: Element = span;
    if (style.italic) inner = wrap(document, inner, 'em');
    if (style.bold) inner = wrap(document, inner, 'strong');
  }
  const text = (sel: string) => document.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  const found = { title: text('p.title'), subtitle: text('p.subtitle') };
  const title = document.querySelector('p.title');
  if (title) {
    const h1 = document.createElement('h1');
    h1.innerHTML = title.innerHTML;
    title.replaceWith(h1);
  }
  return found;
}

interface Style {
  italic?: boolean;
  bold?: boolean;
}

/** Reads `.c3{font-style:italic}` rules into class → style. */
function classStyles(css: string): Map<string, Style> {
  const map = new Map<string, Style>();
  for (const m of css.matchAll(/\.([\w-]+)\{([^}]*)\}/g)) {
    const rule = m[2]!;
    const style: Style = {};
    if (/font-style:\s*italic/.test(rule)) style.italic = true;
    if (/font-weight:\s*(?:bold|[6-9]00)/.test(rule)) style.bold = true;
    if (style.italic || style.bold) map.set(m[1]!, { ...map.get(m[1]!), ...style });
  }
  return map;
}

/** Moves an element's children into a new inline element inside it. */
function wrap(document: Document, el: Element, tag: string): Element {
  const inner = document.createElement(tag);
  while (el.firstChild) inner.appendChild(el.firstChild);
  el.appendChild(inner);
  return inner;
}
