/**
 * The SDK side of a catalog, for Python: a module that creates the catalog's OpenTelemetry instruments and
 * records them through one typed function per metric, so that an application emits exactly what the
 * dashboards read. It needs only `opentelemetry-api`; it is generated, never edited, so it cannot drift from
 * the catalog.
 */
import type { AttributeSpec, Catalog, MetricKind, MetricSpec } from '../catalog/model.ts';
import type { Problem } from '../compile/problem.ts';
import { compareText } from '../text/compare.ts';

/**
 * How each instrument kind is created through the API's `Meter` and recorded (`verb`: the instrument's method,
 * and the prefix of the recording function), and what its value is called.
 */
const instrumentKinds: Readonly<Record<MetricKind, { words: string; create: string; verb: string; value: string; valueDoc: string }>> = {
  counter: { words: 'counter', create: 'create_counter', verb: 'add', value: 'amount', valueDoc: 'How much to add; never negative' },
  updowncounter: { words: 'up-down counter', create: 'create_up_down_counter', verb: 'add', value: 'amount', valueDoc: 'How much to add; negative to subtract' },
  histogram: { words: 'histogram', create: 'create_histogram', verb: 'record', value: 'value', valueDoc: 'The measurement' },
  // The API has a synchronous gauge from opentelemetry-api 1.23 on.
  gauge: { words: 'gauge', create: 'create_gauge', verb: 'set', value: 'value', valueDoc: 'The current value' },
};

/** Docstring lines are wrapped here, as PEP 8's 72 columns are too few for the families. */
const docWidth = 116;

/** Names the module defines or imports; a type alias must not take them. */
const moduleNames = new Set([
  ...['METER_NAME', 'MetricsRecorder', 'create_instruments'],
  ...['logging', 'TYPE_CHECKING', 'Any', 'Dict', 'Literal', 'Optional', 'Instrument', 'Meter'],
]);

/** Names a recording function uses besides its keyword parameters. */
const functionLocals = ['self', 'attributes'];

const pythonKeywords = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from global if ' +
    'import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' '),
);

/**
 * A Python identifier for an attribute or metric name: `primitive.name` -> `primitive_name`; a keyword or a
 * name in `taken` gets PEP 8's trailing underscore (`class` -> `class_`).
 */
function pythonIdentifier(name: string, taken: readonly string[] = []): string {
  let identifier = name.replace(/[^A-Za-z0-9_]/g, '_');
  if (/^[0-9]/.test(identifier) || identifier === '') identifier = `_${identifier}`;
  return pythonKeywords.has(identifier) || taken.includes(identifier) ? `${identifier}_` : identifier;
}

/** `llm.token_type` -> `LlmTokenType`: the name of the attribute's Literal type. */
function typeName(attribute: string): string {
  const words = attribute.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const name = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
  return /^[0-9]/.test(name) || name === '' ? `Attribute${name}` : name;
}

/** A Python string literal. JSON's escapes (`\"`, `\\`, `\n`, `\uXXXX`) mean the same in Python. */
function pythonString(text: string): string {
  return JSON.stringify(text);
}

/**
 * Text inside a `"""` docstring: backslashes escaped, and a quote escaped where it could join others (or the
 * closing quotes) into `"""`, so no catalog text can end the docstring early.
 */
function docText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/"(?="|$)/g, '\\"')
      // Python source cannot hold a NUL byte; control characters are written as escapes.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`)
  );
}

