import { paragraphAnchor, statusRank } from '../shared/ids.ts';
import type { Plan, PlanStatus, RetiredItem, VersionRef } from '../schema/plan.ts';
import { versionSerials, type Ledger, type LedgerItem } from './ledger.ts';
import type { Tombstone } from './mdx.ts';

/**
 * The versions a ledger records, in publication order (by date, then status: 草稿 before 征求意见稿
 * before 印发稿; undated ones by the order they were recorded). `kept(file, sha256)` says whether a
 * version's text is still in seeds/ (false for a text later written over in place).
 */
export function versionList(ledger: Ledger, kept: (file: string, sha256: string) => boolean): VersionRef[] {
	const list = ledger.versions.map((v, k) => ({ v, k }));
	list.sort((a, b) => {
		if (a.v.date && b.v.date && a.v.date !== b.v.date) return a.v.date < b.v.date ? -1 : 1;
		const rank = statusRank(a.v.status) - statusRank(b.v.status);
		if (a.v.date && b.v.date && rank !== 0) return rank;
		return a.k - b.k;
	});
	return list.map(({ v }) => ({ key: v.key, status: v.status as PlanStatus, date: v.date, file: v.file, sha256: v.sha256, kept: kept(v.file, v.sha256) }));
}

const retiredItem = (item: LedgerItem): RetiredItem => ({ id: item.id, name: item.seen.name, text: item.seen.text, year: item.seen.year, file: item.seen.file, line: item.seen.line, quote: item.seen.quote, anchor: paragraphAnchor(item.serial), first: item.first, last: item.last });

/**
 * What the earlier versions of a plan had that the text `plan` (its latest) does not: paragraph
 * anchors (with the text they showed, the last version holding them and the live anchor they
 * followed there), targets and projects (as last seen). Pure; from the ledger.
 */
export function retiredFrom(ledger: Ledger, plan: Pick<Plan, 'indicators' | 'projects'>, liveSerials: Set<number>, order: VersionRef[]): Plan['retired'] {
	const rank = new Map(order.map((v, k) => [v.key, k]));
	const liveTargets = new Set(plan.indicators.map((i) => i.id));
	const liveProjects = new Set(plan.projects.map((p) => p.id));
	const paragraphs: Plan['retired']['paragraphs'] = [];
	const serialsOf = new Map(ledger.versions.map((v) => [v.key, versionSerials(ledger, v)]));
	const byOrder = [...ledger.versions].sort((a, b) => (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0));
	const seen = new Set<number>();
	for (const version of byOrder) {
		const serials = serialsOf.get(version.key) ?? [];
		serials.forEach((s, k) => {
			if (liveSerials.has(s)) return;
			let after: string | null = null;
			for (let j = k - 1; j >= 0; j--) {
				if (liveSerials.has(serials[j] as number)) {
					after = paragraphAnchor(serials[j] as number);
					break;
				}
			}
			const last = [...byOrder].reverse().find((v) => serialsOf.get(v.key)?.includes(s))?.key ?? version.key;
			if (seen.has(s)) return;
			seen.add(s);
			paragraphs.push({ id: paragraphAnchor(s), text: ledger.units[String(s)] ?? '', last, after });
		});
	}
	paragraphs.sort((a, b) => Number(a.id.slice(2)) - Number(b.id.slice(2)));
	return {
		paragraphs,
		targets: ledger.targets.filter((t) => !liveTargets.has(t.id)).map(retiredItem),
		projects: ledger.projects.filter((p) => !liveProjects.has(p.id)).map(retiredItem),
	};
}

/** Line-based ids published before ids were lasting, and the id each now is. */
export function aliasesFrom(ledger: Ledger): Plan['aliases'] {
	return [
		...ledger.targets.filter((t) => t.legacy).map((t) => ({ kind: 'target' as const, from: t.legacy as string, to: t.id })),
		...ledger.projects.filter((p) => p.legacy).map((p) => ({ kind: 'project' as const, from: p.legacy as string, to: p.id })),
	];
}

/** How a version is named in a sentence: `草稿（2020-11-17）`. */
export const versionLabel = (v: Pick<VersionRef, 'status' | 'date'> | undefined): string => (v ? `${v.status ?? '文本'}${v.date ? `（${v.date}）` : ''}` : '早先版本');

/**
 * The tombstone of each retired paragraph, placed after the live unit it followed (`lineOf` gives a
 * serial's line in this text), quoting it and linking to it in the last version that had it (when kept).
 */
export function tombstones(retired: Plan['retired']['paragraphs'], lineOf: (serial: number) => number | null, versions: VersionRef[], current: VersionRef, slug: string): Tombstone[] {
	return retired.map((r) => {
		const last = versions.find((v) => v.key === r.last);
		const text = r.text.length > 80 ? `${r.text.slice(0, 80)}…` : r.text;
		return {
			id: r.id,
			afterLine: r.after ? lineOf(Number(r.after.slice(2))) : null,
			message: `〔此处原有一段，${versionLabel(current)}中已删去；原文见${versionLabel(last)}：“${text}”〕`,
			href: last?.kept ? `/plans/${slug}/v/${last.key}/#${r.id}` : null,
		};
	});
}
