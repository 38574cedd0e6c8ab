/**
 * pdf-parse loads pdf.js's legacy build, whose core-js polyfills replace Array.prototype.push,
 * JSON.parse and Function.prototype.toString with JavaScript versions for the whole thread, where
 * Node's own are correct for everything pdf.js does. Every `push` in planmine then runs the slow
 * copy. This module is imported before pdf-parse, keeps the built-ins as they were, and puts them
 * back once pdf.js is loaded.
 */
const KEPT: [owner: object, name: string, key: string][] = [
  [Array.prototype, 'Array.prototype', 'push'],
  [JSON, 'JSON', 'parse'],
  [Function.prototype, 'Function.prototype', 'toString'],
];

const valueOf = (owner: object, key: string): unknown => (owner as Record<string, unknown>)[key];
const natives = KEPT.map(([owner, name, key]) => ({ owner, name, key, value: valueOf(owner, key) }));

export function restoreNativeBuiltins(): void {
  for (const { owner, key, value } of natives) {
    if (valueOf(owner, key) !== value) Object.defineProperty(owner, key, { value, writable: true, configurable: true, enumerable: false });
  }
}

/** The built-ins that differ from the ones found before pdf-parse was loaded, by name. */
export function replacedBuiltins(): string[] {
  return natives.filter(({ owner, key, value }) => valueOf(owner, key) !== value).map(({ name, key }) => `${name}.${key}`);
}
