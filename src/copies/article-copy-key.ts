// What the worker hands the writer for each article's copy lookup, computed once, off the main thread.
import { articleFigures } from './figures.js';
import { bandKeys, signatureToHex } from './lsh.js';
import { copySignature } from './minhash.js';

/** [article index, signature hex, figures, band keys] */
export type CopyKeyRow = [number, string, string[], number[]];

/** Copy detection can be switched off for a measurement of what it costs (`npm run bench`). */
export const copiesEnabled = (): boolean => process.env['PLANMINE_COPIES'] !== 'off';

/** The article's copy key, or null when it has too little content to call anything its copy. */
export function copyKeyRow(articleIndex: number, text: string): CopyKeyRow | null {
  const signature = copySignature(text);
  if (!signature) return null;
  return [articleIndex, signatureToHex(signature), articleFigures(text), bandKeys(signature)];
}
