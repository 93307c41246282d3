import project from './dashboards.config.ts';
import { runCli } from './src/cli/main.ts';

// `generate-dashboards lint ... | head` closes the pipe early: stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(project, process.argv.slice(2));
