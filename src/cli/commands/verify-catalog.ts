import { Option } from 'commander';
import { findProfile, profileIds, profiles } from '../../naming/profiles.ts';
import { verifyExposition } from '../../verify/compare.ts';
import { ExpositionParseError, parseExposition } from '../../verify/exposition.ts';
import { formatVerifyJson, formatVerifyText } from '../../verify/format.ts';
import { fetchExposition, readExpositionFile, SourceError } from '../../verify/source.ts';
import type { CliCommand } from '../command.ts';
import { exitCodes, UserError } from '../io.ts';

/** Prometheus' own default scrape timeout. */
const scrapeTimeoutMs = 10_000;

interface VerifyFlags {
  readonly url?: string;
  readonly file?: string;
  readonly profile?: string;
  readonly format: 'text' | 'json';
}

export const verifyCatalogCommand: CliCommand = {
  register(program, { project, io, exit }) {
    program
      .command('verify-catalog')
      .description('compare a live /metrics exposition (or a saved scrape) with the catalog under a naming profile')
      .option('--url <url>', 'scrape this /metrics endpoint')
      .option('--file <path>', 'read a saved scrape in the Prometheus text format')
      .option('--profile <name>', `naming profile (${profileIds().join(', ')})`)
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .action(async (flags: VerifyFlags) => {
        if ((flags.url === undefined) === (flags.file === undefined)) throw new UserError('give exactly one of --url and --file');
        const profileId = flags.profile ?? project.defaultProfile;
        const profile = findProfile(profileId);
        if (profile === undefined) throw new UserError(`unknown profile "${profileId}"; known: ${profileIds().join(', ')}`);
        const source = flags.url ?? flags.file ?? '';
        let text: string;
        try {
          text = flags.url !== undefined ? await fetchExposition(flags.url, scrapeTimeoutMs) : await readExpositionFile(source);
        } catch (error) {
          if (error instanceof SourceError) throw new UserError(error.message);
          throw error;
        }
        let exposition;
        try {
          exposition = parseExposition(text);
        } catch (error) {
          if (error instanceof ExpositionParseError) {
            throw new UserError(`${source}:${error.line}:${error.column}: not a Prometheus text exposition: ${error.message}`);
          }
          throw error;
        }
        const report = verifyExposition(exposition, project.catalog, profile, profiles);
        io.stdout(flags.format === 'json' ? formatVerifyJson(report, source) : formatVerifyText(report, source));
        exit(report.mismatches > 0 ? exitCodes.findings : exitCodes.ok);
      });
  },
};
