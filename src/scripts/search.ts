// The search page: Pagefind's JS API over paragraph, target and project records indexed as
// folded character pairs (src/lib/search/tokens.ts), results grouped by plan with their counts.
// The first results are shown at once; Pagefind's filter data (for the counts per plan) is
// loaded only after them.
import { fill } from '../lib/i18n/message.ts';
import { foldChars, occurrences, tableSimplifier, type Simplify } from '../lib/search/fold.ts';
import { FOLD_TABLE, type RecordMeta } from '../lib/search/pagefind.ts';
import { parseQuery, type ParsedQuery } from '../lib/search/query.ts';
import { pagefindTerm, wordQuery } from '../lib/search/tokens.ts';
import { urls, type Locale } from '../lib/urls.ts';

/** Interface strings handed over by the page (templates with named placeholders). */
interface Strings {
	loading: string;
	empty: string;
	none: string;
	found: string;
	foundTotal: string;
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
interface Result {
	id: string;
	data(): Promise<{ meta: RecordMeta }>;
}
interface Response {
	results: Result[];
	/** Per filter value, how many of these results carry it (once the filter data is loaded). */
	filters: Record<string, Record<string, number>>;
}
interface Pagefind {
	init(): Promise<void>;
	filters(): Promise<unknown>;
	search(term: string, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<Response>;
}
type Filters = Partial<Record<'plan' | 'kind' | 'province', string>>;

/** A search's answer: the query as folded, every matching record (data loaded on demand), in result order. */
interface Found {
	query: ParsedQuery;
	terms: string[];
	results: Result[];
}

const PAGE = 30;
/** Above this many results of a several-word query, counting them by plan would read every result: the total is given alone. */
const COUNT_BY_READING = 400;
const FILTERS = ['plan', 'kind', 'province'] as const;
const SORT = { order: 'asc' } as const;

let engine: Promise<Pagefind> | null = null;
let simplifier: Promise<Simplify> | null = null;
let filtersLoaded: Promise<unknown> | null = null;

function pagefind(): Promise<Pagefind> {
	engine ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (m: Pagefind) => {
		await m.init();
		return m;
	});
	return engine;
}
function folding(): Promise<Simplify> {
	simplifier ??= fetch(`/pagefind/${FOLD_TABLE}`)
		.then((r) => (r.ok ? (r.json() as Promise<string>) : ''))
		.then(tableSimplifier);
	return simplifier;
}

const once = (result: Result): Result => {
	let data: ReturnType<Result['data']> | null = null;
	return { id: result.id, data: () => (data ??= result.data()) };
};

/** Every record holding all the query's words (after folding), in result order. */
async function search(query: string, filters: Filters = {}): Promise<Found> {
	const [pf, simplify] = await Promise.all([pagefind(), folding()]);
	const parsed = parseQuery(query, simplify);
	if (parsed.words.length === 0 || parsed.symbolsOnly) return { query: parsed, terms: [], results: [] };
	const terms = [...new Set(parsed.words.map((w) => pagefindTerm(wordQuery(w))))];
	const [first, ...rest] = await Promise.all(terms.map((term) => pf.search(term, { filters, sort: SORT })));
	let results = first!.results;
	for (const other of rest) {
		const ids = new Set(other.results.map((r) => r.id));
		results = results.filter((r) => ids.has(r.id));
	}
	return { query: parsed, terms, results: results.map(once) };
}

/**
 * Results per plan (slug → count): for one word from Pagefind's filter counts (its filter data
 * loaded now, after the first results); for several words by reading the results, up to `limit`
 * of them (null above it).
 */
async function countByPlan(found: Found, filters: Filters, limit = COUNT_BY_READING): Promise<Map<string, number> | null> {
	if (found.results.length === 0) return new Map();
	const pf = await pagefind();
	if (found.terms.length === 1) {
		filtersLoaded ??= pf.filters();
		await filtersLoaded;
		const counts = (await pf.search(found.terms[0]!, { filters, sort: SORT })).filters.plan ?? {};
		return new Map(Object.entries(counts).filter(([, n]) => n > 0));
	}
	if (found.results.length > limit) return null;
	const counts = new Map<string, number>();
	for (const { meta } of await Promise.all(found.results.map((r) => r.data()))) counts.set(meta.plan, (counts.get(meta.plan) ?? 0) + 1);
	return counts;
}

/** Where a result opens, on this page's language. */
const href = (meta: RecordMeta, locale: Locale): string => (meta.opens.startsWith('#') ? urls.anchor(meta.plan, meta.opens.slice(1), locale) : urls.indicator(meta.plan, meta.opens, locale));

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
	let found: Found | null = null;
	let simplify: Simplify = (ch) => ch;
	let shown = 0;
	let group: { plan: string; ol: HTMLOListElement } | null = null;
	let counts: Map<string, number> | null = null;
	const countEls = new Map<string, HTMLElement>();

