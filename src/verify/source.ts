import { resolve } from 'node:path';
import { describeFileError, readInputText } from '../dashboard/files.ts';

/** The exposition could not be fetched or read; the message says why, for the user. */
export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

/**
 * The largest exposition read: a /metrics page of a million series is about 100 MB, far beyond what an application
 * instrumented with the catalog exposes; past this a runaway or hostile endpoint is cut off instead of filling memory.
 */
export const maxExpositionBytes = 64 * 1024 * 1024;

/** The URL as it may be printed: user name and password replaced, so that they never reach a terminal or a CI log. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username === '' && parsed.password === '') return url;
    parsed.username = '***';
    parsed.password = '';
    return parsed.href;
  } catch {
    // Not a URL: still cut anything that looks like credentials before an `@`.
    return url.replace(/\/\/[^/@]*@/, '//***@');
  }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  // undici's codes for a connection that closed mid-answer.
  if (cause?.code === 'UND_ERR_SOCKET' || cause?.code === 'ECONNRESET' || (error as Error).message === 'terminated') {
    return 'the connection closed before the whole answer arrived';
  }
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** The body as text, read as it arrives: refused past `maxBytes`, and bound by the same signal as the request. */
async function readBody(response: Response, maxBytes: number, shown: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new SourceError(`cannot scrape ${shown}: the body is ${declared} bytes, more than the limit of ${maxBytes}`);
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new SourceError(`cannot scrape ${shown}: the body is larger than the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * GETs a /metrics endpoint within `timeoutMs` in all (connecting, headers and body), reading at most `maxBytes`.
 * Any failure (no connection, timeout, non-200, a cut or oversized body, an HTML page) is a SourceError whose
 * message never shows the URL's credentials; those are sent as HTTP basic authentication instead.
 */
export async function fetchExposition(url: string, timeoutMs: number, maxBytes = maxExpositionBytes): Promise<string> {
  const shown = redactUrl(url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SourceError(`${shown} is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new SourceError(`${shown}: only http and https URLs can be scraped`);
  const headers: Record<string, string> = { accept: 'text/plain;version=0.0.4, application/openmetrics-text;q=0.5' };
  if (parsed.username !== '' || parsed.password !== '') {
    const credentials = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
    headers.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
    parsed.username = '';
    parsed.password = '';
  }
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(parsed, { signal, headers });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new SourceError(`cannot scrape ${shown}: HTTP ${response.status} ${response.statusText}`);
    }
    const text = await readBody(response, maxBytes, shown);
    if ((response.headers.get('content-type') ?? '').includes('text/html') || /^\s*<(?:!doctype|html)/i.test(text)) {
      throw new SourceError(`cannot scrape ${shown}: the answer is an HTML page, not a Prometheus exposition (is this the /metrics endpoint?)`);
    }
    return text;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    if (signal.aborted) throw new SourceError(`cannot scrape ${shown}: no complete answer within ${timeoutMs} ms`);
    throw new SourceError(`cannot scrape ${shown}: ${causeOf(error)}`);
  }
}

/** Reads a saved scrape; `path` is relative to `cwd` and named as given in messages. */
export async function readExpositionFile(path: string, cwd: string): Promise<string> {
  try {
    return await readInputText(resolve(cwd, path));
  } catch (error) {
    throw new SourceError(`cannot read ${path}: ${describeFileError(error)}`);
  }
}
