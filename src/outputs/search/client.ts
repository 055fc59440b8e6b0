/**
 * The search page's only script (src/pages/suche.astro): loads Pagefind on the first search,
 * merges the earlier years' indexes the form names (data-search-merge), and shows the results
 * in the page's template, 20 at a time. A search is a link: /suche/?q=…, with history.
 */

/** The part of Pagefind's browser API this page uses (pagefind.js has no published types). */
interface PagefindResultData {
  url: string;
  /** Plain, unescaped text with the matched words wrapped in <mark>. */
  excerpt: string;
  meta: Partial<Record<string, string>>;
}
interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (indexPath: string, options: Record<string, unknown>) => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

/** Results rendered per batch; "Weitere Treffer zeigen" adds the next batch. */
const BATCH = 20;

const form = document.querySelector<HTMLFormElement>('form[data-search-bundle]');
const input = document.querySelector<HTMLInputElement>('#suchbegriff');
const status = document.querySelector<HTMLElement>('#suchstatus');
const list = document.querySelector<HTMLOListElement>('#suchtreffer');
const more = document.querySelector<HTMLButtonElement>('#weitere-treffer');
const template = document.querySelector<HTMLTemplateElement>('#treffer-vorlage');

function isPagefind(module: unknown): module is Pagefind {
  return (
    typeof module === 'object' && module !== null &&
    'search' in module && typeof module.search === 'function' &&
    'options' in module && typeof module.options === 'function' &&
    'mergeIndex' in module && typeof module.mergeIndex === 'function'
  );
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once, on the first search. */
function loadPagefind(bundle: string, baseUrl: string, merged: string[]): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module: unknown = await import(/* @vite-ignore */ bundle);
    if (!isPagefind(module)) throw new Error(`${bundle} is not the Pagefind API`);
    // Search on the main thread: the index is small, and it saves the worker's request and
    // the worker's own CSP (the page's CSP does not reach into a worker).
    const options = { baseUrl, excerptEllipsis: '…' };
    await module.options({ ...options, noWorker: true });
    // The earlier years' indexes; each loads its metadata now and its chunks per search.
    await Promise.all(merged.map((indexPath) => module.mergeIndex(indexPath, options)));
    return module;
  })().catch((error: unknown) => {
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

/**
 * Excerpt as DOM nodes. Pagefind's excerpt is the page's plain text (not escaped) with the
 * matched words wrapped in <mark>: those become <mark> elements, everything else stays text.
 */
function excerptNodes(excerpt: string): Node[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/s)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = /^<mark>(.*)<\/mark>$/s.exec(part);
      if (!marked) return document.createTextNode(part);
      const mark = document.createElement('mark');
      mark.textContent = marked[1] ?? '';
      return mark;
    });
}

/** "30.11.2017" → "2017-11-30" for <time datetime>, or undefined for anything else. */
function isoDay(date: string): string | undefined {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(date);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : undefined;
}

function field<T extends HTMLElement>(item: DocumentFragment, name: string): T | null {
  return item.querySelector<T>(`[data-field="${name}"]`);
}

function renderResult(data: PagefindResultData, tpl: HTMLTemplateElement): DocumentFragment {
  const item = tpl.content.cloneNode(true) as DocumentFragment;
  const label = field(item, 'label');
  if (label) {
    if (data.meta['label']) label.textContent = data.meta['label'];
    else label.parentElement?.remove();
  }
  const title = field<HTMLAnchorElement>(item, 'title');
  if (title) {
    title.href = data.url;
    title.textContent = data.meta['title'] ?? data.url;
  }
  const date = field<HTMLTimeElement>(item, 'date');
  if (date) {
    const shown = data.meta['date'];
    const iso = shown ? isoDay(shown) : undefined;
    if (!shown) date.parentElement?.remove();
    else if (iso) {
      date.textContent = shown;
      date.dateTime = iso;
    } else date.replaceWith(shown);
  }
  field(item, 'excerpt')?.replaceChildren(...excerptNodes(data.excerpt));
  return item;
}

if (form && input && status && list && more && template) {
  const bundle = form.dataset['searchBundle'] ?? '';
  const baseUrl = form.dataset['searchBase'] ?? '/';
  const merged = (form.dataset['searchMerge'] ?? '').split(' ').filter((path) => path !== '');
  const pageTitle = document.title;
  /** Counts searches, so a slow earlier search cannot overwrite a later one. */
  let generation = 0;
  let pending: PagefindResult[] = [];

  const clear = () => {
    list.replaceChildren();
    list.hidden = true;
    more.hidden = true;
    pending = [];
  };

  const showBatch = async (current: number) => {
    const batch = pending.slice(0, BATCH);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (current !== generation) return;
    pending = pending.slice(BATCH);
    list.append(...data.map((entry) => renderResult(entry, template)));
    list.hidden = false;
    more.hidden = pending.length === 0;
  };

  const run = async (query: string) => {
    const current = ++generation;
    const term = query.trim();
    input.value = query;
    document.title = term ? `„${term}“ – ${pageTitle}` : pageTitle;
    clear();
    if (!term) {
      status.textContent = '';
      return;
    }
    status.textContent = 'Suche läuft …';
    try {
      const api = await loadPagefind(bundle, baseUrl, merged);
      const search = await api.search(term);
      if (current !== generation || !search) return;
      pending = search.results;
      const count = search.results.length;
      status.textContent = count === 0 ? `Keine Treffer für „${term}“` : `${count} Treffer für „${term}“`;
      await showBatch(current);
    } catch (error) {
      if (current !== generation) return;
      status.textContent = 'Die Suche konnte nicht geladen werden. Bitte versuchen Sie es später noch einmal.';
      console.error(error);
    }
  };

  const queryFromUrl = () => new URLSearchParams(window.location.search).get('q') ?? '';

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value.trim());
    if (url.href !== window.location.href) window.history.pushState(null, '', url);
    void run(input.value);
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    void showBatch(generation).then(() => {
      // Keyboard and screen reader users continue at the first new result.
      list.children[first]?.querySelector('a')?.focus();
    });
  });
  window.addEventListener('popstate', () => void run(queryFromUrl()));
  void run(queryFromUrl());
}
