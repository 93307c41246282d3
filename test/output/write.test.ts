import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PendingOutput } from '../../src/output/build.ts';
import { applyPlan, manifestPath, OutputDirError, planOutputs, readManifest, sha256, withOutputLock, writeAtomically } from '../../src/output/write.ts';
import { filesUnder } from '../files.ts';

let dir: string;
let renders: number;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'generate-write-'));
  renders = 0;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Outputs whose source digest is the text itself; counts how often they are formatted. */
function outputs(files: Record<string, string>): Map<string, PendingOutput> {
  return new Map(
    Object.entries(files).map(([path, text]) => [
      path,
      {
        source: `source of ${text}`,
        render: async () => {
          renders += 1;
          return text;
        },
      },
    ]),
  );
}

async function generate(files: Record<string, string>) {
  const plan = await planOutputs(dir, outputs(files));
  await applyPlan(dir, plan);
  return plan;
}

const listing = () => filesUnder(dir);

const statuses = (plan: Awaited<ReturnType<typeof planOutputs>>) => plan.changes.map((change) => `${change.status} ${change.path}`);

describe('writing the output directory', () => {
  it('writes every file and a manifest of them, leaving no temporary files', async () => {
    const plan = await generate({ 'a/one.json': '1\n', 'b/two.yaml': 'two: 2\n' });
    expect(statuses(plan)).toEqual(['missing .generated-files.json', 'missing a/one.json', 'missing b/two.yaml']);
    expect(await listing()).toEqual(['.generated-files.json', 'a/one.json', 'b/two.yaml']);
    expect(await readFile(join(dir, 'a/one.json'), 'utf8')).toBe('1\n');
    expect([...(await readManifest(dir)).keys()]).toEqual(['a/one.json', 'b/two.yaml']);
  });

  it('replaces a file by renaming a finished temporary file, and cleans up when that fails', async () => {
    await writeFile(join(dir, 'file.json'), 'old\n');
    await writeAtomically(join(dir, 'file.json'), 'new\n');
    expect(await readFile(join(dir, 'file.json'), 'utf8')).toBe('new\n');
    await mkdir(join(dir, 'folder'));
    await writeFile(join(dir, 'folder/keep'), 'x');
    await expect(writeAtomically(join(dir, 'folder'), 'cannot replace a folder\n')).rejects.toThrow();
    expect(await listing()).toEqual(['file.json', 'folder/keep']);
  });

  it('removes temporary files that a killed run left behind, but not those of a run still going', async () => {
    await generate({ 'a/one.json': '1\n' });
    // A pid above Linux's maximum is never running; this process is.
    const leftovers = ['.4194305-1.generate-dashboards.tmp', 'a/.4194305-2.generate-dashboards.tmp'];
    for (const leftover of leftovers) await writeFile(join(dir, leftover), '{"half": ');
    await writeFile(join(dir, `a/.${process.pid}-9.generate-dashboards.tmp`), 'in progress');
    await generate({ 'a/one.json': '1\n' });
    expect(await listing()).toEqual(['.generated-files.json', `a/.${process.pid}-9.generate-dashboards.tmp`, 'a/one.json']);
  });

  it('recognises unchanged files from the manifest without formatting them again', async () => {
    await generate({ 'a/one.json': '1\n' });
    renders = 0;
    const plan = await planOutputs(dir, outputs({ 'a/one.json': '1\n' }));
    expect(statuses(plan)).toEqual(['unchanged .generated-files.json', 'unchanged a/one.json']);
    expect(renders).toBe(0);
  });

  it('treats new digests for the same bytes as up to date, and records them on the next write', async () => {
    await generate({ 'a/one.json': '1\n' });
    const moved = new Map([['a/one.json', { source: 'another formatter version', render: async () => '1\n' }]]);
    const plan = await planOutputs(dir, moved);
    expect(statuses(plan)).toEqual(['unchanged .generated-files.json', 'unchanged a/one.json']);
    await applyPlan(dir, plan);
    expect((await readManifest(dir)).get('a/one.json')?.source).toBe('another formatter version');
  });

  it('notices a hand edit even when the source is unchanged, and neither replaces nor removes the edited file', async () => {
    await generate({ 'a/one.json': '1\n', 'b/two.json': '2\n' });
    await writeFile(join(dir, 'a/one.json'), 'edited\n');
    const plan = await planOutputs(dir, outputs({ 'a/one.json': '1\n' }));
    expect(statuses(plan)).toEqual(['changed .generated-files.json', 'edited a/one.json', 'stale b/two.json']);
    await expect(applyPlan(dir, plan)).rejects.toThrow(/a\/one\.json: differs from what the generator wrote/);
    expect(await readFile(join(dir, 'a/one.json'), 'utf8')).toBe('edited\n');
    expect(await listing()).toEqual(['.generated-files.json', 'a/one.json', 'b/two.json']);
  });

  it('does not remove a file listed in the manifest with another digest (a hand-written file)', async () => {
    await mkdir(join(dir, 'notes'));
    await writeFile(join(dir, 'notes/important.txt'), 'mine\n');
    const manifest = { generator: 'generate-dashboards', files: { 'notes/important.txt': { source: 's', sha256: sha256('something else\n') } } };
    await writeFile(join(dir, manifestPath), JSON.stringify(manifest));
    const plan = await planOutputs(dir, outputs({ 'a/one.json': '1\n' }));
    expect(statuses(plan)).toContain('edited notes/important.txt');
    await expect(applyPlan(dir, plan)).rejects.toThrow(OutputDirError);
    expect(await readFile(join(dir, 'notes/important.txt'), 'utf8')).toBe('mine\n');
    expect(await listing()).toEqual([manifestPath, 'notes/important.txt']);
  });

  it('removes files it wrote before but no longer produces, and their emptied folders', async () => {
    await generate({ 'a/one.json': '1\n', 'old/two.json': '2\n' });
    const plan = await generate({ 'a/one.json': '1\n' });
    expect(statuses(plan)).toContain('stale old/two.json');
    expect(await listing()).toEqual(['.generated-files.json', 'a/one.json']);
    expect(await readdir(dir)).not.toContain('old');
  });

  it('never touches files it does not own', async () => {
    await mkdir(join(dir, 'a'), { recursive: true });
    await writeFile(join(dir, 'a/notes.md'), 'mine\n');
    await writeFile(join(dir, 'README'), 'mine too\n');
    await generate({ 'a/one.json': '1\n' });
    await generate({ 'b/two.json': '2\n' });
    expect(await listing()).toEqual(['.generated-files.json', 'README', 'a/notes.md', 'b/two.json']);
    expect(await readFile(join(dir, 'a/notes.md'), 'utf8')).toBe('mine\n');
  });

  it('refuses to overwrite a file it did not write, and writes nothing then', async () => {
    await mkdir(join(dir, 'a'), { recursive: true });
    await writeFile(join(dir, 'a/one.json'), 'somebody else\n');
    const plan = await planOutputs(dir, outputs({ 'a/one.json': '1\n', 'b/two.json': '2\n' }));
    expect(statuses(plan)).toContain('foreign a/one.json');
    await expect(applyPlan(dir, plan)).rejects.toThrow(OutputDirError);
    expect(await listing()).toEqual(['a/one.json']);
    expect(await readFile(join(dir, 'a/one.json'), 'utf8')).toBe('somebody else\n');
  });

  it('refuses a manifest that points outside the output directory', async () => {
    const outside = join(dir, '..', `${dir.split('/').pop()}-victim.txt`);
    await writeFile(outside, 'keep me\n');
    try {
      const manifest = { generator: 'generate-dashboards', files: { '../victim.txt': { source: 's', sha256: 'h' } } };
      await writeFile(join(dir, manifestPath), JSON.stringify(manifest));
      await expect(planOutputs(dir, outputs({ 'a/one.json': '1\n' }))).rejects.toThrow(/"\.\.\/victim\.txt" is not a file path inside the output directory/);
      expect(await readFile(outside, 'utf8')).toBe('keep me\n');
    } finally {
      await rm(outside, { force: true });
    }
  });

  it('refuses an unreadable manifest, naming it', async () => {
    await writeFile(join(dir, manifestPath), '{ not json');
    await expect(planOutputs(dir, outputs({ 'a/one.json': '1\n' }))).rejects.toThrow(`${join(dir, manifestPath)}: is not valid JSON`);
  });

  it.each([['/etc/passwd'], ['../x'], ['a/../../x'], ['dashboards/'], ['a//b'], ['./a']])('refuses the manifest entry %s, naming it', async (entry) => {
    await writeFile(join(dir, manifestPath), JSON.stringify({ files: { [entry]: { source: 's', sha256: 'h' } } }));
    await expect(planOutputs(dir, outputs({ 'a/one.json': '1\n' }))).rejects.toThrow(`${JSON.stringify(entry)} is not a file path inside the output directory`);
  });
});

