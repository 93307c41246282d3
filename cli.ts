import project from './dashboards.config.ts';
import { runCli } from './src/cli/main.ts';

process.exitCode = await runCli(project, process.argv.slice(2));
