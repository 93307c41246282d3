import { Option } from 'commander';
import { profileIds, profiles } from '../../naming/profiles.ts';
import { verifyExposition } from '../../verify/compare.ts';
import { type Exposition, ExpositionParseError, parseExposition } from '../../verify/exposition.ts';
import { formatVerifyJson, formatVerifyText } from '../../verify/format.ts';
import { fetchExposition, readExpositionFile, redactUrl, SourceError } from '../../verify/source.ts';
import { jsonWithControlsEscaped, printableLine, printableText } from '../../text/printable.ts';
import type { CliCommand } from '../command.ts';
import { exitCodes, UserError } from '../io.ts';
import { profileOption } from './generate.ts';

/** Prometheus' own default scrape timeout, for the whole answer: connecting, headers and body. */
const scrapeTimeoutMs = 10_000;

interface VerifyFlags {
  readonly url?: string;
  readonly file?: string;
  readonly profile?: string;
  readonly format: 'text' | 'json';
}

/** Fetches or reads the exposition and parses it; anything unreadable is a UserError (exit 2). */
async function readExposition(url: string | undefined, source: string, cwd: string): Promise<Exposition> {
  let text: string;
  try {
    text = url !== undefined ? await fetchExposition(url, scrapeTimeoutMs) : await readExpositionFile(source, cwd);
  } catch (error) {
    throw error instanceof SourceError ? new UserError(printableLine(error.message)) : error;
  }
  try {
    return parseExposition(text);
  } catch (error) {
    if (!(error instanceof ExpositionParseError)) throw error;
    throw new UserError(printableLine(`${source}:${error.line}:${error.column}: not a Prometheus text exposition: ${error.message}`));
  }
}

export const verifyCatalogCommand: CliCommand = {
  register(program, context) {
    const { project, io, exit } = context;
    program
      .command('verify-catalog')
      .description('compare a live /metrics exposition (or a saved scrape) with the catalog under a naming profile')
      .option('--url <url>', 'scrape this /metrics endpoint')
      .option('--file <path>', 'read a saved scrape in the Prometheus text format')
      .option('--profile <name>', `naming profile (${profileIds().join(', ')})`)
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .action(async (flags: VerifyFlags) => {
        if ((flags.url === undefined) === (flags.file === undefined)) throw new UserError('give exactly one of --url and --file');
        const profile = profileOption(flags.profile, context);
        // The source is printed with the report: never with the URL's password.
        const source = flags.url !== undefined ? redactUrl(flags.url) : (flags.file ?? '');
        const exposition = await readExposition(flags.url, source, io.cwd);
        const report = verifyExposition(exposition, project.catalog, profile, profiles);
        // Label values come from the scraped endpoint: their control characters are shown escaped, never sent raw.
        io.stdout(flags.format === 'json' ? jsonWithControlsEscaped(formatVerifyJson(report, source)) : printableText(formatVerifyText(report, source)));
        exit(report.mismatches > 0 ? exitCodes.findings : exitCodes.ok);
      });
  },
};