describe('the output folder is a jail', () => {
  let outside: string;

  beforeEach(async () => {
    outside = await mkdtemp(join(tmpdir(), 'generate-outside-'));
    await writeFile(join(outside, 'important.txt'), 'keep me\n');
  });

  afterEach(async () => {
    await rm(outside, { recursive: true, force: true });
  });

  it('never removes through a symlinked folder listed in the manifest', async () => {
    await symlink(outside, join(dir, 'extra'));
    const manifest = { generator: 'generate-dashboards', files: { 'extra/important.txt': { source: 's', sha256: sha256('keep me\n') } } };
    await writeFile(join(dir, manifestPath), JSON.stringify(manifest));
    await expect(planOutputs(dir, outputs({ 'a/one.json': '1\n' }))).rejects.toThrow(`${join(dir, 'extra')}: is a symbolic link`);
    expect(await readFile(join(outside, 'important.txt'), 'utf8')).toBe('keep me\n');
  });

  it('never writes through a symlinked output subfolder or file', async () => {
    await symlink(outside, join(dir, 'a'));
    await expect(generate({ 'a/important.txt': 'overwritten\n' })).rejects.toThrow(`${join(dir, 'a')}: is a symbolic link`);
    await rm(join(dir, 'a'));
    await mkdir(join(dir, 'a'));
    await symlink(join(outside, 'important.txt'), join(dir, 'a/one.json'));
    await expect(generate({ 'a/one.json': 'overwritten\n' })).rejects.toThrow(`${join(dir, 'a/one.json')}: is a symbolic link`);
    expect(await readFile(join(outside, 'important.txt'), 'utf8')).toBe('keep me\n');
  });

  it('refuses an output folder that is itself a symbolic link, and a manifest that is one', async () => {
    const link = join(dir, 'out');
    await symlink(outside, link);
    await expect(planOutputs(link, outputs({ 'important.txt': 'overwritten\n' }))).rejects.toThrow(`${link}: is a symbolic link`);
    await symlink(join(outside, 'important.txt'), join(dir, manifestPath));
    await expect(planOutputs(dir, outputs({ 'a/one.json': '1\n' }))).rejects.toThrow(`${join(dir, manifestPath)}: is a symbolic link`);
    expect(await readFile(join(outside, 'important.txt'), 'utf8')).toBe('keep me\n');
  });
});

