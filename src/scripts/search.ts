// The search page: Pagefind's JS API over paragraph, target and project records.
import { queryWords, segmentQuery } from '../lib/search/query.ts';

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
interface Pagefind {
	init(): Promise<void>;
	search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<Hit> }[] }>;
}

const PAGE = 30;
let pagefind: Promise<Pagefind> | null = null;

function load(): Promise<Pagefind> {
	pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (m: Pagefind) => {
		await m.init();
		return m;
	});
	return pagefind;
}

/** Every record containing all the query's words, exactly, with its data (the site's search in one call). */
export async function search(query: string, filters: Record<string, string> = {}, limit = Infinity): Promise<Hit[]> {
	const words = queryWords(query);
	if (words.length === 0) return [];
	const engine = await load();
	const { results } = await engine.search(segmentQuery(query), { filters });
	const hits: Hit[] = [];
	for (const result of results) {
		if (hits.length >= limit) break;
		const hit = await result.data();
		const haystack = `${hit.meta.text} ${hit.content}`.toLowerCase();
		if (words.every((w) => haystack.includes(w.toLowerCase()))) hits.push(hit);
	}
	return hits;
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
	let hits: Hit[] = [];
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

	const render = (words: string[]) => {
		for (const hit of hits.slice(shown, shown + PAGE)) {
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.href = prefix + hit.url;
			a.className = 'result-link';
			a.append(excerpt(hit.meta.text, words));
			const meta = document.createElement('p');
			meta.className = 'meta';
			meta.textContent = [hit.meta.title, strings.kinds[hit.meta.kind] ?? hit.meta.kind, hit.meta.section, hit.meta.line ? strings.line.replace('{n}', hit.meta.line) : ''].filter(Boolean).join(' · ');
			li.append(a, meta);
			list.append(li);
		}
		shown = Math.min(hits.length, shown + PAGE);
		more.hidden = shown >= hits.length;
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
		const found = await search(query, filters());
		if (mine !== run) return;
		hits = found;
		shown = 0;
		const plans = new Set(hits.map((h) => h.meta.title)).size;
		status.textContent = hits.length === 0 ? strings.none.replace('{q}', query) : strings.found.replace('-1', String(hits.length)).replace('-2', String(plans)).replace('{q}', query);
		render(query.split(/\s+/));
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void go(true);
	});
	form.addEventListener('change', () => void go(true));
	more.addEventListener('click', () => {
		render(input.value.trim().split(/\s+/));
		list.querySelectorAll<HTMLAnchorElement>('a.result-link')[shown - PAGE]?.focus();
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
	// For tests and tools: the same search the page runs.
	(window as unknown as { planSearch: typeof search }).planSearch = search;
}

setup();
