import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseBinding, nodejiebaBinding, SHARED_ADDON_PATH } from '../src/segment/binding.js';
import { projectRoot } from '../src/paths.js';

const userDict = join(projectRoot(), 'src/segment/planmine.dict.utf8');

// Invented sentences with the things that tell segmenters apart: unknown names (HMM), numbers,
// Latin letters, full-width punctuation, domain words from planmine's dictionary, a long compound.
const SENTENCES = [
  '青禾县第三实验小学成立质量提升领导小组，由校长郑立衡任组长。',
  '到2027年，学生体质健康优秀率达到35%以上，近视率每年下降0.5个百分点。',
  '教导处负责制定《课后服务实施细则》，并于9月底前完成STEAM课程试点。',
  '第一阶段（2025年3月—2025年6月）：宣传发动，摸清底数；第二阶段：全面实施。',
  '义务教育优质均衡发展督导评估认定工作稳步推进',
  '',
];

describe('shared jieba binding', () => {
  it('is built by the install script, so workers hold one dictionary per process', () => {
    expect(existsSync(SHARED_ADDON_PATH), `${SHARED_ADDON_PATH} is missing: run \`npm run install\` (node-gyp rebuild --directory native)`).toBe(true);
    expect(chooseBinding({}).kind).toBe('shared');
  });

  it('cuts, cuts for search and tags exactly as nodejieba does', () => {
    const shared = chooseBinding({});
    const reference = nodejiebaBinding();
    shared.load({ userDict });
    reference.load({ userDict });
    for (const sentence of SENTENCES) {
      for (const hmm of [true, false]) {
        expect(shared.cut(sentence, hmm)).toEqual(reference.cut(sentence, hmm));
        expect(shared.cutForSearch(sentence, hmm)).toEqual(reference.cutForSearch(sentence, hmm));
      }
      expect(shared.tag(sentence)).toEqual(reference.tag(sentence));
    }
  });

  it('falls back to nodejieba when asked to, when the addon is missing, and when it does not load', () => {
    expect(chooseBinding({ PLANMINE_JIEBA: 'nodejieba' }).kind).toBe('nodejieba');
    const dir = mkdtempSync(join(tmpdir(), 'planmine-binding-'));
    try {
      expect(chooseBinding({}, join(dir, 'absent.node')).kind).toBe('nodejieba');
      const broken = join(dir, 'broken.node');
      writeFileSync(broken, 'not a shared library');
      expect(chooseBinding({}, broken).kind).toBe('nodejieba');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves worker threads from the dictionary the process already loaded, and refuses other files', async () => {
    const shared = chooseBinding({});
    shared.load({ userDict });
    const expected = shared.cut(SENTENCES[0]!, true);
    // A thread loading the same files gets the same words; one naming other files is refused, not
    // silently given the first thread's dictionary.
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      const addon = require(workerData.addon);
      addon.load(workerData.dict, workerData.hmm, workerData.userDict);
      let refused = '';
      try { addon.load(workerData.dict, workerData.hmm, workerData.dict); } catch (err) { refused = err.message; }
      parentPort.postMessage({ words: addon.cut(workerData.sentence, true), refused });
    `;
    const nodejiebaDir = join(projectRoot(), 'node_modules/nodejieba/submodules/cppjieba/dict');
    const worker = new Worker(source, {
      eval: true,
      workerData: { addon: SHARED_ADDON_PATH, dict: join(nodejiebaDir, 'jieba.dict.utf8'), hmm: join(nodejiebaDir, 'hmm_model.utf8'), userDict, sentence: SENTENCES[0] },
    });
    const reply = await new Promise<{ words: string[]; refused: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reply.words).toEqual(expected);
    expect(reply.refused).toMatch(/already loaded from other files/);
  });
});
