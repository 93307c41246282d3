import { test } from 'vitest';

/**
 * Stands in for tests that need Prometheus's binaries where they are missing: a loud warning on a developer's
 * machine, a failure under CI (where `.ci/run` installs them).
 */
export function missingToolsTest(what: string, tools: string): void {
  test(`${what} (needs ${tools})`, () => {
    const message = `${what} needs ${tools}; install with \`apt-get install -y prometheus\``;
    if (process.env.CI === 'true') throw new Error(`CI: ${message}`);
    console.warn(`\n${'!'.repeat(100)}\n!! DID NOT RUN: ${message}\n${'!'.repeat(100)}\n`);
  });
}
