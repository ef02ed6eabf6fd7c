import type { APIRoute } from 'astro';
import { loadPlans } from '../../lib/collections.ts';
import { toCsv } from '../../lib/csv.ts';
import { INDICATOR_CSV_COLUMNS, indicatorCsvRows, indicatorRecords } from '../../lib/data.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(toCsv(INDICATOR_CSV_COLUMNS, indicatorCsvRows(indicatorRecords(await loadPlans(), site))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
