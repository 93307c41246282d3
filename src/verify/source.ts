import { readFile } from 'node:fs/promises';

/** The exposition could not be fetched or read; the message says why, for the user. */
export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** GETs a /metrics endpoint; any failure (no connection, timeout, non-200) is a SourceError. */
export async function fetchExposition(url: string, timeoutMs: number): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SourceError(`${url} is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new SourceError(`${url}: only http and https URLs can be scraped`);
  let response: Response;
  try {
    response = await fetch(parsed, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'text/plain;version=0.0.4, application/openmetrics-text;q=0.5' },
    });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : causeOf(error);
    throw new SourceError(`cannot scrape ${url}: ${reason}`);
  }
  if (!response.ok) throw new SourceError(`cannot scrape ${url}: HTTP ${response.status} ${response.statusText}`);
  return response.text();
}

export async function readExpositionFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}`);
  }
}
