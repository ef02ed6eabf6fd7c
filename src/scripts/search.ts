// The search page: the site's own index (src/lib/search/engine.ts) read from /search-index/,
// results grouped by plan with their counts, the first ones shown while the rest is counted.
import { fill } from '../lib/i18n/message.ts';
import { openIndex, type Answer, type Filters, type Hit, type SearchIndex } from '../lib/search/engine.ts';
import { foldChars, occurrences } from '../lib/search/fold.ts';
import { INDEX_DIR } from '../lib/search/format.ts';
import { urls, type Locale } from '../lib/urls.ts';

/** Interface strings handed over by the page (templates with named placeholders). */
interface Strings {
	loading: string;
	empty: string;
	none: string;
	found: string;
	counting: string;
	group: string;
	symbols: string;
	symbolExamples: string[];
	failed: string;
	more: string;
	kinds: Record<string, string>;
	line: string;
	locale: Locale;
}

const PAGE = 30;
const FILTERS = ['plan', 'kind', 'province'] as const;

/** Reads one gzipped JSON file of the index (inflated here; a host that already inflated it is fine too). */
async function load(path: string): Promise<unknown> {
	const response = await fetch(`/${INDEX_DIR}/${path}`);
	if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
	const bytes = new Uint8Array(await response.arrayBuffer());
	const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
	return gzipped ? new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).json() : JSON.parse(new TextDecoder().decode(bytes));
}

let opened: Promise<SearchIndex> | null = null;
const index = (): Promise<SearchIndex> => {
	opened ??= openIndex(load).catch((error: unknown) => {
		opened = null;
		throw error;
	});
	return opened;
};

/** Where a result opens, on this page's language. */
const href = (hit: Hit, locale: Locale): string => (hit.opens.startsWith('#') ? urls.anchor(hit.plan.slug, hit.opens.slice(1), locale) : urls.indicator(hit.plan.slug, hit.opens, locale));

/** The part of a printed text around its first match, with every match marked (matched on the folded text, marked on the printed one). */
function excerpt(text: string, words: string[][], fold: (t: string) => string[]): DocumentFragment {
	const printed = [...text];
	const folded = fold(text);
	const marked = new Array<boolean>(printed.length).fill(false);
	for (const word of words) for (const at of occurrences(folded, word)) for (let k = at; k < at + word.length; k++) marked[k] = true;
	const first = Math.max(0, marked.indexOf(true));
	const start = Math.max(0, first - 40);
	let end = Math.min(printed.length, start + 140);
	// Never cut a mark in two.
	while (end < printed.length && marked[end] && marked[end - 1]) end++;
	const fragment = document.createDocumentFragment();
	if (start > 0) fragment.append('…');
	let k = start;
	while (k < end) {
		let j = k;
		while (j < end && marked[j] === marked[k]) j++;
		const part = printed.slice(k, j).join('');
		if (marked[k]) {
			const mark = document.createElement('mark');
			mark.textContent = part;
			fragment.append(mark);
		} else fragment.append(part);
		k = j;
	}
	if (end < printed.length) fragment.append('…');
	return fragment;
}

