import { getCollection } from 'astro:content';
import type { Plan } from '../schema/plan.ts';

/** All plans, in a stable order (province, city, region), loaded once per build. */
export async function loadPlans(): Promise<Plan[]> {
	const entries = await getCollection('plans');
	return entries
		.map((e) => e.data)
		.sort((a, b) => `${a.region.province}${a.region.city}${a.region.name}${a.slug}`.localeCompare(`${b.region.province}${b.region.city}${b.region.name}${b.slug}`, 'zh-CN'));
}
