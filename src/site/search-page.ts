// The /search/ page's script: reads `?q=`, queries the Pagefind index built into dist/pagefind/ and
// lists the results. Runs in the browser only; no other page loads it.

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

/** Copies Pagefind's excerpt (escaped text with `<mark>` around hits) as text and marks only. */
function appendExcerpt(into: HTMLElement, html: string) {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  for (const node of tpl.content.childNodes) {
    if (node.nodeName === 'MARK')
      into.append(Object.assign(document.createElement('mark'), { textContent: node.textContent }));
    else into.append(node.textContent ?? '');
  }
}

/** Fills the search box from `?q=`, runs the search and renders the results list. */
export async function runSearch(): Promise<void> {
  const box = document.getElementById('results')!;
  const input = document.getElementById('q') as HTMLInputElement | null;
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (input) input.value = q;
  if (!q) {
    box.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Type a word or a name.' }));
    return;
  }
  const status = Object.assign(document.createElement('p'), { textContent: `Searching for “${q}”…` });
  box.replaceChildren(status);
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ box.dataset.pagefind!)) as Pagefind;
  } catch {
    // `astro dev` serves no index: it is built after `astro build`.
    status.textContent = 'The search index could not be loaded (`npm run build` makes it).';
    return;
  }
  await pagefind.options({ baseUrl: import.meta.env.BASE_URL });
  const found = await pagefind.search(q);
  const results = await Promise.all(found.results.slice(0, 30).map((r) => r.data()));
  status.textContent = results.length
    ? `${found.results.length} result${found.results.length === 1 ? '' : 's'} for “${q}”${found.results.length > 30 ? ', the first 30 shown' : ''}.`
    : `Nothing found for “${q}”.`;
  if (!results.length) return;
  const list = document.createElement('ol');
  for (const r of results) {
    const li = document.createElement('li');
    const link = Object.assign(document.createElement('a'), { href: r.url, textContent: r.meta.title ?? r.url });
    const excerpt = document.createElement('p');
    excerpt.className = 'meta';
    appendExcerpt(excerpt, r.excerpt);
    li.append(link, excerpt);
    list.append(li);
  }
  box.append(list);
}
