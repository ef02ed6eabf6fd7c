import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Builds the Pagefind index of the finished site through its Node API, as Starlight does. */
export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'plan-portal:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const pagefind = await import('pagefind');
				const site = fileURLToPath(dir);
				const step = async <T extends { errors: string[] }>(name: string, run: () => Promise<T>): Promise<T> => {
					let result: T;
					try {
						result = await run();
					} catch (cause) {
						throw new Error(`Pagefind failed while trying to ${name}.`, { cause });
					}
					if (result.errors.length > 0) throw new Error(`Pagefind failed while trying to ${name}.`, { cause: result.errors });
					return result;
				};
				const { index } = await step('create an index', async () => {
					const created = await pagefind.createIndex({ forceLanguage: undefined });
					return { ...created, index: created.index };
				});
				if (!index) throw new Error('Pagefind failed while trying to create an index: no index returned.');
				const added = await step(`index the built site in ${site}`, () => index.addDirectory({ path: site }));
				await step('write the index files', () => index.writeFiles({ outputPath: `${site}pagefind` }));
				await pagefind.close();
				logger.info(`Pagefind indexed ${added.page_count} pages.`);
			},
		},
	};
}
