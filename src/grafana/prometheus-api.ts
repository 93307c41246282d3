/**
 * The Prometheus HTTP API, as Grafana's Prometheus datasource calls it: instant and range queries (POST, form
 * encoded) and label values for query variables. Answers are kept as Prometheus sends them, so that the frame
 * conversion (`frames.ts`) sees exactly what Grafana's backend sees.
 */

/** `[unix seconds, value as text]`: Prometheus writes sample values as strings (`"NaN"`, `"+Inf"`). */
export type PromSamplePair = readonly [number, string];

export interface PromSeries {
  readonly metric: Readonly<Record<string, string>>;
  /** Instant queries (`vector`). */
  readonly value?: PromSamplePair;
  /** Range queries (`matrix`). */
  readonly values?: readonly PromSamplePair[];
}

/** The `data` member of a successful `/api/v1/query` or `/api/v1/query_range` answer. */
export type PromQueryData =
  | { readonly resultType: 'vector'; readonly result: readonly PromSeries[] }
  | { readonly resultType: 'matrix'; readonly result: readonly PromSeries[] }
  | { readonly resultType: 'scalar'; readonly result: PromSamplePair }
  | { readonly resultType: 'string'; readonly result: PromSamplePair };

export interface PrometheusQueries {
  /** At `timeSeconds`, or at Prometheus's own current time when it is not given. */
  instant(expr: string, timeSeconds?: number): Promise<PromQueryData>;
  range(expr: string, startSeconds: number, endSeconds: number, stepSeconds: number): Promise<PromQueryData>;
  /** Values of a label, as Grafana's `label_values(selector, label)` fetches them. */
  labelValues(label: string, match: string | undefined): Promise<string[]>;
}

/**
 * Prometheus could not be reached (`unreachable`: no answer, or not Prometheus's JSON) or refused a request
 * (`refused`: a query error, such as a parse error); the message names the request.
 */
export class PrometheusRequestError extends Error {
  constructor(
    message: string,
    readonly kind: 'unreachable' | 'refused',
  ) {
    super(message);
    this.name = 'PrometheusRequestError';
  }
}

interface ApiAnswer {
  readonly status?: string;
  readonly error?: string;
  readonly data?: unknown;
}

async function call(url: URL, init: RequestInit, what: string, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new PrometheusRequestError(`${what}: cannot reach Prometheus at ${url.origin} (${cause})`, 'unreachable');
  }
  let answer: ApiAnswer;
  try {
    answer = (await response.json()) as ApiAnswer;
  } catch {
    throw new PrometheusRequestError(`${what}: ${url.origin} answered HTTP ${response.status} without Prometheus JSON`, 'unreachable');
  }
  if (answer.status !== 'success') throw new PrometheusRequestError(`${what}: ${answer.error ?? `HTTP ${response.status}`}`, 'refused');
  return answer.data;
}

/** A client of the Prometheus at `baseUrl` (`http://host:9090`, or with a path prefix). */
export function prometheusClient(baseUrl: string, timeoutMs = 10_000): PrometheusQueries {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const post = async (path: string, params: Record<string, string>, what: string) =>
    (await call(new URL(path, base), { method: 'POST', body: new URLSearchParams(params) }, what, timeoutMs)) as PromQueryData;
  return {
    instant: (expr, time) => post('api/v1/query', time === undefined ? { query: expr } : { query: expr, time: String(time) }, `instant query ${expr}`),
    range: (expr, start, end, step) =>
      post('api/v1/query_range', { query: expr, start: String(start), end: String(end), step: String(step) }, `range query ${expr}`),
    async labelValues(label, match) {
      const url = new URL(`api/v1/label/${encodeURIComponent(label)}/values`, base);
      if (match !== undefined) url.searchParams.set('match[]', match);
      return (await call(url, {}, `values of label ${label}`, timeoutMs)) as string[];
    },
  };
}
