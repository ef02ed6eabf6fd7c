import type { APIRoute } from 'astro';
import { loadPlans } from '../../lib/collections.ts';
import { toCsv } from '../../lib/csv.ts';
import { PROJECT_CSV_COLUMNS, projectCsvRows, projectRecords } from '../../lib/data.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(toCsv(PROJECT_CSV_COLUMNS, projectCsvRows(projectRecords(await loadPlans(), site))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
