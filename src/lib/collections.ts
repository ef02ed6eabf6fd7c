import { getCollection } from 'astro:content';
import type { Plan } from '../schema/plan.ts';

let last: { data: Plan[]; sorted: Plan[] } | null = null;

/**
 * All plans, in a stable order (province, city, region). While the store entries are the same (within
 * a build they always are; `astro dev` changes them on an edit) the same array is returned, so what is
 * derived from it can be reused by identity (src/lib/data.ts) and the sort runs once.
 */
export async function loadPlans(): Promise<Plan[]> {
	const data = (await getCollection('plans')).map((e) => e.data);
	if (last && last.data.length === data.length && data.every((d, k) => d === last?.data[k])) return last.sorted;
	const sorted = [...data].sort((a, b) => `${a.region.province}${a.region.city}${a.region.name}${a.slug}`.localeCompare(`${b.region.province}${b.region.city}${b.region.name}${b.slug}`, 'zh-CN'));
	last = { data, sorted };
	return sorted;
}
