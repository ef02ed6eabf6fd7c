import type { APIRoute } from 'astro';
import { loadPlans } from '../../lib/collections.ts';
import { projectRecords } from '../../lib/data.ts';
import { xlsxOf } from '../../lib/xlsx.ts';

/** /data/projects.xlsx: the projects as a spreadsheet with typed cells and a licence sheet (src/lib/xlsx.ts). */
export const GET: APIRoute = async ({ site }) =>
	new Response(new Uint8Array(await xlsxOf('projects', projectRecords(await loadPlans(), site), site)), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