	const filters = (): Filters => {
		const out: Filters = {};
		for (const name of FILTERS) {
			const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
			if (value) out[name] = value;
		}
		return out;
	};

	const showCounts = () => {
		for (const [plan, el] of countEls) el.textContent = counts?.has(plan) ? fill(strings.group, { count: counts.get(plan)! }) : '';
	};

	/** Appends the next page of results (their data is fetched only now), each under its plan's heading. */
	const render = async (mine: number): Promise<void> => {
		if (!found) return;
		const page = await Promise.all(found.results.slice(shown, shown + PAGE).map((r) => r.data()));
		if (mine !== run || !found) return;
		const fold = (t: string) => foldChars(t, simplify);
		for (const { meta } of page) {
			if (group?.plan !== meta.plan) {
				const section = document.createElement('section');
				section.className = 'result-group';
				const heading = document.createElement('h2');
				const title = document.createElement('span');
				title.textContent = meta.title;
				const count = document.createElement('span');
				count.className = 'count';
				count.lang = strings.locale === 'en' ? 'en' : 'zh-CN';
				countEls.set(meta.plan, count);
				heading.append(title, ' ', count);
				const ol = document.createElement('ol');
				section.append(heading, ol);
				list.append(section);
				group = { plan: meta.plan, ol };
			}
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.href = href(meta, strings.locale);
			a.className = 'result-link';
			a.append(excerpt(meta.text, found.query.words, fold));
			const line = document.createElement('p');
			line.className = 'meta';
			line.textContent = [strings.kinds[meta.kind] ?? meta.kind, meta.section, fill(strings.line, { line: meta.line })].filter(Boolean).join(' · ');
			li.append(a, line);
			group.ol.append(li);
		}
		shown += page.length;
		showCounts();
		more.hidden = shown >= found.results.length;
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
		found = null;
		shown = 0;
		group = null;
		counts = null;
		countEls.clear();
		status.removeAttribute('aria-busy');
		if (!query) {
			status.textContent = strings.empty;
			return;
		}
		status.textContent = strings.loading;
		status.setAttribute('aria-busy', 'true');
		try {
			const answer = await search(query, filters());
			simplify = await folding();
			if (mine !== run) return;
			found = answer;
			const values = { count: answer.results.length, q: query };
			if (answer.query.symbolsOnly) {
				status.removeAttribute('aria-busy');
				status.textContent = fill(strings.symbols, { q: query, examples: strings.symbolExamples.join(strings.locale === 'en' ? ', ' : '、') });
				return;
			}
			await render(mine);
			if (mine !== run) return;
			if (answer.results.length === 0) {
				status.removeAttribute('aria-busy');
				status.textContent = fill(strings.none, values);
				return;
			}
			status.textContent = fill(strings.counting, values);
			counts = await countByPlan(answer, filters());
			if (mine !== run) return;
			showCounts();
			status.removeAttribute('aria-busy');
			status.textContent = counts ? fill(strings.found, { ...values, plans: counts.size }) : fill(strings.foundTotal, values);
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
		await render(run);
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
			const metas = await Promise.all((await search(q, f)).results.map(async (r) => (await r.data()).meta));
			return metas.map((m) => ({ plan: m.plan, title: m.title, kind: m.kind, line: Number(m.line), text: m.text, section: m.section, url: href(m, strings.locale) }));
		},
		/** How many records match and in which plans (slugs). */
		planCount: async (q: string, f?: Filters): Promise<{ count: number; plans: string[] }> => {
			const answer = await search(q, f);
			return { count: answer.results.length, plans: [...((await countByPlan(answer, f ?? {}, Infinity)) ?? new Map()).keys()] };
		},
	});
}

setup();
