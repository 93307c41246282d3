import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PendingOutput } from '../../src/output/build.ts';
import { applyPlan, manifestPath, OutputDirError, planOutputs, readManifest, writeAtomically } from '../../src/output/write.ts';
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

  it('notices a hand edit even when the source is unchanged', async () => {
    await generate({ 'a/one.json': '1\n' });
    await writeFile(join(dir, 'a/one.json'), 'edited\n');
    const plan = await planOutputs(dir, outputs({ 'a/one.json': '1\n' }));
    expect(statuses(plan)).toEqual(['unchanged .generated-files.json', 'changed a/one.json']);
    await applyPlan(dir, plan);
    expect(await readFile(join(dir, 'a/one.json'), 'utf8')).toBe('1\n');
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
      await expect(planOutputs(dir, outputs({ 'a/one.json': '1\n' }))).rejects.toThrow(/must map paths inside the output directory/);
      expect(await readFile(outside, 'utf8')).toBe('keep me\n');
    } finally {
      await rm(outside, { force: true });
    }
  });

  it('refuses an unreadable manifest, naming it', async () => {
    await writeFile(join(dir, manifestPath), '{ not json');
    await expect(planOutputs(dir, outputs({ 'a/one.json': '1\n' }))).rejects.toThrow(`${join(dir, manifestPath)}: is not valid JSON`);
  });
});
