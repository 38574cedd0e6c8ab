// Readings of /proc for the figures `--stats` and the bench report: peak memory, CPU of other processes.
import { readFileSync } from 'node:fs';

/**
 * The memory lines of /proc/<pid>/status (`VmRSS:   123456 kB`), in MB: VmRSS now, VmHWM the peak,
 * RssAnon (heap and native allocations) and RssFile (mapped code). Lines without a kB figure are left out.
 */
export function parseProcStatus(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const match = /^(\w+):\s+(\d+) kB$/.exec(line.trim());
    if (match) out[match[1]!] = Number(match[2]) / 1024;
  }
  return out;
}

/** This process's memory lines, or an empty record where /proc is missing (not Linux). */
export function ownMemory(): Record<string, number> {
  try {
    return parseProcStatus(readFileSync('/proc/self/status', 'utf8'));
  } catch {
    return {};
  }
}

/**
 * This process's peak resident memory in MB. VmHWM, not process.resourceUsage().maxRSS: Linux carries
 * ru_maxrss over fork and exec, so a process started by a large parent (the bench, after it loaded
 * jieba) reports at least the parent's size even if it never grew past 90 MB itself.
 */
export function peakRssMb(): number {
  return ownMemory()['VmHWM'] ?? process.resourceUsage().maxRSS / 1024;
}

/** Linux counts CPU in /proc in clock ticks of 1/100 s (USER_HZ, 100 on every mainstream architecture). */
const TICKS_PER_SECOND = 100;

/**
 * CPU milliseconds from a /proc/<pid>/stat line: the process's own (utime + stime) and that of its
 * children it has waited for (cutime + cstime). The command name in parentheses may hold spaces and
 * parentheses itself, so the fields are counted from the last `)`.
 */
export function parseProcStatCpu(text: string): { ownMs: number; childrenMs: number } {
  const fields = text.slice(text.lastIndexOf(')') + 2).trim().split(/\s+/);
  // fields[0] is the state (field 3 of proc(5)); utime, stime, cutime, cstime are fields 14-17.
  const tick = (field: number): number => Number(fields[field - 3] ?? NaN) * (1000 / TICKS_PER_SECOND);
  const ownMs = tick(14) + tick(15);
  const childrenMs = tick(16) + tick(17);
  if (!Number.isFinite(ownMs) || !Number.isFinite(childrenMs)) throw new Error(`not a /proc/<pid>/stat line: ${text.slice(0, 80)}`);
  return { ownMs, childrenMs };
}
