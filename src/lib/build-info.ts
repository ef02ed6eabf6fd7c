// What a build says about itself: the public address its links point at, the date it carries and the
// version of the data. Read by the data files, the feeds, the Data Package and the page heads.
import { execFileSync } from 'node:child_process';
import pkg from '../../package.json' with { type: 'json' };
import { PLACEHOLDER_SITE } from './urls.ts';

export { PLACEHOLDER_SITE };

/** Version of the published data (the package version; bumped when the contract changes). */
export const DATA_VERSION: string = pkg.version;

let built: string | null = null;

/**
 * The date-time the build carries (RFC 3339, UTC, whole seconds): SOURCE_DATE_EPOCH when set, else
 * the date of the commit being built, else now. Two builds of one commit carry the same date, so
 * the output stays reproducible.
 */
export function buildDate(): string {
	if (built) return built;
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	let date: Date | null = Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : null;
	if (!date) {
		try {
			const out = execFileSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
			if (out) date = new Date(out);
		} catch {
			date = null;
		}
	}
	built = (date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
	return built;
}

/**
 * The warning a build prints when SITE_URL is unset (undefined when it is set): every canonical link,
 * hreflang, sitemap entry, feed link and data `url` would point at the placeholder address.
 */
export function siteUrlWarning(env: Record<string, string | undefined> = process.env): string | undefined {
	if (env.SITE_URL) return undefined;
	return [
		`SITE_URL is not set: every canonical link, hreflang, sitemap and feed entry, share card and data "url" of this build points at ${PLACEHOLDER_SITE}, a placeholder.`,
		'Set it to the public address before building for publication, e.g. SITE_URL=https://plans.example.gov.cn npm run build',
	].join('\n');
}

const committed = new Map<string, Map<string, string>>();

/**
 * When each file directly in `dir` was last committed (file name → RFC 3339 date-time, UTC), read
 * from git in one call; files git does not know (an uncommitted plan, a corpus outside the repository)
 * are absent.
 */
export function commitDates(dir: string): Map<string, string> {
	const known = committed.get(dir);
	if (known) return known;
	const dates = new Map<string, string>();
	try {
		const out = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--', '.'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
		for (const commit of out.split('\0').slice(1)) {
			const [date = '', ...files] = commit.split('\n').filter(Boolean);
			const iso = new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
			for (const file of files) if (!file.includes('/') && !dates.has(file)) dates.set(file, iso);
		}
	} catch {
		// Not a git work tree (or no git): no dates.
	}
	committed.set(dir, dates);
	return dates;
}
