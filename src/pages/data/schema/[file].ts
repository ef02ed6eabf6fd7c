import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FILES, type DataFile, publishedSchemaOf } from '../../../schema/data.ts';
import { absolute, urls } from '../../../lib/urls.ts';

/** The JSON Schema (2020-12) of each data file at /data/schema/<file> (e.g. /data/schema/indicators.json). */
export const getStaticPaths: GetStaticPaths = () => Object.keys(DATA_FILES).map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params, site }) => {
	const file = params.file as DataFile;
	return new Response(`${JSON.stringify(publishedSchemaOf(file, absolute(urls.schema(file), site)), null, '\t')}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
