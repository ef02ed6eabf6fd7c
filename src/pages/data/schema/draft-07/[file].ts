import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FILES, type DataFile, publishedSchemaOf } from '../../../../schema/data.ts';
import { absolute, urls } from '../../../../lib/urls.ts';

/** The same schemas in JSON Schema draft-07 (/data/schema/draft-07/<file>), for validators that default to it (`new Ajv()`). */
export const getStaticPaths: GetStaticPaths = () => Object.keys(DATA_FILES).map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params, site }) => {
	const file = params.file as DataFile;
	return new Response(`${JSON.stringify(publishedSchemaOf(file, absolute(urls.schema(file, 'draft-07'), site), 'draft-07'), null, '\t')}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
