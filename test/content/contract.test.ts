/**
 * The catalog against TTA.dev's metrics contract, cell by cell: REFERENCE §1 (read from /work/shared at test time,
 * never copied here) has the contract's metric table and its label values; every instrument, kind, unit,
 * attribute, optional mark, bucket and value must be in the catalog as the table says. Where the file is absent
 * the test says so loudly and checks nothing, except under CI=true, where it fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, test } from 'vitest';
import { ttaCatalog } from '../../queries/catalog.ts';
import type { AttributeSpec, MetricKind, MetricSpec } from '../../src/catalog/model.ts';
import { admittedValues } from '../../src/catalog/values.ts';

const referencePath = process.env.TTA_REFERENCE ?? fileURLToPath(new URL('../../../shared/REFERENCE.md', import.meta.url));

/** The text of section 1, from its heading to the next `## `. */
function sectionOne(markdown: string): string {
  const start = markdown.search(/^## 1\. /m);
  if (start < 0) throw new Error(`${referencePath}: no "## 1." section`);
  const rest = markdown.slice(start + 1);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The rows of the first table after `heading` (a line that starts the table's header row), as cells. */
function tableAfter(section: string, header: RegExp): string[][] {
  const lines = section.split('\n');
  const first = lines.findIndex((line) => header.test(line));
  if (first < 0) throw new Error(`${referencePath}: no table whose header matches ${header}`);
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
}

const backticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

const kinds: Readonly<Record<string, MetricKind>> = {
  counter: 'counter',
  histogram: 'histogram',
  'up-down counter': 'updowncounter',
  gauge: 'gauge',
};

interface ContractMetric {
  readonly name: string;
  readonly kind: MetricKind;
  readonly unit: string;
  readonly attributes: ReadonlyMap<string, boolean>;
  readonly buckets?: readonly number[];
  readonly emitted: boolean;
}

function contractMetrics(section: string): ContractMetric[] {
  const metrics: ContractMetric[] = [];
  for (const [instrument, kindCell, unitCell, attributesCell] of tableAfter(section, /^\| OTel instrument \| kind \| unit \| attributes \|/)) {
    const kind = kinds[Object.keys(kinds).find((word) => kindCell!.startsWith(word))!];
    if (kind === undefined) throw new Error(`unknown kind "${kindCell}"`);
    // "same as above; buckets 10, 50, ... ms": the previous row's attributes.
    const attributes = attributesCell!.startsWith('same as above')
      ? metrics.at(-1)!.attributes
      : new Map([...attributesCell!.matchAll(/`([^`]+)`(\s*\(optional)?/g)].map((match) => [match[1]!, match[2] !== undefined]));
    const buckets = /buckets ([\d, ]+)/.exec(attributesCell!)?.[1]!.split(',').map((text) => Number(text.trim()));
    metrics.push({
      name: backticked(instrument!)[0]!,
      kind,
      unit: backticked(unitCell!)[0]!,
      attributes,
      ...(buckets === undefined ? {} : { buckets }),
      emitted: !/not emitted/.test(attributesCell!),
    });
  }
  return metrics;
}

function catalogMetric(name: string): MetricSpec {
  const found = Object.values(ttaCatalog.metrics).find((metric) => metric.name === name);
  if (found === undefined) throw new Error(`the catalog has no metric ${name}`);
  return found;
}

/** Every catalog declaration of the attribute, on whichever metric carries it. */
function catalogAttributes(attribute: string): AttributeSpec[] {
  return Object.values(ttaCatalog.metrics as Readonly<Record<string, MetricSpec>>).flatMap((metric) =>
    metric.attributes[attribute] === undefined ? [] : [metric.attributes[attribute]],
  );
}

if (!existsSync(referencePath)) {
  test('catalog against the TTA.dev metrics contract (needs REFERENCE.md)', () => {
    const message = `the contract test needs ${referencePath} (set TTA_REFERENCE to its path)`;
    if (process.env.CI === 'true') throw new Error(`CI: ${message}`);
    console.warn(`\n${'!'.repeat(100)}\n!! CONTRACT TEST DID NOT RUN: ${message}\n${'!'.repeat(100)}\n`);
  });
} else {
  const section = sectionOne(readFileSync(referencePath, 'utf8'));
  const metrics = contractMetrics(section);
  const valueRows = tableAfter(section, /^\| attribute \| values \|/);
  // "Label values (the contract's §5):" says which section of the contract the value table is.
  const valuesSection = /Label values \(the contract's (§\d+)\)/.exec(section)?.[1];

  describe('the catalog is the metrics contract (REFERENCE §1)', () => {
    it('reads the whole table', () => {
      expect(metrics.map((metric) => metric.name)).toHaveLength(8);
      expect(valueRows.map(([attribute]) => backticked(attribute!)[0])).toHaveLength(5);
      expect(valuesSection).toBeDefined();
    });

    for (const contract of metrics) {
      it(`${contract.name}: kind, unit, attributes, optional marks, buckets and status`, () => {
        const metric = catalogMetric(contract.name);
        expect(metric.kind).toBe(contract.kind);
        expect(metric.unit).toBe(contract.unit);
        expect(metric.status).toBe(contract.emitted ? 'emitted' : 'planned');
        expect(Object.keys(metric.attributes).sort()).toEqual([...contract.attributes.keys()].sort());
        for (const [attribute, optional] of contract.attributes) {
          expect(metric.attributes[attribute]!.optional === true, `${attribute} optional`).toBe(optional);
        }
        expect(metric.buckets).toEqual(contract.buckets);
        expect(metric.source, 'where the metric is defined').toMatch(contract.emitted ? /contract §\d/ : /not the contract/);
      });
    }

    for (const [attributeCell, valuesCell] of valueRows) {
      const attribute = backticked(attributeCell!)[0]!;
      it(`${attribute}: the contract's values, and only those`, () => {
        // The backticked values before any parenthesised remark, in the contract's order.
        const values = backticked(valuesCell!.split(' (')[0]!);
        const declarations = catalogAttributes(attribute);
        expect(declarations.length, `metrics with ${attribute}`).toBeGreaterThan(0);
        for (const spec of declarations) {
          expect(spec.source, `${attribute} source`).toContain(`contract ${valuesSection}`);
          const admitted = admittedValues(spec)!;
          if (/class name/.test(valuesCell!)) {
            // Open-ended: every example the contract gives is admitted and named by a family; lower-case words are not.
            expect(admitted.closed).toBe(false);
            for (const example of values) {
              expect(admitted.allows(example), example).toBe(true);
              expect(admitted.known, `${example} in a family`).toContain(example);
            }
            for (const word of ['sequential', 'retry', 'llm', 'cache', 'Sequential', 'RetryPrimitive2']) expect(admitted.allows(word), word).toBe(false);
            continue;
          }
          expect(spec.values).toEqual(values);
          const sum = /`(\w+)` is the sum of the other (\w+)/.exec(valuesCell!);
          if (sum !== null) expect(spec.sumOf).toEqual({ [sum[1]!]: values.filter((value) => value !== sum[1]) });
          else expect(spec.sumOf).toBeUndefined();
        }
      });
    }

    it('names the contract and its version', () => {
      const version = /metrics-catalog\.spec\.md`?, version ([\d.]+)/.exec(section)?.[1];
      expect(version).toBeDefined();
      expect(ttaCatalog.source).toContain(`metrics-catalog.spec.md ${version}`);
    });

    it('gives every attribute of every emitted metric a source', () => {
      for (const metric of Object.values(ttaCatalog.metrics as Readonly<Record<string, MetricSpec>>)) {
        for (const [attribute, spec] of Object.entries(metric.attributes)) expect(spec.source, `${metric.name} ${attribute}`).toMatch(/\S/);
      }
    });
  });
}