/** Text on a `#` comment line: a line break would end the comment and start code. */
function commentText(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Words of `text` in lines of at most `docWidth` columns (longer words stand alone), each after `indent`; later ones after `hanging` more. */
function wrapped(text: string, indent: string, hanging = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const prefix = lines.length === 0 ? indent : indent + hanging;
    if (line !== '' && prefix.length + line.length + 1 + word.length > docWidth) {
      lines.push(prefix + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push((lines.length === 0 ? indent : indent + hanging) + line);
  return lines;
}

/** Bucket boundaries as Python numbers: integral ones stay integers, so the exporter writes `le="10"`, not `le="10.0"`. */
function pythonNumber(value: number): string {
  return String(value);
}

interface Parameter {
  readonly attribute: string;
  readonly name: string;
  readonly spec: AttributeSpec;
  /** The Python type of the parameter, without `Optional`. */
  readonly type: string;
}

interface RecordingFunction {
  readonly metric: MetricSpec;
  readonly name: string;
  readonly parameters: readonly Parameter[];
}

/** What the module declares: the Literal types of closed attributes, and one recording function per emitted metric. */
interface ModulePlan {
  readonly literals: ReadonlyMap<string, { readonly attribute: string; readonly spec: AttributeSpec }>;
  readonly functions: readonly RecordingFunction[];
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function planModule(catalog: Catalog, where: string): { plan: ModulePlan; problems: Problem[] } {
  const problems: Problem[] = [];
  const literals = new Map<string, { attribute: string; spec: AttributeSpec }>();
  const functions: RecordingFunction[] = [];
  const functionNames = new Map<string, string>();
  for (const metric of Object.values(catalog.metrics)) {
    if (metric.status !== 'emitted') continue;
    const kind = instrumentKinds[metric.kind];
    const name = `${kind.verb}_${pythonIdentifier(metric.name)}`;
    const clash = functionNames.get(name);
    if (clash !== undefined) problems.push({ where, message: `metrics ${clash} and ${metric.name} would both be recorded by ${name}()` });
    functionNames.set(name, metric.name);
    const parameterOwners = new Map<string, string>();
    const parameters: Parameter[] = [];
    for (const [attribute, spec] of Object.entries(metric.attributes)) {
      const parameter = pythonIdentifier(attribute, [...functionLocals, kind.value]);
      const owner = parameterOwners.get(parameter);
      if (owner !== undefined) problems.push({ where, message: `metric ${metric.name}: attributes ${owner} and ${attribute} would both be the parameter ${parameter}` });
      parameterOwners.set(parameter, attribute);
      let type = 'str';
      if (spec.values !== undefined) {
        type = typeName(attribute);
        const known = literals.get(type);
        if (moduleNames.has(type)) problems.push({ where, message: `metric ${metric.name}: the type of attribute ${attribute}, ${type}, is a name the module uses` });
        else if (known !== undefined && !(known.attribute === attribute && sameValues(known.spec.values ?? [], spec.values))) {
          problems.push({ where, message: `metric ${metric.name}: attribute ${attribute} needs the type ${type}, which attribute ${known.attribute} of another metric defines with other values` });
        } else literals.set(type, { attribute, spec });
      }
      parameters.push({ attribute, name: parameter, spec, type });
    }
    // Required attributes first, in catalog order, then the optional ones: the order a reader expects.
    parameters.sort((a, b) => Number(a.spec.optional === true) - Number(b.spec.optional === true));
    functions.push({ metric, name, parameters });
  }
  return { plan: { literals, functions }, problems };
}

/** What the catalog says about an attribute's values, for the docstring. */
function valuesDoc(spec: AttributeSpec): string {
  const notes: string[] = [];
  if (spec.pattern !== undefined) notes.push(`matches ${spec.pattern}`);
  for (const [family, members] of Object.entries(spec.families ?? {})) notes.push(`${family}: ${members.join(', ')}`);
  for (const [sum, parts] of Object.entries(spec.sumOf ?? {})) {
    notes.push(`"${sum}" is the sum of ${parts.map((part) => `"${part}"`).join(' and ')}: record it besides them, never instead`);
  }
  const legacy = Object.entries(spec.legacyValues ?? {});
  if (legacy.length > 0) notes.push(`not the older ${legacy.map(([old, now]) => `"${old}" (now "${now}")`).join(', ')}`);
  return notes.length === 0 ? '' : `; ${notes.join('; ')}`;
}

function literalLines(plan: ModulePlan): string[] {
  const lines: string[] = [];
  for (const [type, { attribute, spec }] of plan.literals) {
    lines.push(`${type} = Literal[${(spec.values ?? []).map(pythonString).join(', ')}]`);
    const source = spec.source === undefined ? '' : ` Source: ${spec.source}.`;
    const doc = wrapped(`"""Values of \`${docText(attribute)}\`: ${docText(`${spec.description ?? ''}${valuesDoc(spec)}.${source}`)}`, '');
    lines.push(...doc.slice(0, -1), `${doc[doc.length - 1]}"""`, '');
  }
  return lines;
}

function createInstrumentLines(plan: ModulePlan): string[] {
  const lines = [
    'def create_instruments(meter: Meter) -> Dict[str, Instrument]:',
    '    """Creates every instrument of the catalog on `meter`, keyed by instrument name."""',
    '    return {',
  ];
  for (const { metric } of plan.functions) {
    const kind = instrumentKinds[metric.kind];
    lines.push(`        ${pythonString(metric.name)}: meter.${kind.create}(`);
    lines.push(`            ${pythonString(metric.name)},`, `            unit=${pythonString(metric.unit)},`, `            description=${pythonString(metric.description)},`);
    if (metric.kind === 'histogram' && metric.buckets !== undefined) {
      lines.push(`            explicit_bucket_boundaries_advisory=[${metric.buckets.map(pythonNumber).join(', ')}],`);
    }
    lines.push('        ),');
  }
  lines.push('    }');
  return lines;
}

function recordingFunctionLines(fn: RecordingFunction): string[] {
  const { metric, parameters } = fn;
  const kind = instrumentKinds[metric.kind];
  const value = metric.kind === 'counter' ? `${kind.value}: float = 1` : `${kind.value}: float`;
  const keyword = parameters.map(({ name, spec, type }) => (spec.optional === true ? `${name}: Optional[${type}] = None` : `${name}: ${type}`));
  const lines = [`    def ${fn.name}(`, '        self,', `        ${value},`];
  if (keyword.length > 0) lines.push('        *,', ...keyword.map((parameter) => `        ${parameter},`));
  lines.push('    ) -> None:');
  const buckets = metric.buckets === undefined ? '' : `, buckets ${metric.buckets.join(', ')}`;
  const unit = `unit \`${metric.unit}\``;
  lines.push(...wrapped(`"""${docText(`${metric.description}: \`${metric.name}\` (${kind.words}, ${unit}${buckets}).`)}`, '        '));
  if (metric.source !== undefined) lines.push('', ...wrapped(`Source: ${docText(metric.source)}.`, '        '));
  lines.push('', '        Args:', ...wrapped(`${kind.value}: ${kind.valueDoc} (${docText(unit)}).`, '            ', '    '));
  for (const { attribute, name, spec } of parameters) {
    const optional = spec.optional === true ? ' Optional: left out when None.' : '';
    const doc = `${spec.description ?? 'No description'} (\`${attribute}\`)${valuesDoc(spec)}.`;
    lines.push(...wrapped(`${name}: ${docText(doc)}${optional}`, '            ', '    '));
  }
  lines.push('        """');
  const required = parameters.filter((parameter) => parameter.spec.optional !== true);
  lines.push(`        attributes: Dict[str, str] = {${required.length === 0 ? '}' : ''}`);
  if (required.length > 0) {
    lines.push(...required.map(({ attribute, name }) => `            ${pythonString(attribute)}: ${name},`), '        }');
  }
  for (const { attribute, name } of parameters.filter((parameter) => parameter.spec.optional === true)) {
    lines.push(`        if ${name} is not None:`, `            attributes[${pythonString(attribute)}] = ${name}`);
  }
  lines.push(`        self._record(${pythonString(metric.name)}, ${pythonString(kind.verb)}, ${kind.value}, attributes)`);
  return lines;
}

/** A value for the module's example call: an allowed one when the catalog names any. */
function exampleValue(spec: AttributeSpec): string {
  return spec.values?.[0] ?? Object.values(spec.families ?? {})[0]?.[0] ?? '...';
}

/** The module's text; `moduleName` is how users import it, for the examples. */
function moduleText(catalog: Catalog & { meter: string }, plan: ModulePlan, moduleName: string): string {
  const planned = Object.values(catalog.metrics)
    .filter((metric) => metric.status !== 'emitted')
    .map((metric) => metric.name)
    .sort(compareText);
  const example = plan.functions[0];
  const exampleArguments =
    example === undefined
      ? []
      : [
          ...(example.metric.kind === 'counter' ? [] : ['1']),
          ...example.parameters.filter((parameter) => parameter.spec.optional !== true).map(({ name, spec }) => `${name}=${pythonString(exampleValue(spec))}`),
        ];
  const exampleCall = example === undefined ? [] : [`    metrics.${example.name}(`, ...exampleArguments.map((argument) => `        ${argument},`), '    )'];
  const lines = [
    `# Generated by generate-dashboards from the metric catalog "${commentText(catalog.name)}"; do not edit.`,
    ...(catalog.source === undefined ? [] : [`# The catalog follows ${commentText(catalog.source)}.`]),
    `"""OpenTelemetry instruments of "${docText(catalog.name)}", with one typed recording function per metric.`,
    '',
    'Needs only opentelemetry-api. Importing it and recording never raise; without OpenTelemetry every call',
    'is a no-op, and before an SDK is configured the API records nothing.',
    '',
    `    from ${moduleName} import MetricsRecorder`,
    '',
    `    metrics = MetricsRecorder()  # instruments on the meter "${docText(catalog.meter)}"`,
    ...exampleCall.map(docText),
    ...(planned.length === 0 ? [] : ['', `Planned in the catalog, not emitted, so not here: ${planned.join(', ')}.`]),
    '"""',
    '',
    'from __future__ import annotations',
    '',
    'import logging',
    'from typing import TYPE_CHECKING, Any, Dict, Literal, Optional',
    '',
    'if TYPE_CHECKING:',
    '    from opentelemetry.metrics import Instrument, Meter',
    '',
    'try:',
    '    from opentelemetry import metrics as _otel_metrics',
    'except Exception:  # not installed, or broken: recording is a no-op',
    '    _otel_metrics = None  # type: ignore[assignment]',
    '',
    `METER_NAME = ${pythonString(catalog.meter)}`,
    '',
    '_logger = logging.getLogger(__name__)',
    '',
    ...literalLines(plan),
    '',
    ...createInstrumentLines(plan),
    '',
    '',
    'class MetricsRecorder:',
    '    """Records the catalog\'s metrics; every method returns None and never raises."""',
    '',
    '    def __init__(self, meter: Optional[Meter] = None) -> None:',
    '        """Creates the instruments on `meter`, by default the global meter provider\'s meter METER_NAME."""',
    '        self._instruments: Dict[str, Any] = {}',
    '        try:',
    '            if meter is None and _otel_metrics is not None:',
    '                meter = _otel_metrics.get_meter(METER_NAME)',
    '            if meter is not None:',
    '                self._instruments = create_instruments(meter)',
    '        except Exception as error:  # an API too old for bucket advice, a broken meter: say so once',
    '            _logger.warning("%s records no metrics: creating its instruments failed: %r", METER_NAME, error)',
    '',
    '    def _record(self, name: str, method: str, value: float, attributes: Dict[str, str]) -> None:',
    '        instrument = self._instruments.get(name)',
    '        if instrument is None:',
    '            return',
    '        try:',
    '            getattr(instrument, method)(value, attributes)',
    '        except Exception:',
    '            _logger.debug("recording %s failed", name, exc_info=True)',
  ];
  for (const fn of plan.functions) lines.push('', ...recordingFunctionLines(fn));
  return `${lines.join('\n')}\n`;
}

/**
 * The Python module of a catalog, or the problems that stop it (names that would collide in Python, a
 * catalog without a meter). `path` is where it is written, for messages and the import name in examples.
 */
export function pythonModule(catalog: Catalog, path: string): { text?: string; problems: Problem[] } {
  // The path is joined to the output folder: it must stay inside it and name a module Python can import.
  if (!/^([A-Za-z0-9_][A-Za-z0-9_.-]*\/)*[A-Za-z_][A-Za-z0-9_]*\.py$/.test(path) || path.split('/').some((segment) => /^\.+$/.test(segment))) {
    return { problems: [{ where: path, message: 'the Python module path must be relative to the output folder, without "..", and end in a module name (letters, digits, "_") and ".py"' }] };
  }
  if (catalog.meter === undefined) return { problems: [{ where: path, message: `the catalog "${catalog.name}" names no meter, which the instruments are created on` }] };
  const { plan, problems } = planModule(catalog, path);
  if (problems.length > 0) return { problems };
  const moduleName = (path.split('/').pop() ?? path).replace(/\.py$/, '');
  return { text: moduleText({ ...catalog, meter: catalog.meter }, plan, moduleName), problems };
}
