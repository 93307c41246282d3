import { join } from 'node:path';

/**
 * The arguments that run the real `generate-dashboards` bin. The bin rebuilds its bundle whenever a source file
 * changed since the last build, so a spawned bin always runs the code on disk.
 */
export function binArgs(root: string, ...args: string[]): string[] {
  return [join(root, 'bin/generate-dashboards.mjs'), ...args];
}
