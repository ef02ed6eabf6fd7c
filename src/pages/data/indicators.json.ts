import type { APIRoute } from 'astro';
import { loadPlans } from '../../lib/collections.ts';
import { indicatorRecords } from '../../lib/data.ts';

export const GET: APIRoute = async ({ site }) => Response.json(indicatorRecords(await loadPlans(), site));
