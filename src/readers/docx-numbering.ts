// Word stores list and heading numbers in numbering.xml, not in the text; mammoth drops them.
// This resolves each numbered paragraph's label (`一、`, `（二）`, `3.`) from its numId and level.
import { formatCounter } from './list-labels.js';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  suffix: string;
  styleId: string | null;
}

interface NumberingInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, Map<number, Level>>;
  instances: Map<string, NumberingInstance>;
  /** Numbering a paragraph style carries (Heading 1 numbered through its style). */
  styleNumbering: Map<string, { numId: string; level: number | null }>;
}

function attr(xml: string, element: string, name = 'w:val'): string | null {
  const match = new RegExp(`<${element}\\b[^>]*?\\s${name}="([^"]*)"`).exec(xml);
  return match?.[1] ?? null;
}

function eachElement(xml: string, element: string): string[] {
  return xml.match(new RegExp(`<${element}\\b[\\s\\S]*?</${element}>`, 'g')) ?? [];
}

function readLevel(xml: string): Level {
  const suff = attr(xml, 'w:suff') ?? 'tab';
  return {
    start: Number(attr(xml, 'w:start') ?? '1'),
    numFmt: attr(xml, 'w:numFmt') ?? 'decimal',
    lvlText: attr(xml, 'w:lvlText') ?? '',
    suffix: suff === 'nothing' ? '' : ' ',
    styleId: attr(xml, 'w:pStyle'),
  };
}

export function parseNumbering(numberingXml: string, stylesXml: string): NumberingDefinitions {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of eachElement(numberingXml, 'w:abstractNum')) {
    const id = attr(abstract, 'w:abstractNum', 'w:abstractNumId');
    if (id === null) continue;
    const levels = new Map<number, Level>();
    for (const level of eachElement(abstract, 'w:lvl')) levels.set(Number(attr(level, 'w:lvl', 'w:ilvl') ?? '0'), readLevel(level));
    abstracts.set(id, levels);
  }
  const instances = new Map<string, NumberingInstance>();
  for (const num of eachElement(numberingXml, 'w:num')) {
    const id = attr(num, 'w:num', 'w:numId');
    const abstractId = attr(num, 'w:abstractNumId');
    if (id === null || abstractId === null) continue;
    const startOverrides = new Map<number, number>();
    for (const override of eachElement(num, 'w:lvlOverride')) {
      const start = attr(override, 'w:startOverride');
      if (start !== null) startOverrides.set(Number(attr(override, 'w:lvlOverride', 'w:ilvl') ?? '0'), Number(start));
    }
    instances.set(id, { abstractId, startOverrides });
  }
  const styleNumbering = new Map<string, { numId: string; level: number | null }>();
  for (const style of eachElement(stylesXml, 'w:style')) {
    const styleId = attr(style, 'w:style', 'w:styleId');
    const numId = attr(style, 'w:numId');
    if (styleId === null || numId === null) continue;
    const ilvl = attr(style, 'w:ilvl');
    styleNumbering.set(styleId, { numId, level: ilvl === null ? null : Number(ilvl) });
  }
  return { abstracts, instances, styleNumbering };
}

/** Keeps the running counters while paragraphs are visited in document order. */
export class NumberingCounter {
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  /** Label of the paragraph, advancing its counter; null when it prints no number. */
  next(numId: string | null, level: number | null, styleId: string | null): string | null {
    let id = numId;
    let ilvl = level;
    if (id === null && styleId !== null) {
      const fromStyle = this.definitions.styleNumbering.get(styleId);
      id = fromStyle?.numId ?? null;
      ilvl ??= fromStyle?.level ?? null;
    }
    if (id === null || id === '0') return null;
    const instance = this.definitions.instances.get(id);
    const levels = instance && this.definitions.abstracts.get(instance.abstractId);
    if (!instance || !levels) return null;
    ilvl ??= [...levels].find(([, lvl]) => lvl.styleId === styleId)?.[0] ?? 0;
    const definition = levels.get(ilvl);
    if (!definition) return null;

    // Instances that restart their numbering keep their own counters; others continue the list.
    const key = instance.startOverrides.size > 0 ? `num:${id}` : `abstract:${instance.abstractId}`;
    const counters = this.counters.get(key) ?? [];
    this.counters.set(key, counters);
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? (instance.startOverrides.get(ilvl) ?? definition.start) : current + 1;
    counters.length = ilvl + 1;

    if (formatCounter(1, definition.numFmt) === null) return null;
    const text = definition.lvlText.replace(/%(\d)/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const value = counters[at] ?? levels.get(at)?.start ?? 1;
      return formatCounter(value, levels.get(at)?.numFmt ?? 'decimal') ?? '';
    });
    return text === '' ? null : text + definition.suffix;
  }
}
