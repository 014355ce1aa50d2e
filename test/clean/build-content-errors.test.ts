import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The content build must refuse a bad source with one line saying what is wrong, and leave the
 * content folder exactly as it was. These run the real CLI (tsx + the whole pipeline).
 */
const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const SOURCE = path.join(ROOT, 'content/source/china-ecommerce-report-2022.txt');
const TIMEOUT = 60_000;

let work: string;

function run(source: string, out: string) {
  const result = spawnSync(TSX, ['scripts/build-content.ts', '--source', source, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under dir (relative path → bytes). */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), fs.readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

/** A temp copy of content/chapters + content/outline.json, the folder a failed build must not touch. */
function contentCopy(): string {
  const dir = fs.mkdtempSync(path.join(work, 'content-'));
  fs.cpSync(path.join(ROOT, 'content/chapters'), path.join(dir, 'chapters'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'content/outline.json'), path.join(dir, 'outline.json'));
  return dir;
}

function writeSource(name: string, bytes: string | Buffer): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, bytes);
  return file;
}

function expectRefused(source: string, message: RegExp) {
  const out = contentCopy();
  const before = snapshot(out);
  const { status, stderr } = run(source, out);
  expect(status).not.toBe(0);
  const errorLines = stderr.trim().split('\n');
  expect(errorLines).toHaveLength(1);
  expect(errorLines[0]).toMatch(/^build-content: /);
  expect(errorLines[0]).toMatch(message);
  const after = snapshot(out);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), name).toBe(true);
  expect(before.size).toBe(14);
}

const real = () => fs.readFileSync(SOURCE, 'utf8');

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'build-content-'));
});
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

describe('build-content refuses a bad source and leaves the content folder as it was', () => {
  it(
    'a missing file',
    () => {
      expectRefused(path.join(work, 'no-such-file.txt'), /no such file/);
    },
    TIMEOUT,
  );

  it(
    'an empty file',
    () => {
      expectRefused(writeSource('empty.txt', ''), /the file is empty/);
    },
    TIMEOUT,
  );

  it(
    'a binary file (NUL bytes)',
    () => {
      expectRefused(
        writeSource('binary.bin', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff])),
        /binary data \(NUL byte at offset 4\)/,
      );
    },
    TIMEOUT,
  );

  it(
    'a GBK-encoded file',
    () => {
      // "中文" in GBK after an ASCII first line: not valid UTF-8.
      const gbk = Buffer.concat([Buffer.from(' |ok|\n\n', 'ascii'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from('\n')]);
      expectRefused(writeSource('gbk.txt', gbk), /not valid UTF-8 .*iconv -f GBK -t UTF-8/);
    },
    TIMEOUT,
  );

  it(
    'UTF-16 text, with or without a byte-order mark',
    () => {
      const excerpt = real().slice(0, 2000);
      expectRefused(
        writeSource('utf16-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(excerpt, 'utf16le')])),
        /UTF-16 text: convert with iconv -f UTF-16 -t UTF-8/,
      );
      expectRefused(
        writeSource('utf16be.txt', Buffer.from(excerpt, 'utf16le').swap16()),
        /UTF-16 text: convert with iconv -f UTF-16 -t UTF-8/,
      );
    },
    TIMEOUT,
  );

  it(
    'a directory, in one line',
    () => {
      expectRefused(fs.mkdtempSync(path.join(work, 'a-folder-')), /is a directory; give the source text file itself/);
    },
    TIMEOUT,
  );

  it(
    'a truncated file (cut before chapter 9)',
    () => {
      const text = real();
      const cut = text.indexOf(' |第９章|');
      expect(cut).toBeGreaterThan(0);
      expectRefused(writeSource('truncated.txt', text.slice(0, cut)), /incomplete: missing 第9章、附录A、附录B、附录C/);
    },
    TIMEOUT,
  );

  it(
    'a duplicated chapter marker, naming its line',
    () => {
      const lines = real().split('\n');
      // chapter 3's marker (line 1569) and title repeated after line 3000 (inside chapter 5)
      expect(lines[1568]).toBe(' |第３章|');
      const damaged = [...lines.slice(0, 3000), lines[1568], lines[1569], ...lines.slice(3000)];
      expectRefused(writeSource('duplicated.txt', damaged.join('\n')), /line 3001: 第3章 appears twice/);
    },
    TIMEOUT,
  );
});

describe('build-content on the real source', () => {
  it(
    'reads CR-only line endings like LF: the same files as the committed content',
    () => {
      const out = path.join(work, 'cr-only');
      const { status, stderr } = run(writeSource('cr-only.txt', real().replace(/\n/g, '\r')), out);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const produced = snapshot(out);
      const committed = snapshot(path.join(ROOT, 'content'));
      for (const [name, bytes] of produced) expect(bytes.equals(committed.get(name)!), name).toBe(true);
      expect(produced.size).toBe(14);
    },
    TIMEOUT,
  );

  it(
    'writes 13 chapter files and outline.json to a fresh --out folder',
    () => {
      const out = path.join(work, 'fresh');
      const { status, stderr, stdout } = run(SOURCE, out);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout).toMatch(/wrote 14 files/);
      const md = fs.readdirSync(path.join(out, 'chapters')).filter((f) => f.endsWith('.md'));
      expect(md).toHaveLength(13);
      expect(md.sort()).toEqual(fs.readdirSync(path.join(ROOT, 'content/chapters')).sort());
      const outline = JSON.parse(fs.readFileSync(path.join(out, 'outline.json'), 'utf8'));
      expect(outline).toBeTruthy();
      // no staging folder is left behind
      expect(fs.readdirSync(out).sort()).toEqual(['chapters', 'outline.json']);
    },
    TIMEOUT,
  );
});
