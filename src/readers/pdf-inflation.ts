// PDF decompression bombs: a 2 MB file whose Flate streams inflate to gigabytes. pdf.js inflates
// into ArrayBuffers outside the worker's heap cap, so the size has to be known before pdf.js starts.
// Only the streams text extraction decodes are counted (content, fonts, object and xref streams):
// images are never inflated for text, and a scan with large Flate images is not a bomb.
import { createInflate, inflateSync, constants } from 'node:zlib';
import { LimitExceededError } from '../errors.js';

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const OBJ = Buffer.from(' obj');
/** How far back from `stream` the object's dictionary may start. */
const DICTIONARY_REACH = 4096;
/** Streams inflating past this are measured chunk by chunk instead of in one buffer. */
const IN_MEMORY_LIMIT = 16 * 1024 * 1024;

interface FlateStream {
  data: Uint8Array;
  /** How many times the stream is Flate-encoded (`[/FlateDecode /FlateDecode]` nests bombs). */
  layers: number;
}

/** Throws when the PDF's non-image Flate streams would inflate to more than `limit` bytes in all. */
export async function checkPdfInflation(bytes: Uint8Array, limit: number, path: string): Promise<void> {
  let total = 0;
  for (const stream of flateStreams(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) {
    let data: Uint8Array = stream.data;
    for (let layer = 0; layer < stream.layers; layer++) {
      const remaining = limit - total;
      const inflated = layer + 1 < stream.layers ? inflateWithin(data, remaining) : await inflatedSize(data, remaining);
      if (inflated === 'over') {
        throw new LimitExceededError(`PDF streams inflate to more than ${megabytes(limit)} (decompression bomb?)`, path);
      }
      if (typeof inflated === 'number') {
        total += inflated;
        break;
      }
      data = inflated;
    }
  }
}

function* flateStreams(pdf: Buffer): Generator<FlateStream> {
  for (let at = pdf.indexOf(STREAM); at !== -1; at = pdf.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && pdf.toString('latin1', at - 3, at) === 'end') continue;
    let dataStart = at + STREAM.length;
    if (pdf[dataStart] === 0x0d) dataStart++;
    if (pdf[dataStart] !== 0x0a) continue;
    dataStart++;
    const objectStart = pdf.lastIndexOf(OBJ, at);
    if (objectStart === -1 || at - objectStart > DICTIONARY_REACH) continue;
    const dictionary = pdf.toString('latin1', objectStart, at);
    const layers = (dictionary.match(/\/(?:FlateDecode|Fl)\b/g) ?? []).length;
    if (layers === 0 || /\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    const end = pdf.indexOf(END_STREAM, dataStart);
    const data = pdf.subarray(dataStart, end === -1 ? pdf.length : end);
    yield { data, layers };
    if (end !== -1) at = end;
  }
}

/** A stream that will be inflated again (an outer layer) is kept, within the budget. */
function inflateWithin(data: Uint8Array, budget: number): Uint8Array | 'over' | number {
  try {
    return inflateSync(data, { maxOutputLength: Math.max(budget, 1), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    return tooLarge(error) ? 'over' : 0;
  }
}

/**
 * Inflated length of one stream, or 'over' past the budget. Small streams are inflated at once;
 * a large one is counted as it streams out, so checking a bomb never holds the bomb in memory.
 */
async function inflatedSize(data: Uint8Array, budget: number): Promise<number | 'over'> {
  try {
    return inflateSync(data, { maxOutputLength: Math.min(Math.max(budget, 1), IN_MEMORY_LIMIT), finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    // A damaged stream is pdf.js's to judge; only size decides here.
    if (!tooLarge(error)) return 0;
    if (budget <= IN_MEMORY_LIMIT) return 'over';
  }
  return new Promise((resolve) => {
    const inflater = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    let size = 0;
    inflater.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        inflater.destroy();
        resolve('over');
      }
    });
    inflater.on('end', () => resolve(size));
    inflater.on('error', () => resolve(size));
    inflater.end(data);
  });
}

const tooLarge = (error: unknown): boolean => (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_BUFFER_TOO_LARGE';

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;
