// Dictionary strings with named placeholders: `message('找到 {count} 处“{q}”')` is called with
// `{ count, q }` at build time, and carries its template so the browser fills the same string with
// `fill(template, { count, q })` — no positional arguments, no sentinel numbers to replace.

/** The placeholder names of a template: `'找到 {count} 处“{q}”'` → `'count' | 'q'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** A dictionary string with named placeholders: call it with their values, or hand `template` to the browser. */
export interface Message<P extends string = string> {
	(values: Record<P, string | number>): string;
	readonly template: string;
}

/** Fills `{name}` placeholders of a template; a placeholder without a value stays as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A message from its template; its placeholders are typed, so a caller must give every one. */
export function message<const S extends string>(template: S): Message<Placeholders<S>> {
	return Object.assign((values: Record<Placeholders<S>, string | number>) => fill(template, values), { template });
}

/** The placeholder names of a template, in order of first appearance (for parity checks between languages). */
export function placeholders(template: string): string[] {
	return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
}
