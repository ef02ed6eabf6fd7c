import type { APIRoute } from 'astro';
import { loadPlans } from '../../lib/collections.ts';
import { projectRecords } from '../../lib/data.ts';

export const GET: APIRoute = async ({ site }) => Response.json(projectRecords(await loadPlans(), site));
