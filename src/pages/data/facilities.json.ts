import type { APIRoute } from 'astro';
import { loadPlans } from '../../lib/collections.ts';
import { facilityRecords } from '../../lib/data.ts';

export const GET: APIRoute = async ({ site }) => Response.json(facilityRecords(await loadPlans(), site));
