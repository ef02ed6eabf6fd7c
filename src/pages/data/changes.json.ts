import type { APIRoute } from 'astro';
import { loadPlans } from '../../lib/collections.ts';
import { changeRecords } from '../../lib/data.ts';

/** What changed between the versions of each plan: one record per pair of kept versions. */
export const GET: APIRoute = async ({ site }) => Response.json(changeRecords(await loadPlans(), site));
