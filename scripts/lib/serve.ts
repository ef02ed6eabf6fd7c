import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
};

/** Rules of a Netlify-style `_headers` file: path pattern (`/*`, `/data/*`) → headers. */
function readHeaders(root: string): { prefix: string; headers: [string, string][] }[] {
	const file = join(root, '_headers');
	if (!existsSync(file)) return [];
	const rules: { prefix: string; headers: [string, string][] }[] = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (/^\//.test(line)) rules.push({ prefix: line.trim().replace(/\*$/, ''), headers: [] });
		else if (/^\s+\S+:/.test(line) && rules.length) {
			const [name, ...value] = line.trim().split(':');
			rules.at(-1)?.headers.push([name as string, value.join(':').trim()]);
		}
	}
	return rules;
}

/** Serves a built site on a free loopback port, as a static host would (directory → index.html, `_headers` applied). */
export async function serveDist(dir: string): Promise<{ url: string; close: () => void }> {
	const root = resolve(dir);
	const rules = readHeaders(root);
	const zipped = new Map<string, Buffer>();
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		for (const rule of rules) if (path.startsWith(rule.prefix)) for (const [name, value] of rule.headers) res.setHeader(name, value);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return void res.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>404</h1>');
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		// Text gzipped when the browser accepts it, as static hosts send it (the index files are gzipped already).
		if (/^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			let body = zipped.get(file);
			if (!body) zipped.set(file, (body = gzipSync(readFileSync(file))));
			res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
			return void res.end(body);
		}
		res.writeHead(200, { 'Content-Type': type });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}
