// The search page: Pagefind's JS API over paragraph, target and project records.
import { containsAll, planQuery } from '../lib/search/query.ts';

interface Strings {
	loading: string;
	empty: string;
	none: string;
	found: string;
	more: string;
	kinds: Record<string, string>;
	line: string;
	locale: 'zh' | 'en';
}
interface Hit {
	url: string;
	content: string;
	meta: { title: string; section: string; text: string; kind: string; line: string };
	filters: Record<string, string[]>;
}
interface Result {
	id: string;
	data(): Promise<Hit>;
}
interface Response {
	results: Result[];
	/** Per filter value, how many of these results carry it (Pagefind counts after exact matching). */
	filters: Record<string, Record<string, number>>;
}
interface Pagefind {
	init(): Promise<void>;
	filters(): Promise<unknown>;
	search(term: string, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<Response>;
}
/** A search's answer: every matching record (data loaded on demand) and the plans (region names) they come from. */
export interface Found {
	words: string[];
	results: Result[];
	plans: string[];
}

const PAGE = 30;
let pagefind: Promise<Pagefind> | null = null;

function load(): Promise<Pagefind> {
	pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (m: Pagefind) => {
		await m.init();
		// Loaded once, so that every answer carries its per-plan counts.
		await m.filters();
		return m;
	});
	return pagefind;
}

const once = (result: Result): Result => {
	let data: Promise<Hit> | null = null;
	return { id: result.id, data: () => (data ??= result.data()) };
};

/** Every record containing all the query's words, exactly (the site's search in one call). */
export async function search(query: string, filters: Record<string, string> = {}): Promise<Found> {
	const plan = planQuery(query);
	if (plan.searches.length === 0) return { words: plan.words, results: [], plans: [] };
	const engine = await load();
	const [first, ...rest] = await Promise.all(plan.searches.map((term) => engine.search(term, { filters, sort: { order: 'asc' } })));
	let results = first!.results.map(once);
	for (const other of rest) {
		const ids = new Set(other.results.map((r) => r.id));
		results = results.filter((r) => ids.has(r.id));
	}
	if (plan.exact) {
		const plans = Object.entries(first!.filters.plan ?? {}).filter(([, n]) => n > 0).map(([p]) => p);
		return { words: plan.words, results, plans };
	}
	// Several words, or words with more than Chinese characters: Pagefind's answer is wider than
	// the query, so every candidate is read and checked.
	const hits = await Promise.all(results.map((r) => r.data()));
	const kept = results.filter((_, k) => containsAll(`${hits[k]!.meta.text} ${hits[k]!.content}`, plan.words));
	const plans = [...new Set((await Promise.all(kept.map((r) => r.data()))).map((h) => h.filters.plan?.[0] ?? h.meta.title))];
	return { words: plan.words, results: kept, plans };
}

function excerpt(text: string, words: string[]): DocumentFragment {
	const lower = text.toLowerCase();
	const first = Math.min(...words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0), text.length);
	const start = Math.max(0, first - 40);
	const slice = (start > 0 ? '…' : '') + text.slice(start, start + 140) + (start + 140 < text.length ? '…' : '');
	const fragment = document.createDocumentFragment();
	const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
	for (const part of slice.split(pattern)) {
		if (!part) continue;
		if (words.some((w) => w.toLowerCase() === part.toLowerCase())) {
			const mark = document.createElement('mark');
			mark.textContent = part;
			fragment.append(mark);
		} else fragment.append(part);
	}
	return fragment;
}

function setup(): void {
	const form = document.querySelector<HTMLFormElement>('#search-form');
	const input = document.querySelector<HTMLInputElement>('#q');
	const status = document.querySelector<HTMLElement>('#search-status');
	const list = document.querySelector<HTMLOListElement>('#search-results');
	const more = document.querySelector<HTMLButtonElement>('#search-more');
	if (!form || !input || !status || !list || !more) return;
	const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
	const prefix = strings.locale === 'en' ? '/en' : '';
	let found: Found = { words: [], results: [], plans: [] };
	let shown = 0;
	let run = 0;

	const filters = (): Record<string, string> => {
		const out: Record<string, string> = {};
		for (const name of ['plan', 'kind', 'province']) {
			const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
			if (value) out[name] = value;
		}
		return out;
	};

	/** Appends the next page of results (their fragments are fetched only now). */
	const render = async (mine: number): Promise<void> => {
		const page = await Promise.all(found.results.slice(shown, shown + PAGE).map((r) => r.data()));
		if (mine !== run) return;
		for (const hit of page) {
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.href = prefix + hit.url;
			a.className = 'result-link';
			a.append(excerpt(hit.meta.text, found.words));
			const meta = document.createElement('p');
			meta.className = 'meta';
			meta.textContent = [hit.meta.title, strings.kinds[hit.meta.kind] ?? hit.meta.kind, hit.meta.section, hit.meta.line ? strings.line.replace('{n}', hit.meta.line) : ''].filter(Boolean).join(' · ');
			li.append(a, meta);
			list.append(li);
		}
		shown += page.length;
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
		if (!query) {
			status.textContent = strings.empty;
			return;
		}
		status.textContent = strings.loading;
		const answer = await search(query, filters());
		if (mine !== run) return;
		found = answer;
		shown = 0;
		await render(mine);
		if (mine !== run) return;
		const n = found.results.length;
		status.textContent = n === 0 ? strings.none.replace('{q}', query) : strings.found.replace('-1', String(n)).replace('-2', String(found.plans.length)).replace('{q}', query);
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
	for (const name of ['plan', 'kind', 'province']) {
		const select = form.elements.namedItem(name) as HTMLSelectElement | null;
		if (select && params.get(name)) select.value = params.get(name) as string;
	}
	input.focus();
	if (input.value) void go(false);
	// For tests and tools: the same search the page runs, as plain data.
	Object.assign(window, {
		/** Every matching record, loaded. */
		planSearch: async (q: string, f?: Record<string, string>): Promise<Hit[]> => Promise.all((await search(q, f)).results.map((r) => r.data())),
		/** How many records match and in which plans (region names), without loading them. */
		planCount: async (q: string, f?: Record<string, string>): Promise<{ count: number; plans: string[] }> => {
			const { results, plans } = await search(q, f);
			return { count: results.length, plans };
		},
	});
}

setup();