function setup(): void {
	const form = document.querySelector<HTMLFormElement>('#search-form');
	const input = document.querySelector<HTMLInputElement>('#q');
	const status = document.querySelector<HTMLElement>('#search-status');
	const list = document.querySelector<HTMLElement>('#search-results');
	const more = document.querySelector<HTMLButtonElement>('#search-more');
	if (!form || !input || !status || !list || !more) return;
	const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
	let run = 0;
	let answer: Answer | null = null;
	let engine: SearchIndex | null = null;
	let shown = 0;
	let wanted = PAGE;
	let group: { plan: string; ol: HTMLOListElement } | null = null;
	const counts = new Map<number, HTMLElement>();
	let chain: Promise<void> = Promise.resolve();

	const filters = (): Filters => {
		const out: Filters = {};
		for (const name of FILTERS) {
			const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
			if (value) out[name] = value;
		}
		return out;
	};

	/** Shows results up to `wanted` (their display data is fetched only now), each under its plan's heading. */
	const render = async (mine: number): Promise<void> => {
		if (!answer || !engine) return;
		const ids = answer.ids.slice(shown, Math.min(wanted, answer.ids.length));
		const hits = await engine.hits(ids);
		if (mine !== run || !engine) return;
		const fold = (t: string) => foldChars(t, engine!.simplify);
		for (const hit of hits) {
			if (group?.plan !== hit.plan.slug) {
				const section = document.createElement('section');
				section.className = 'result-group';
				const heading = document.createElement('h2');
				const title = document.createElement('span');
				title.textContent = hit.plan.title;
				const count = document.createElement('span');
				count.className = 'count';
				count.lang = strings.locale === 'en' ? 'en' : 'zh-CN';
				counts.set(engine.manifest.plans.indexOf(hit.plan), count);
				heading.append(title, ' ', count);
				const ol = document.createElement('ol');
				section.append(heading, ol);
				list.append(section);
				group = { plan: hit.plan.slug, ol };
			}
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.href = href(hit, strings.locale);
			a.className = 'result-link';
			a.append(excerpt(hit.text, answer.query.words, fold));
			const meta = document.createElement('p');
			meta.className = 'meta';
			meta.textContent = [strings.kinds[hit.kind] ?? hit.kind, hit.section, fill(strings.line, { line: hit.line })].filter(Boolean).join(' · ');
			li.append(a, meta);
			group.ol.append(li);
		}
		shown += hits.length;
		for (const [plan, el] of counts) el.textContent = fill(strings.group, { count: answer.byPlan.get(plan) ?? 0 });
		more.hidden = shown >= answer.ids.length;
	};

	const announce = (q: string) => {
		if (!answer || !engine) return;
		const n = answer.ids.length;
		const values = { count: n, plans: answer.byPlan.size, q };
		if (!answer.done) {
			status.textContent = fill(strings.counting, values);
			return;
		}
		status.textContent = fill(n === 0 ? strings.none : strings.found, values);
		status.removeAttribute('aria-busy');
	};

	const go = async (push: boolean) => {
		const query = input.value.trim();
		const mine = ++run;
		const params = new URLSearchParams();
		if (query) params.set('q', query);
		for (const [k, v] of Object.entries(filters())) params.set(k, v);
		if (push) history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
		list.replaceChildren();
		more.hidden = true;
		answer = null;
		shown = 0;
		wanted = PAGE;
		group = null;
		counts.clear();
		status.removeAttribute('aria-busy');
		if (!query) {
			status.textContent = strings.empty;
			return;
		}
		status.textContent = strings.loading;
		status.setAttribute('aria-busy', 'true');
		try {
			engine = await index();
			if (mine !== run) return;
			if (engine.parse(query).symbolsOnly) {
				status.removeAttribute('aria-busy');
				status.textContent = fill(strings.symbols, { q: query, examples: strings.symbolExamples.join(strings.locale === 'en' ? ', ' : '、') });
				return;
			}
			await engine.search(query, filters(), (a) => {
				chain = chain.then(async () => {
					if (mine !== run) return;
					answer = a;
					await render(mine);
					if (mine === run) announce(query);
				});
			});
			await chain;
		} catch (error) {
			if (mine !== run) return;
			status.removeAttribute('aria-busy');
			status.textContent = strings.failed;
			console.error(error);
		}
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void go(true);
	});
	form.addEventListener('change', () => void go(true));
	more.addEventListener('click', async () => {
		const from = shown;
		wanted += PAGE;
		const mine = run;
		chain = chain.then(() => render(mine));
		await chain;
		list.querySelectorAll<HTMLAnchorElement>('a.result-link')[from]?.focus();
	});
	// Keyboard: ↓ from the box into the results, ↑ ↓ between them, Esc clears.
	document.addEventListener('keydown', (event) => {
		const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'Escape' && (document.activeElement === input || at >= 0)) {
			input.value = '';
			input.focus();
			void go(true);
		} else if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
			event.preventDefault();
			links[Math.min(at + 1, links.length - 1)]?.focus();
		} else if (event.key === 'ArrowUp' && at >= 0) {
			event.preventDefault();
			if (at === 0) input.focus();
			else links[at - 1]?.focus();
		}
	});

	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	for (const name of FILTERS) {
		const select = form.elements.namedItem(name) as HTMLSelectElement | null;
		if (select && params.get(name)) select.value = params.get(name) as string;
	}
	input.focus();
	if (input.value) void go(false);
	// For tests and tools: the same search the page runs, as plain data.
	Object.assign(window, {
		/** Every matching record, loaded: plan slug, kind, line, printed text, link. */
		planSearch: async (q: string, f?: Filters) => {
			const engine = await index();
			const hits = await engine.hits((await engine.search(q, f)).ids);
			return hits.map((h) => ({ plan: h.plan.slug, title: h.plan.title, kind: h.kind, line: h.line, text: h.text, section: h.section, url: href(h, strings.locale) }));
		},
		/** How many records match and in which plans (slugs), without loading them. */
		planCount: async (q: string, f?: Filters): Promise<{ count: number; plans: string[] }> => {
			const engine = await index();
			const found = await engine.search(q, f);
			return { count: found.ids.length, plans: [...found.byPlan.keys()].map((k) => engine.manifest.plans[k]!.slug) };
		},
	});
}

setup();
