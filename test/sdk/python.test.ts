/**
 * The generated Python module, judged by Python itself: the OpenTelemetry API's abstract `Meter` (through
 * test/sdk/drive_module.py), the API's own no-op and proxy meters, an interpreter without OpenTelemetry, and
 * pyright (strict) over the module and over calls with values the catalog does or does not allow.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import project from '../../dashboards.config.ts';
import { type Catalog, defineCatalog } from '../../src/catalog/model.ts';
import { pythonModule } from '../../src/sdk/python.ts';
import { runCapturing } from '../cli/capture.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** A catalog with what Python names and strings trip over: keywords, a parameter-name clash, quotes, `"""`, a gauge. */
const shopCatalog = defineCatalog({
  name: 'Shop "quoted" \\ catalog\nwith a line break',
  meter: 'shop.meter',
  source: 'Shop spec """2.0"""',
  metrics: {
    orders: {
      name: 'shop.orders',
      kind: 'counter',
      unit: '{order}',
      description: 'Orders "placed" \\ """ ending in a quote"',
      attributes: {
        class: { description: 'Order class', values: ['a"b', "it's", 'back\\slash'], legacyValues: { 'old"': 'a"b' } },
        amount: { description: 'Amount band', optional: true },
        'region.code': { values: ['eu', 'us'], optional: true },
      },
      status: 'emitted',
      source: 'Shop spec §1',
    },
    latency: {
      name: 'shop.checkout.duration',
      kind: 'histogram',
      unit: 's',
      description: 'Checkout time',
      attributes: { 'region.code': { values: ['eu', 'us'] } },
      status: 'emitted',
      buckets: [0.005, 0.5, 1, 2.5],
    },
    carts: { name: 'shop.carts.open', kind: 'updowncounter', unit: '1', description: 'Open carts', attributes: {}, status: 'emitted' },
    temperature: {
      name: 'shop.warehouse.temperature',
      kind: 'gauge',
      unit: 'Cel',
      description: 'Warehouse temperature',
      attributes: { warehouse: { description: 'Warehouse name' } },
      status: 'emitted',
    },
    satisfaction: { name: 'shop.satisfaction', kind: 'gauge', unit: '1', description: 'Planned', attributes: {}, status: 'planned' },
  },
});

function moduleText(catalog: Catalog, path: string): string {
  const { text, problems } = pythonModule(catalog, path);
  if (text === undefined) throw new Error(problems.map((problem) => problem.message).join('\n'));
  return text;
}

const ttaModulePath = project.pythonModule ?? 'python/tta_metrics.py';
const modules = [
  { name: 'tta_metrics', catalog: project.catalog as Catalog, text: moduleText(project.catalog, ttaModulePath) },
  { name: 'shop_metrics', catalog: shopCatalog as Catalog, text: moduleText(shopCatalog, 'python/shop_metrics.py') },
];

/** A metric's attributes in the order of the recording function's parameters: required first, then optional, each in catalog order. */
const inParameterOrder = (attributes: Catalog['metrics'][string]['attributes']) =>
  Object.entries(attributes).sort(([, a], [, b]) => Number(a.optional === true) - Number(b.optional === true));

const emitted = (catalog: Catalog) => Object.values(catalog.metrics).filter((metric) => metric.status === 'emitted');

