// The search page: paragraph, target and project records indexed as folded character pairs
// (src/lib/search/tokens.ts) in shards of plans (search-engine.ts), results grouped by plan with
// their counts. The first results are shown as soon as the shards searched so far hold a page of
// them; the remaining shards are searched after, for the counts.
import { fill } from '../lib/i18n/message.ts';
import { excerptWindow } from '../lib/search/excerpt.ts';
import { foldChars, occurrences, type Simplify } from '../lib/search/fold.ts';
import { HIGHLIGHT_PARAM } from '../lib/search/highlight.ts';
import type { RecordMeta } from '../lib/search/pagefind.ts';
import { urls, type Locale } from '../lib/urls.ts';
import { chunkPlan, folding, startSearch, type Filters, type Result, type Search } from './search-engine.ts';

const HAN = /\p{Script=Han}/u;
/** Results shown at once, and per press of "more". */
const PAGE = 30;
/** Results whose data a new list fetches before the others': about what a phone's first screen shows. */
const FIRST_SCREEN = 4;
const FILTERS = ['plan', 'kind', 'province'] as const;
/** Shards searched without asking once there are results to show (~200 plans at 12 a shard); the rest on the reader's request. The form's data-auto-shards overrides it (tests). */
const AUTO_SHARDS = 16;

/**
 * Writes a status message into `el`, its `{name}` placeholders filled; the echoed query is marked
 * `lang="zh-CN"` when it holds Chinese and the page is not Chinese, so screen readers switch voice.
 */
function say(el: HTMLElement, template: string, values: Readonly<Record<string, string | number>>, pageLang: string): void {
	el.replaceChildren();
	for (const [k, piece] of template.split(/(\{q\})/).entries()) {
		if (k % 2 === 0) {
			if (piece) el.append(fill(piece, values));
			continue;
		}
		const q = String(values.q ?? '');
		if (!HAN.test(q) || pageLang.startsWith('zh')) {
			el.append(q);
			continue;
		}
		const span = document.createElement('span');
		span.lang = 'zh-CN';
		span.textContent = q;
		el.append(span);
	}
}

