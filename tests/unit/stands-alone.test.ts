/**
 * The repository stands on its own: users clone it with nothing beside it, so no file may read
 * or name a path outside it, nor point to a document that is not part of it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const TEXT_FILE = /\.(ts|tsx|js|mjs|cjs|json|md|sh|yml|yaml)$|(^|\/)run$/;

/** Tracked and new (not ignored) files, as a fresh clone would have them. */
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && TEXT_FILE.test(file) && file !== 'package-lock.json');

const read = (file: string) => {
  try {
    return readFileSync(path.join(ROOT, file), 'utf8');
  } catch {
    return ''; // deleted in the work tree but still tracked
  }
};

// Written in pieces so that this file does not name what it looks for.
const SIBLING = ['..', 'shared'].join('/');
const OUTSIDE_DOCUMENT = new RegExp(['DESIGN', '\\.md|DESIGN ', '§'].join(''));

it('finds the files it checks', () => {
  expect(files.length).toBeGreaterThan(100);
  expect(files).toContain('server/src/index.ts');
});

it('names no folder beside the repository and no document outside it', () => {
  const offending = files.filter((file) => read(file).includes(SIBLING) || OUTSIDE_DOCUMENT.test(read(file)));
  expect(offending).toEqual([]);
});

it('resolves every path built from __dirname inside the repository', () => {
  const outside: string[] = [];
  const BUILT = /path\.(?:resolve|join)\(\s*__dirname\s*,\s*((?:'[^']*'\s*,?\s*)+)\)/g;
  for (const file of files.filter((f) => /\.(ts|tsx|js|mjs|cjs)$/.test(f))) {
    for (const match of read(file).matchAll(BUILT)) {
      const parts = [...match[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
      const target = path.resolve(ROOT, path.dirname(file), ...parts);
      if (path.relative(ROOT, target).startsWith('..')) outside.push(`${file}: ${match[0]}`);
    }
  }
  expect(outside).toEqual([]);
});
