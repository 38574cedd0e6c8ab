import type { Row } from '../db/connection.js';
import { csvLine, UTF8_BOM } from '../db/csv.js';
import { PlanmineError } from '../errors.js';
import { tableLayout } from './table.js';

export const ROW_FORMATS = ['table', 'csv', 'json'] as const;

/** Output is gathered into writes of this size: one write per row would cost a system call each. */
const FLUSH_CHARS = 64 * 1024;

/** A table is sized on its first rows; later cells longer than their column are cut. */
export const TABLE_SIZING_ROWS = 1000;

export interface RowWriter {
  write(row: Row): void;
  end(): void;
}

/** Prints rows as they come (table, csv or json) so a result of any length passes in flat memory; `maxWidth` 0 cuts no table cell. */
export function createRowWriter(format: string, out: NodeJS.WritableStream, maxWidth = 40): RowWriter {
  let pending = '';
  const emit = (text: string, flush = false): void => {
    pending += text;
    if (pending.length >= FLUSH_CHARS || (flush && pending !== '')) {
      out.write(pending);
      pending = '';
    }
  };
  if (format === 'csv') return csvWriter(emit);
  if (format === 'json') return jsonWriter(emit);
  if (format === 'table') return tableWriter(emit, maxWidth);
  throw new PlanmineError('read', `unknown format ${format}: use ${ROW_FORMATS.join(', ')}`);
}

type Emit = (text: string, flush?: boolean) => void;

/** CSV with a BOM first: Excel reads UTF-8 as the local code page without one. */
function csvWriter(emit: Emit): RowWriter {
  let header: string[] | undefined;
  return {
    write(row) {
      if (!header) emit(UTF8_BOM + csvLine((header = Object.keys(row))));
      emit(csvLine(header.map((h) => row[h])));
    },
    end: () => emit(header ? '' : UTF8_BOM, true),
  };
}

/** A JSON array written element by element, laid out as `JSON.stringify(rows, null, 2)` would. */
function jsonWriter(emit: Emit): RowWriter {
  let count = 0;
  return {
    write(row) {
      emit((count++ === 0 ? '[\n' : ',\n') + JSON.stringify([row], null, 2).slice(2, -2));
    },
    end: () => emit(count === 0 ? '[]\n' : '\n]\n', true),
  };
}

function tableWriter(emit: Emit, maxWidth: number): RowWriter {
  const sizing: Row[] = [];
  let line: ((row: Row) => string) | undefined;
  const start = (): void => {
    const layout = tableLayout(sizing, maxWidth);
    line = layout.line;
    emit(layout.header + '\n' + sizing.map((r) => layout.line(r) + '\n').join(''));
    sizing.length = 0;
  };
  return {
    write(row) {
      if (line) return emit(line(row) + '\n');
      sizing.push(row);
      if (sizing.length === TABLE_SIZING_ROWS) start();
    },
    end() {
      if (!line && sizing.length === 0) return emit('(no rows)\n', true);
      if (!line) start();
      emit('', true);
    },
  };
}
