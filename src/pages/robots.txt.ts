import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/views/meta.ts';

/** /robots.txt: every page may be crawled (search pages say noindex themselves); where the sitemap is. */
export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
