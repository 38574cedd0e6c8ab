// Tables: rows are lines with '\t' between cells. Each cell holding a quantity is a target whose
// indicator is the row's header cell and whose year and kind come from the column's header
// (`2020年基数` → actual, `2023年目标` → goal due 2023). Tables with years down the first column
// are read the other way round.
import type { Comparator, Span } from '../../src/types.js';
import type { Kind } from './kind.js';
import { findQuantities } from './quantities.js';
import { unitAt, type UnitClass } from './units.js';

export interface TableCell {
  indicator: string;
  value: number;
  valueMax: number | null;
  unit: string;
  unitClass: UnitClass;
  comparator: Comparator;
  /** From the column header; null when the header does not say. */
  kind: Kind | null;
  year: number | null;
  /** The row's line. */
  row: Span;
}

const YEAR = /(?:19|20)\d{2}/;
const GOAL_HEADER = /目标|预期|计划|规划|力争|达到|要求/;
const ACTUAL_HEADER = /基数|现状|现有|实际|完成|基础|当前|目前|原有|基期/;
const BARE_CELL = /^(≥|≤|>|<|不低于|不少于|不超过|不高于|低于|高于)?\s*(\d+(?:\.\d+)?)\s*(%|以上|以下)?$/;
const HEADER_UNIT = /[(（]([^()（）]{1,6})[)）]/;

interface Line {
  start: number;
  end: number;
  cells: string[];
}

/** Tab-separated lines of `text`, grouped into tables of consecutive rows. */
export function tableBlocks(text: string): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.includes('\t')) {
      current.push({ start: offset, end: offset + line.length, cells: line.split('\t') });
    } else if (current.length) {
      blocks.push(current);
      current = [];
    }
    offset += line.length + 1;
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/**
 * A cell that is a clause, not a value (`实施县管校聘改革,教师交流轮岗比例不低于15%` under 重点任务): a
 * duty table's task. Its figures are read as running text, which names their indicators; a value
 * cell (`≥95%`, `达到98%以上`) keeps the row's head for its indicator.
 */
const MIN_TASK_HAN = 8;
const HAN = /\p{Script=Han}/gu;
function isTaskCell(cell: string): boolean {
  return (cell.match(HAN)?.length ?? 0) >= MIN_TASK_HAN && findQuantities(cell).some((q) => q.unitClass !== 'time');
}

/** A column giving each row its deadline: 完成时限, 完成时间, 时间节点, 截止时间. */
const DEADLINE_HEADER = /时限|期限|截止|完成时间|时间节点|时间安排|完成日期/;

export interface TaskCell {
  span: Span;
  /** The year of the row's deadline cell; null when the table has none or it names no year. */
  year: number | null;
  /** The cell tells what was done (`已完成`, `建成了`), not what is to be. */
  reported: boolean;
}

/** Perfective marks in a task cell: 已, or 了 after a verb (not 为了, 了解). */
const REPORTED = /已|(?<!为|除)了(?!解)/;

/** The task cells of `text`'s tables (see isTaskCell), each with the year its row is due. */
export function taskCells(text: string): TaskCell[] {
  const out: TaskCell[] = [];
  for (const block of tableBlocks(text)) {
    if (block.length < 2) continue;
    const deadline = block[0]!.cells.findIndex((c) => DEADLINE_HEADER.test(c));
    for (const line of block.slice(1)) {
      const due = deadline >= 0 ? YEAR.exec(line.cells[deadline] ?? '')?.[0] : undefined;
      let at = line.start;
      for (const [k, cell] of line.cells.entries()) {
        if (k > 0 && k !== deadline && isTaskCell(cell)) out.push({ span: { start: at, end: at + cell.length }, year: due ? Number(due) : null, reported: REPORTED.test(cell) });
        at += cell.length + 1;
      }
    }
  }
  return out;
}

/** Every quantity in the body cells of `text`'s tables, with header-derived indicator, year and kind. */
export function tableCells(text: string): TableCell[] {
  const out: TableCell[] = [];
  for (const block of tableBlocks(text)) {
    if (block.length < 2) continue;
    const header = block[0]!.cells.map((c) => c.trim());
    const firstColumn = block.slice(1).map((l) => l.cells[0]?.trim() ?? '');
    const transposed = firstColumn.some((t) => YEAR.test(t) || GOAL_HEADER.test(t) || ACTUAL_HEADER.test(t)) && !header.slice(1).some((t) => YEAR.test(t) || GOAL_HEADER.test(t) || ACTUAL_HEADER.test(t));
    for (const line of block.slice(1)) {
      line.cells.slice(1).forEach((cell, k) => {
        const column = header[k + 1] ?? '';
        const rowHead = line.cells[0]?.trim() ?? '';
        const [indicatorCell, timeCell] = transposed ? [column, rowHead] : [rowHead, column];
        if (isTaskCell(cell)) return;
        const quantity = readCell(cell.trim(), indicatorCell, timeCell);
        if (!quantity) return;
        const kind = GOAL_HEADER.test(timeCell) ? 'goal' : ACTUAL_HEADER.test(timeCell) ? 'actual' : null;
        const year = kind === 'actual' ? null : Number(YEAR.exec(timeCell)?.[0] ?? NaN);
        out.push({
          ...quantity, indicator: indicatorCell.replace(HEADER_UNIT, '').trim(), kind,
          year: Number.isFinite(year) ? year : null, row: { start: line.start, end: line.end },
        });
      });
    }
  }
  return out;
}

type CellQuantity = Pick<TableCell, 'value' | 'valueMax' | 'unit' | 'unitClass' | 'comparator'>;

function readCell(cell: string, indicator: string, column: string): CellQuantity | null {
  const written = findQuantities(cell).find((q) => q.unitClass !== 'time');
  if (written) {
    const comparator = /以上|≥|不低于|不少于/.test(cell) ? 'ge' : /以下|≤|不超过|不高于|以内/.test(cell) ? 'le' : written.formComparator ?? 'eq';
    return { value: written.value, valueMax: written.valueMax, unit: written.unit, unitClass: written.unitClass, comparator };
  }
  const bare = BARE_CELL.exec(cell);
  if (!bare) return null;
  const unit = headerUnit(indicator) ?? headerUnit(column) ?? (/率$/.test(indicator.replace(HEADER_UNIT, '')) ? { unit: '%', unitClass: 'percent' as const } : null);
  if (!unit) return null;
  const sign = bare[1] ?? bare[3] ?? '';
  const comparator: Comparator = /≥|不低于|不少于|以上/.test(sign) ? 'ge' : /≤|不超过|不高于|以下/.test(sign) ? 'le' : sign === '>' || sign === '高于' ? 'gt' : sign === '<' || sign === '低于' ? 'lt' : 'eq';
  return { value: Number(bare[2]), valueMax: null, unit: unit.unit, unitClass: unit.unitClass, comparator };
}

function headerUnit(header: string): { unit: string; unitClass: UnitClass } | null {
  const m = HEADER_UNIT.exec(header);
  if (!m) return null;
  const reading = unitAt(m[1]!.trim(), 0);
  return reading && reading.unitClass !== 'time' ? { unit: reading.unit, unitClass: reading.unitClass } : null;
}