describe('the output lock', () => {
  it('keeps concurrent runs from interleaving: the manifest always agrees with the files', async () => {
    const runs = Array.from({ length: 12 }, (_, run) =>
      withOutputLock(dir, () => generate({ [`run${run % 3}/file.json`]: `${run}\n`, 'shared.json': `${run}\n` })),
    );
    await Promise.all(runs);
    const manifest = await readManifest(dir);
    for (const [path, entry] of manifest) expect(sha256(await readFile(join(dir, path), 'utf8'))).toBe(entry.sha256);
    expect(await listing()).toEqual([manifestPath, ...manifest.keys()].sort());
  });

  it('takes over the lock of a process that is gone, waits for a live one, and names it after the wait', async () => {
    await writeFile(join(dir, '.generate-dashboards.lock'), '4194305\n');
    await withOutputLock(dir, async () => generate({ 'a.json': '1\n' }));
    await writeFile(join(dir, '.generate-dashboards.lock'), `${process.pid}\n`);
    await expect(withOutputLock(dir, async () => generate({ 'b.json': '2\n' }), 200)).rejects.toThrow(`another generate-dashboards (pid ${process.pid}) is writing this folder`);
    expect(await listing()).toContain('a.json');
    expect(await listing()).not.toContain('b.json');
  });
});