describe('pythonModule', () => {
  test('the docstrings say what the catalog says about values: pattern, families, sums, older names', () => {
    const tta = modules[0].text;
    expect(tta).toContain('"total" is the sum of\n"input" and "output": record it besides them, never instead; not the older "prompt" (now "input")');
    expect(tta).toMatch(/primitive_type: The primitive's Python class name .*\n.*matches \^\[A-Z\]\[A-Za-z0-9\]\*Primitive\$; composition: SequentialPrimitive,/);
  });

  test('the same catalog gives the same bytes; planned metrics are left out and named', () => {
    expect(moduleText(shopCatalog, 'python/shop_metrics.py')).toBe(modules[1].text);
    expect(modules[1].text).not.toContain('shop.satisfaction"');
    expect(modules[1].text).toContain('Planned in the catalog, not emitted, so not here: shop.satisfaction.');
  });

  test('a keyword or a name the function uses gets a trailing underscore', () => {
    expect(modules[1].text).toContain('        class_: Class,\n');
    expect(modules[1].text).toContain('        amount_: Optional[str] = None,\n');
  });

  test('names that would collide in Python, a path outside the output folder or not importable, and a catalog without a meter are problems naming the file', () => {
    const clash = defineCatalog({
      name: 'clash',
      meter: 'clash',
      metrics: {
        a: { name: 'x.a', kind: 'counter', unit: '1', description: '', attributes: { 'a.b': {}, a_b: {} }, status: 'emitted' },
        b: { name: 'x.b', kind: 'counter', unit: '1', description: '', attributes: { mode: { values: ['on'] } }, status: 'emitted' },
        c: { name: 'x.c', kind: 'counter', unit: '1', description: '', attributes: { mode: { values: ['off'] } }, status: 'emitted' },
        d: { name: 'x_a', kind: 'counter', unit: '1', description: '', attributes: { meter: { values: ['m'] } }, status: 'emitted' },
      },
    });
    expect(pythonModule(clash, 'py/clash.py').problems).toEqual([
      { where: 'py/clash.py', message: 'metric x.a: attributes a.b and a_b would both be the parameter a_b' },
      { where: 'py/clash.py', message: 'metric x.c: attribute mode needs the type Mode, which attribute mode of another metric defines with other values' },
      { where: 'py/clash.py', message: 'metrics x.a and x_a would both be recorded by add_x_a()' },
      { where: 'py/clash.py', message: 'metric x_a: the type of attribute meter, Meter, is a name the module uses' },
    ]);
    for (const path of ['../escape.py', '/tmp/abs.py', 'py/tta-metrics.py', 'py/metrics.txt', 'py/../metrics.py', 'metrics.py/']) {
      expect(pythonModule(shopCatalog, path).problems, path).toEqual([
        { where: path, message: 'the Python module path must be relative to the output folder, without "..", and end in a module name (letters, digits, "_") and ".py"' },
      ]);
    }
    expect(pythonModule(shopCatalog, 'sdk.v2/metrics.py').problems).toEqual([]);
    const { meter: _meter, ...withoutMeter } = shopCatalog;
    expect(pythonModule(withoutMeter, 'py/shop.py').problems).toEqual([
      { where: 'py/shop.py', message: 'the catalog "Shop "quoted" \\ catalog\nwith a line break" names no meter, which the instruments are created on' },
    ]);
  });
});

describe('generate-dashboards and the Python module', () => {
  // The project's catalog and module path without its dashboards: what is checked here is the module alone.
  const moduleOnly = { ...project, dashboards: [], provisioning: undefined, slos: undefined, pythonModule: 'sdk/metrics.py' };

  test('it is written with the other files, and --check fails when it is stale or missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tta-python-generate-'));
    try {
      const generate = (...args: string[]) => runCapturing(moduleOnly, ['--out', 'out', ...args], dir);
      expect(await generate()).toMatchObject({ code: 0, stderr: '' });
      const file = join(dir, 'out', 'sdk', 'metrics.py');
      expect(readFileSync(file, 'utf8')).toBe(moduleText(project.catalog, 'sdk/metrics.py'));
      expect(await generate('--check')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^out is up to date/) });
      writeFileSync(file, readFileSync(file, 'utf8').replace('METER_NAME = ', 'METER_NAME = "edited" or '));
      const stale = await generate('--check');
      expect(stale.code).toBe(1);
      expect(stale.stdout).toContain('out/sdk/metrics.py: differs from the generated file\n');
      rmSync(file);
      expect(await generate('--check')).toMatchObject({ code: 1, stdout: expect.stringContaining('out/sdk/metrics.py: missing') });
      expect(await generate()).toMatchObject({ code: 0 });
      expect(await generate('--check')).toMatchObject({ code: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a module whose names collide in Python stops the run (exit 1), naming the file, and nothing is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tta-python-generate-'));
    try {
      const catalog = defineCatalog({
        name: 'clash',
        meter: 'clash',
        metrics: { a: { name: 'x.a', kind: 'counter', unit: '1', description: '', attributes: { 'a.b': {}, a_b: {} }, status: 'emitted' } },
      });
      const result = await runCapturing({ ...moduleOnly, catalog }, ['--out', 'out'], dir);
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr).toBe(
        'error: sdk/metrics.py: metric x.a: attributes a.b and a_b would both be the parameter a_b\n1 problem under profile otel-python; nothing was written.\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A python3 that can make virtual environments, or why there is none. */
function pythonProblem(): string | undefined {
  const probe = spawnSync('python3', ['-c', 'import venv, ensurepip'], { encoding: 'utf8', timeout: 20_000 });
  if (probe.error !== undefined) return 'python3 is not installed';
  if (probe.status !== 0) return `python3 cannot create virtual environments (${probe.stderr.trim().split('\n').pop()}); install python3-venv`;
  return undefined;
}

function run(command: string, args: readonly string[], timeout: number): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined || result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`);
  }
  return { stdout: result.stdout, stderr: result.stderr };
}

interface Received {
  instrument: string;
  operation: string;
  amount: unknown;
  attributes: Record<string, unknown>;
}

interface ApiRun {
  otel_module: boolean;
  api_parameters: Record<string, boolean>;
  meter_name: string;
  instruments: { meter: string; name: string; kind: string; unit: string; description: string; advisory: number[] | null; advisory_types: string[] | null }[];
  instrument_keys: string[];
  instruments_are_api_instruments: boolean;
  methods: { name: string; parameters: { name: string; keyword_only: boolean; has_default: boolean; default: unknown; literal: string[] | null; type: string }[] }[];
  calls: { method: string; value: number; passed: Record<string, string>; received: Received[]; returned: unknown }[];
  bad_calls_raised: string[];
  bad_calls_logged: string[];
  refusing_meter_raised: string[];
  refusing_meter_logged: string[];
  logged_otherwise: string[];
  proxy_instruments: ApiRun['instruments'];
  proxy_received: Received[];
}

const problem = pythonProblem();

if (problem !== undefined) {
  test('the generated Python module against opentelemetry-api (needs python3 with venv)', () => {
    const message = `the Python module tests need python3 with venv: ${problem}`;
    if (process.env.CI === 'true') throw new Error(`CI: ${message}`);
    console.warn(`\n${'!'.repeat(100)}\n!! PYTHON MODULE TESTS DID NOT RUN: ${message}\n${'!'.repeat(100)}\n`);
  });
} else {
  describe('the generated Python module, run by Python', () => {
    let dir: string;
    let apiPython: string;
    let barePython: string;
    const apiRuns = new Map<string, ApiRun>();

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'tta-python-'));
      const moduleDir = join(dir, 'modules');
      mkdirSync(moduleDir);
      for (const { name, text } of modules) writeFileSync(join(moduleDir, `${name}.py`), text);
      // One environment with opentelemetry-api from the configured index, one with nothing installed.
      run('python3', ['-m', 'venv', join(dir, 'api-env')], 60_000);
      apiPython = join(dir, 'api-env', 'bin', 'python');
      run(apiPython, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--retries', '0', '--timeout', '20', 'opentelemetry-api'], 180_000);
      run('python3', ['-m', 'venv', '--without-pip', join(dir, 'bare-env')], 60_000);
      barePython = join(dir, 'bare-env', 'bin', 'python');
      for (const { name } of modules) {
        // -W error: a warning from the module or the API would fail the run.
        const { stdout, stderr } = run(apiPython, ['-W', 'error', join(here, 'drive_module.py'), moduleDir, name, 'api'], 60_000);
        expect(stderr).toBe('');
        apiRuns.set(name, JSON.parse(stdout) as ApiRun);
      }
    }, 300_000);

    afterAll(() => {
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    });

    test.each(modules)('$name: create_instruments makes exactly the emitted metrics, on a Meter with the API\'s parameters', ({ name, catalog }) => {
      const result = apiRuns.get(name)!;
      expect(result.otel_module).toBe(true);
      expect(result.api_parameters).toEqual({ create_counter: true, create_gauge: true, create_histogram: true, create_up_down_counter: true });
      expect(result.meter_name).toBe(catalog.meter);
      expect(result.instruments_are_api_instruments).toBe(true);
      expect(result.instrument_keys).toEqual(emitted(catalog).map((metric) => metric.name).sort());
      expect(result.instruments).toEqual(
        emitted(catalog).map((metric) => ({
          meter: 'direct',
          name: metric.name,
          kind: metric.kind,
          unit: metric.unit,
          description: metric.description,
          advisory: metric.buckets === undefined ? null : [...metric.buckets],
          // Integral bounds stay integers: the exporter writes `le="10"`, which the dashboards' `le="1000"` selects.
          advisory_types: metric.buckets === undefined ? null : [...new Set(metric.buckets.map((bound) => (Number.isInteger(bound) ? 'int' : 'float')))].sort(),
        })),
      );
    });

    test.each(modules)('$name: one recording function per metric sends exactly the catalog\'s attributes and values', ({ name, catalog }) => {
      const result = apiRuns.get(name)!;
      const methodsByInstrument = new Map<string, Set<string>>();
      for (const call of result.calls) {
        expect(call.returned).toBeNull();
        expect(call.received).toHaveLength(1);
        const [received] = call.received;
        methodsByInstrument.set(received.instrument, (methodsByInstrument.get(received.instrument) ?? new Set()).add(call.method));
        const metric = emitted(catalog).find((candidate) => candidate.name === received.instrument)!;
        expect(received.operation).toBe({ counter: 'add', updowncounter: 'add', histogram: 'record', gauge: 'set' }[metric.kind]);
        expect(received.amount).toBe(call.value);
        const method = result.methods.find((candidate) => candidate.name === call.method)!;
        const [value, ...keywords] = method.parameters;
        expect(value).toMatchObject({ keyword_only: false, has_default: metric.kind === 'counter', type: 'float' });
        if (metric.kind === 'counter') expect(value.default).toBe(1);
        // Keyword-only parameters, one per attribute; sent under the attribute's name with the value passed.
        expect(keywords.every((parameter) => parameter.keyword_only)).toBe(true);
        expect(keywords).toHaveLength(Object.keys(metric.attributes).length);
        const attributeOrder = inParameterOrder(metric.attributes).map(([attribute]) => attribute);
        const sent = Object.entries(call.passed).map(([parameter, passed]) => {
          const index = keywords.findIndex((candidate) => candidate.name === parameter);
          return [attributeOrder[index], passed];
        });
        expect(received.attributes).toEqual(Object.fromEntries(sent));
        for (const [attribute, spec] of Object.entries(metric.attributes)) {
          expect(attribute in received.attributes || spec.optional === true).toBe(true);
        }
      }
      for (const metric of emitted(catalog)) {
        expect(methodsByInstrument.get(metric.name)?.size, metric.name).toBe(1);
        const method = result.methods.find((candidate) => candidate.name === [...methodsByInstrument.get(metric.name)!][0])!;
        // Parameters follow the catalog's attributes (required ones first): closed values are Literal types, optional ones default to None.
        expect(method.parameters.slice(1).map(({ literal, has_default, default: fallback }) => ({ literal, has_default, fallback }))).toEqual(
          inParameterOrder(metric.attributes).map(([, spec]) => ({ literal: spec.values === undefined ? null : [...spec.values], has_default: spec.optional === true, fallback: null })),
        );
      }
      expect(methodsByInstrument.size).toBe(emitted(catalog).length);
    });

    test.each(modules)('$name: bad values, a refusing meter and the API\'s no-op meter never raise', ({ name, catalog }) => {
      const result = apiRuns.get(name)!;
      expect(result.bad_calls_raised).toEqual([]);
      // A failed recording is logged at debug level only: recording is on the application's hot path.
      expect(new Set(result.bad_calls_logged)).toEqual(new Set(emitted(catalog).map((metric) => `DEBUG recording ${metric.name} failed`)));
      // A meter that cannot create the instruments is said once, as a warning naming the meter.
      expect(result.refusing_meter_raised).toEqual([]);
      expect(result.refusing_meter_logged).toEqual([
        `WARNING ${catalog.meter} records no metrics: creating its instruments failed: RuntimeError('this meter refuses every instrument')`,
      ]);
      expect(result.logged_otherwise).toEqual([]);
    });

    test.each(modules)('$name: a recorder made before the SDK is set up records through the API\'s proxy meter', ({ name, catalog }) => {
      const result = apiRuns.get(name)!;
      expect(result.proxy_instruments.map(({ meter, name: instrument, advisory }) => ({ meter, instrument, advisory }))).toEqual(
        emitted(catalog).map((metric) => ({ meter: catalog.meter, instrument: metric.name, advisory: metric.buckets === undefined ? null : [...metric.buckets] })),
      );
      expect(new Set(result.proxy_received.map((received) => received.instrument))).toEqual(new Set(emitted(catalog).map((metric) => metric.name)));
    });

    test.each(modules)('$name: without OpenTelemetry, importing and every call are silent no-ops', ({ name, catalog }) => {
      const bare = spawnSync(barePython, ['-W', 'error', join(here, 'drive_module.py'), join(dir, 'modules'), name, 'without-otel'], { encoding: 'utf8', timeout: 60_000 });
      expect(bare.stderr).toBe('');
      expect(bare.status).toBe(0);
      const result = JSON.parse(bare.stdout) as { otel_module: boolean; instruments: number; methods: string[]; calls: number; returned: string[]; logged: string[] };
      expect(result).toMatchObject({ otel_module: false, instruments: 0, returned: ['None'], logged: [] });
      expect(result.methods).toHaveLength(emitted(catalog).length);
      expect(result.calls).toBeGreaterThan(emitted(catalog).length * 2);
    });

    test('pyright (strict) accepts the modules, every allowed value, and rejects values outside the catalog', () => {
      const typing = join(dir, 'typing');
      mkdirSync(typing, { recursive: true });
      for (const { name, text } of modules) writeFileSync(join(typing, `${name}.py`), text);
      // Calls built from the catalog: each allowed value of each closed attribute, then one value it does not allow.
      const good: string[] = [];
      const bad: string[] = [];
      for (const { name } of modules) {
        const result = apiRuns.get(name)!;
        good.push(`import ${name}`, `${name}_recorder = ${name}.MetricsRecorder()`);
        for (const method of result.methods) {
          const [, ...keywords] = method.parameters;
          const base = keywords.filter((parameter) => !parameter.has_default).map((parameter) => [parameter.name, JSON.stringify(parameter.literal?.[0] ?? 'x')]);
          const call = (overrides: Record<string, string>) =>
            `${name}_recorder.${method.name}(1, ${Object.entries({ ...Object.fromEntries(base), ...overrides }).map(([key, value]) => `${key}=${value}`).join(', ')})`;
          for (const parameter of keywords.filter((candidate) => candidate.literal !== null)) {
            for (const value of parameter.literal!) good.push(call({ [parameter.name]: JSON.stringify(value) }));
            bad.push(call({ [parameter.name]: JSON.stringify(`not-${parameter.literal![0]}`) }));
          }
        }
      }
      writeFileSync(join(typing, 'calls.py'), [...good, ...bad].join('\n') + '\n');
      writeFileSync(join(typing, 'pyrightconfig.json'), JSON.stringify({ strict: modules.map(({ name }) => `${name}.py`) }));
      const pyright = join(dirname(createRequire(import.meta.url).resolve('pyright/package.json')), 'index.js');
      const result = spawnSync(process.execPath, [pyright, '--outputjson', '--pythonpath', apiPython, '-p', join(typing, 'pyrightconfig.json')], {
        encoding: 'utf8',
        timeout: 120_000,
        cwd: typing,
      });
      const report = JSON.parse(result.stdout) as { generalDiagnostics: { file: string; severity: string; rule?: string; range: { start: { line: number } } }[] };
      const errors = report.generalDiagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      expect(bad.length).toBeGreaterThan(5);
      expect(errors.map((error) => `${error.file.split('/').pop()}:${error.range.start.line + 1} ${error.rule}`)).toEqual(
        bad.map((_, index) => `calls.py:${good.length + index + 1} reportArgumentType`),
      );
    }, 150_000);
  });
}
