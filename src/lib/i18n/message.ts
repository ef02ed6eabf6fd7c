// Dictionary strings with named placeholders: `message('找到 {count} 处“{q}”')` is called with
// `{ count, q }` at build time, and carries its template so the browser fills the same string with
// `fill(template, { count, q })` — no positional arguments, no sentinel numbers to replace.

/** The placeholder names of a template: `'找到 {count} 处“{q}”'` → `'count' | 'q'`; `{count|match|matches}` names `count`. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? (Name extends `${infer N}|${string}` ? N : Name) | Placeholders<Rest> : never;

/** A dictionary string with named placeholders: call it with their values, or hand `template` to the browser. */
export interface Message<P extends string = string> {
	(values: Record<P, string | number>): string;
	readonly template: string;
}

/**
 * Fills `{name}` placeholders of a template; a placeholder without a value stays as written.
 * `{name|one|other}` is the word that agrees with the number `name`: `{count} {count|match|matches}`
 * gives “1 match”, “2 matches” (English plurals: one for 1, other for any other number).
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
		if (!(name in values)) return whole;
		if (one === undefined) return String(values[name]);
		return Number(values[name]) === 1 ? one : (other ?? '');
	});
}

/** A message from its template; its placeholders are typed, so a caller must give every one. */
export function message<const S extends string>(template: S): Message<Placeholders<S>> {
	return Object.assign((values: Record<Placeholders<S>, string | number>) => fill(template, values), { template });
}

/** The placeholder names of a template, in order of first appearance (for parity checks between languages). */
export function placeholders(template: string): string[] {
	return [...new Set([...template.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]!))];
}
