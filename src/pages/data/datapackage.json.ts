import type { APIRoute } from 'astro';
import { loadPlans } from '../../lib/collections.ts';
import { dataPackage } from '../../lib/open-data.ts';

/** /data/datapackage.json: the Frictionless Data Package of every download (src/lib/open-data.ts). */
export const GET: APIRoute = async ({ site }) => new Response(`${JSON.stringify(dataPackage(await loadPlans(), site), null, '\t')}\n`, { headers: { 'Content-Type': 'application/json' } });