/** Interface strings handed over by the page (templates with named placeholders). */
interface Strings {
	loading: string;
	empty: string;
	none: string;
	found: string;
	foundTotal: string;
	partial: string;
	searchAll: string;
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
/** What a history entry of the search page remembers: how many results were shown, how far the page was scrolled. */
interface ListState {
	shown?: number;
	scroll?: number;
}
/** Where a result opens, on this page's language. */
const href = (meta: RecordMeta, locale: Locale): string => (meta.opens.startsWith('#') ? urls.anchor(meta.plan, meta.opens.slice(1), locale) : urls.indicator(meta.plan, meta.opens, locale));

/** Which code points of a printed text a query's words match (matched on the folded text, marked on the printed one). */
function matches(text: string, words: string[][], fold: (t: string) => string[]): { printed: string[]; marked: boolean[] } {
	const printed = [...text];
	const folded = fold(text);
	const marked = new Array<boolean>(printed.length).fill(false);
	for (const word of words) for (const at of occurrences(folded, word)) for (let k = at; k < at + word.length; k++) marked[k] = true;
	return { printed, marked };
}

/** The printed forms of the matches (醫療機構 finds and marks 医疗机构), for the page the result opens to mark. */
function printedMatches(printed: string[], marked: boolean[]): string[] {
	const out = new Set<string>();
	for (let k = 0; k < printed.length; k++) {
		if (!marked[k]) continue;
		let j = k;
		while (j < printed.length && marked[j]) j++;
		out.add(printed.slice(k, j).join(''));
		k = j;
	}
	return [...out];
}

/** A result's link with the printed forms of its matches (`?hl=`), which the opened page marks (src/scripts/highlight.ts). */
function withHighlight(link: string, terms: string[]): string {
	if (terms.length === 0) return link;
	const hash = link.indexOf('#');
	const [path, anchor] = hash < 0 ? [link, ''] : [link.slice(0, hash), link.slice(hash)];
	return `${path}?${new URLSearchParams(terms.map((t) => [HIGHLIGHT_PARAM, t]))}${anchor}`;
}

/** The part of a printed text around its first match, with every match marked; it starts and ends at a boundary (src/lib/search/excerpt.ts). */
function excerpt(printed: string[], marked: boolean[]): DocumentFragment {
	const { start, end } = excerptWindow(printed, marked);
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
	const searchAll = document.querySelector<HTMLButtonElement>('#search-all');
	if (!form || !input || !status || !list || !more || !searchAll) return;
	const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
	let run = 0;
	let found: Search | null = null;
	let simplify: Simplify = (ch) => ch;
	let shown = 0;
	/** Renders run one after another (the search and the "more" button may both ask for some). */
	let rendering: Promise<void> = Promise.resolve();
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

	/** Empties the result list. */
	const clearList = () => {
		list.replaceChildren();
		shown = 0;
		group = null;
		countEls.clear();
	};

	const showCounts = () => {
		for (const [plan, el] of countEls) el.textContent = counts?.has(plan) ? fill(strings.group, { count: counts.get(plan)! }) : '';
	};

	/** Appends the results found so far up to the `limit`-th (their data is fetched only now), each under its plan's heading. */
	const render = (mine: number, limit: number, source?: Result[]): Promise<void> => {
		const next = rendering.then(() => renderNow(mine, limit, source));
		// A failed render reports to its caller; the next one still runs.
		rendering = next.catch(() => undefined);
		return next;
	};
	/**
	 * Appends results in order as their data arrive. A new list fetches the data of its first
	 * FIRST_SCREEN results alone, then the rest at once (on a slow network the first result does not
	 * share the bandwidth with the thirtieth); more results are all fetched at once.
	 */
	const renderNow = async (mine: number, limit: number, source?: Result[]): Promise<void> => {
		if (!found || mine !== run) return;
		const wanted = (source ?? found.results).slice(shown, limit);
		const first = shown === 0 ? FIRST_SCREEN : wanted.length;
		const pending: Promise<{ meta: RecordMeta }>[] = wanted.slice(0, first).map((r) => r.data());
		const fold = (t: string) => foldChars(t, simplify);
		for (let k = 0; k < wanted.length; k++) {
			if (k === pending.length) pending.push(...wanted.slice(k).map((r) => r.data()));
			const { meta } = await pending[k]!;
			if (mine !== run || !found) return;
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
			const { printed, marked } = matches(meta.text, found.query.words, fold);
			a.href = withHighlight(href(meta, strings.locale), printedMatches(printed, marked));
			a.className = 'result-link';
			a.append(excerpt(printed, marked));
			const line = document.createElement('p');
			line.className = 'meta';
			line.textContent = [strings.kinds[meta.kind] ?? meta.kind, meta.section, fill(strings.line, { line: meta.line })].filter(Boolean).join(' · ');
			li.append(a, line);
			group.ol.append(li);
			shown++;
		}
		showCounts();
		more.hidden = shown >= found.results.length && found.done;
	};

	/** The status once a search stops: found (with counts by plan), nothing, or found so far with the rest offered. */
	const report = async (answer: Search, mine: number, query: string): Promise<void> => {
		const lang = document.documentElement.lang;
		if (answer.results.length === 0 && answer.done) {
			status.removeAttribute('aria-busy');
			say(status, strings.none, { count: 0, q: query }, lang);
			return;
		}
		counts = await answer.counts();
		if (mine !== run) return;
		showCounts();
		more.hidden = shown >= answer.results.length && answer.done;
		status.removeAttribute('aria-busy');
		const values = { count: answer.results.length, q: query };
		if (!answer.done) {
			const { searched, rest } = answer.plans();
			say(status, strings.partial, { ...values, searched, rest }, lang);
			searchAll.textContent = fill(strings.searchAll, { rest });
			searchAll.hidden = false;
			return;
		}
		searchAll.hidden = true;
		say(status, counts ? strings.found : strings.foundTotal, counts ? { ...values, plans: counts.size } : values, lang);
	};

	/**
	 * Searches the answer's shards in result order: the first results appear with the first shard
	 * that holds any; the page fills up to PAGE from the following ones; further shards are searched
	 * for the counts — all of them if `all`, else up to AUTO_SHARDS once there is something to show
	 * (the reader is then offered the rest: a national corpus is many megabytes of index).
	 */
	const proceed = async (answer: Search, mine: number, query: string, all: boolean): Promise<void> => {
		status.setAttribute('aria-busy', 'true');
		// A query that reads several index chunks shows its first matches from one (Search.preview).
		const first = shown === 0 ? await answer.preview(FIRST_SCREEN) : null;
		if (mine !== run) return;
		if (first?.length) await render(mine, FIRST_SCREEN, first);
		for (;;) {
			if (answer.results.length > shown && shown < PAGE) await render(mine, PAGE);
			if (mine !== run) return;
			if (answer.done || (!all && shown > 0 && answer.searched >= (Number(form.dataset.autoShards) || AUTO_SHARDS))) break;
			if (shown > 0) say(status, strings.counting, { count: answer.results.length, q: query }, document.documentElement.lang);
			await answer.next();
			if (mine !== run) return;
			if (!answer.previewHeld && shown > 0) {
				// The shard's full search did not begin with the matches shown first: the list is drawn again.
				answer.previewHeld = true;
				await rendering;
				clearList();
			}
		}
		await report(answer, mine, query);
	};

	/** The URL of the form's query and filters. */
	const formUrl = (): string => {
		const params = new URLSearchParams();
		const query = input.value.trim();
		if (query) params.set('q', query);
		for (const [k, v] of Object.entries(filters())) params.set(k, v);
		return `${location.pathname}${params.size ? `?${params}` : ''}`;
	};

	/**
	 * Runs the form's search. `push`: a new query or filter, its own history entry (Back returns to
	 * the one before). `restore`: the entry's state when the reader comes back to it (Back, or a
	 * reload): as many results as were shown, and the scroll position, once they are on the page.
	 */
	const go = async (push: boolean, restore?: ListState | null) => {
		const query = input.value.trim();
		const mine = ++run;
		if (push) {
			const url = formUrl();
			if (url !== `${location.pathname}${location.search}`) history.pushState({ shown: PAGE } satisfies ListState, '', url);
		}
		clearList();
		more.hidden = true;
		searchAll.hidden = true;
		found = null;
		counts = null;
		status.removeAttribute('aria-busy');
		if (!query) {
			status.textContent = strings.empty;
			return;
		}
		status.textContent = strings.loading;
		status.setAttribute('aria-busy', 'true');
		try {
			const answer = await startSearch(query, filters());
			simplify = await folding();
			if (mine !== run) return;
			found = answer;
			if (answer.query.symbolsOnly) {
				status.removeAttribute('aria-busy');
				say(status, strings.symbols, { q: query, examples: strings.symbolExamples.join(strings.locale === 'en' ? ', ' : '、') }, document.documentElement.lang);
				return;
			}
			await proceed(answer, mine, query, false);
			if (mine !== run || !restore) return;
			if ((restore.shown ?? 0) > shown) {
				await answer.ensure(restore.shown!);
				await render(mine, restore.shown!);
				if (!searchAll.hidden) await report(answer, mine, query);
			}
			if (mine === run && restore.scroll) scrollTo(0, restore.scroll);
		} catch (error) {
			if (mine !== run) return;
			status.removeAttribute('aria-busy');
			status.textContent = strings.failed;
			console.error(error);
		}
	};

	/** Records in the current history entry how many results are shown and where the page is scrolled. */
	const remember = (change: ListState) => history.replaceState({ ...(history.state as ListState | null), ...change }, '');
	// The page restores its own scroll position once the results are back (the browser's would come before them).
	history.scrollRestoration = 'manual';
	list.addEventListener('click', (event) => {
		if ((event.target as Element).closest('a')) remember({ scroll: scrollY });
	});
	addEventListener('pagehide', () => remember({ scroll: scrollY }));
	addEventListener('popstate', (event) => {
		fromUrl();
		void go(false, (event.state as ListState | null) ?? { shown: PAGE });
	});

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void go(true);
	});
	form.addEventListener('change', () => void go(true));
	more.addEventListener('click', async () => {
		const from = shown;
		const mine = run;
		await found?.ensure(shown + PAGE);
		if (mine !== run) return;
		await render(mine, shown + PAGE);
		remember({ shown });
		list.querySelectorAll<HTMLAnchorElement>('a.result-link')[from]?.focus();
		if (found && !searchAll.hidden) await report(found, mine, input.value.trim());
	});
	searchAll.addEventListener('click', async () => {
		if (!found) return;
		searchAll.hidden = true;
		await proceed(found, run, input.value.trim(), true);
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

	/** The form as the URL says: query and filters. */
	function fromUrl(): void {
		const params = new URLSearchParams(location.search);
		input!.value = params.get('q') ?? '';
		for (const name of FILTERS) {
			const select = form!.elements.namedItem(name) as HTMLSelectElement | null;
			if (select) select.value = params.get(name) ?? '';
		}
	}
	fromUrl();
	// The search starts before the focus: focusing lays the page out (its first layout loads the CJK
	// fonts, ~200 ms in a fresh tab), which the index fetches can overlap. Coming back to the page
	// (Back, reload), its entry's state brings back the results shown and the scroll position.
	const back = history.state as ListState | null;
	if (input.value) void go(false, back);
	input.focus({ preventScroll: Boolean(back?.scroll) });
	// For tests and tools: the same search the page runs, as plain data.
	Object.assign(window, {
		/** Every matching record, loaded: plan slug, kind, line, printed text, link. */
		planSearch: async (q: string, f?: Filters) => {
			const answer = await startSearch(q, f);
			await answer.finish();
			const metas = await Promise.all(answer.results.map(async (r) => (await r.data()).meta));
			const simplifier = await folding();
			return metas.map((m) => {
				const { printed, marked } = matches(m.text, answer.query.words, (t) => foldChars(t, simplifier));
				const { start, end } = excerptWindow(printed, marked);
				// The quote the result list shows: code point offsets into the text (`[...text]`).
				const quote = { start, end, text: printed.slice(start, end).join('') };
				return { plan: m.plan, title: m.title, kind: m.kind, line: Number(m.line), text: m.text, section: m.section, url: href(m, strings.locale), link: withHighlight(href(m, strings.locale), printedMatches(printed, marked)), quote };
			});
		},
		/** The first shard a query searches, the index chunks it reads there, and the one its first results come from. */
		planChunks: chunkPlan,
		/** How many records match and in which plans (slugs), and how many shards were searched of how many. */
		planCount: async (q: string, f?: Filters): Promise<{ count: number; plans: string[]; shards: number }> => {
			const answer = await startSearch(q, f);
			await answer.finish();
			const plans = new Set((await Promise.all(answer.results.map((r) => r.data()))).map((d) => d.meta.plan));
			return { count: answer.results.length, plans: [...plans], shards: answer.shards.length };
		},
	});
}

setup();
