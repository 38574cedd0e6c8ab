import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// Imported before the PDF reader, as in the pipeline, so it sees Node's own built-ins.
import { replacedBuiltins } from '../src/readers/native-builtins.js';

describe('the PDF reader and the built-ins', () => {
  it("leaves Array.prototype.push, JSON.parse and Function.prototype.toString as Node's own after pdf.js loads and reads a file", async () => {
    const { readPdf } = await import('../src/readers/pdf.js');
    const { DEFAULT_READ_OPTIONS } = await import('../src/readers/reader.js');
    const read = await readPdf(new Uint8Array(readFileSync('corpus/docs/hebei-handan-xiaoxue.pdf')), 'hebei-handan-xiaoxue.pdf', DEFAULT_READ_OPTIONS);
    expect(read.text).toContain('邯郸');
    expect(replacedBuiltins()).toEqual([]);
  });
});
