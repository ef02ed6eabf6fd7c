import type { APIRoute } from 'astro';
import { loadPlans } from '../../lib/collections.ts';
import { planRecords } from '../../lib/data.ts';

export const GET: APIRoute = async ({ site }) => Response.json(planRecords(await loadPlans(), site));
