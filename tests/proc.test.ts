import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseProcStatus, parseProcStatCpu, ownMemory, peakRssMb } from '../src/proc.js';

describe('parseProcStatus', () => {
  it('reads the kB lines as MB and ignores the others', () => {
    const status = ['Name:\tnode', 'State:\tS (sleeping)', 'VmHWM:\t  393216 kB', 'VmRSS:\t  262144 kB', 'RssAnon:\t  200704 kB', 'Threads:\t11', 'voluntary_ctxt_switches:\t120', ''].join('\n');
    expect(parseProcStatus(status)).toEqual({ VmHWM: 384, VmRSS: 256, RssAnon: 196 });
  });

  it('reads this process where /proc exists, with the peak at least the current size', () => {
    const memory = ownMemory();
    if (process.platform === 'linux') {
      expect(memory['VmRSS']).toBeGreaterThan(10);
      expect(memory['VmHWM']).toBeGreaterThanOrEqual(memory['VmRSS']!);
    } else {
      expect(memory).toEqual({});
    }
  });
});

describe('peakRssMb', () => {
  it('is the child\'s own peak, not the size of the parent that started it', () => {
    // The parent holds 300 MB when it starts the child; a child that stays small must say so.
    const ballast = Buffer.alloc(300 * 2 ** 20, 1);
    const script = `import('${new URL('../src/proc.ts', import.meta.url).href}').then((m) => console.log(m.peakRssMb()))`;
    const childPeak = Number(execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' }).trim());
    expect(ballast.length).toBe(300 * 2 ** 20);
    if (process.platform === 'linux') expect(childPeak).toBeLessThan(250);
    expect(childPeak).toBeGreaterThan(10);
  });
});

describe('parseProcStatCpu', () => {
  it('counts fields after the command name, even one with spaces and parentheses', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    const line = '4242 (postgres: a (b) c) S 1 4242 4242 0 -1 4194560 900 12000 0 3 250 40 1200 310 20 0 1 0 5000 170000000 4000';
    expect(parseProcStatCpu(line)).toEqual({ ownMs: 2900, childrenMs: 15100 });
  });

  it('refuses a line that is not a stat line', () => {
    expect(() => parseProcStatCpu('Name: node')).toThrow(/not a \/proc/);
  });

  it('reads this process, whose own CPU grows with work', () => {
    if (process.platform !== 'linux') return;
    const before = parseProcStatCpu(readFileSync('/proc/self/stat', 'utf8')).ownMs;
    const until = Date.now() + 150;
    let spin = 0;
    while (Date.now() < until) spin++;
    expect(spin).toBeGreaterThan(0);
    expect(parseProcStatCpu(readFileSync('/proc/self/stat', 'utf8')).ownMs).toBeGreaterThan(before);
  });
});
