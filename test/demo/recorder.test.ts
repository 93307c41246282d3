import { describe, expect, test } from 'vitest';
import { defineCatalog } from '../../src/catalog/model.ts';
import { familyOf, parseExposition } from '../../src/verify/exposition.ts';
import { expose } from './expose.ts';

const catalog = defineCatalog({
  name: 'shop',
  meter: 'shop',
  metrics: {
    orders: {
      name: 'shop.orders',
      kind: 'counter',
      unit: '1',
      description: 'Orders placed',
      attributes: { status: { values: ['ok', 'failed'] }, region: { optional: true } },
      status: 'emitted',
    },
    latency: {
      name: 'shop.checkout.duration',
      kind: 'histogram',
      unit: 'ms',
      description: 'Checkout time',
      attributes: {},
      status: 'emitted',
      buckets: [5, 50, 500],
    },
    carts: { name: 'shop.carts.open', kind: 'updowncounter', unit: '1', description: 'Open carts', attributes: {}, status: 'emitted' },
    stock: { name: 'shop.stock.level', kind: 'gauge', unit: '1', description: 'Items in stock', attributes: {}, status: 'emitted' },
    satisfaction: { name: 'shop.satisfaction', kind: 'gauge', unit: '1', description: 'Planned', attributes: {}, status: 'planned' },
  },
});

describe('createCatalogRecorder', () => {
  test('creates the catalog\'s instruments with their kind, unit, description and histogram buckets', async () => {
    const text = await expose(catalog, (metrics) => {
      metrics.record('orders', 2, { status: 'ok', region: 'eu' });
      metrics.record('orders', 1, { status: 'failed' });
      metrics.record('latency', 7, {});
      metrics.record('latency', 700, {});
      metrics.record('carts', 3, {});
      metrics.record('carts', -1, {});
      metrics.record('stock', 40, {});
      metrics.record('stock', 38, {});
    });
    const exposition = parseExposition(text);
    const value = (name: string, labels: Record<string, string> = {}) =>
      exposition.samples.find((sample) => sample.name === name && Object.entries(labels).every(([key, v]) => sample.labels[key] === v))?.value;
    expect(familyOf(exposition, 'shop_orders_total')).toEqual({ name: 'shop_orders_total', type: 'counter', help: 'Orders placed', unit: '1' });
    expect(familyOf(exposition, 'shop_checkout_duration_bucket')).toMatchObject({ type: 'histogram', unit: 'ms' });
    expect(familyOf(exposition, 'shop_carts_open')?.type).toBe('gauge');
    expect(familyOf(exposition, 'shop_stock_level')?.type).toBe('gauge');
    expect(value('shop_orders_total', { status: 'ok', region: 'eu' })).toBe(2);
    expect(value('shop_carts_open')).toBe(2);
    expect(value('shop_stock_level')).toBe(38);
    const buckets = exposition.samples.filter((sample) => sample.name === 'shop_checkout_duration_bucket');
    expect(buckets.map((sample) => [sample.labels.le, sample.value])).toEqual([
      ['5', 0],
      ['50', 1],
      ['500', 1],
      ['+Inf', 2],
    ]);
    expect(text).not.toContain('shop_satisfaction');
  });

  test('only emitted metrics can be recorded, with their required attributes', async () => {
    await expose(catalog, (metrics) => {
      // @ts-expect-error planned metrics have no instrument
      expect(() => metrics.record('satisfaction', 1, {})).toThrow('shop: no emitted metric with key "satisfaction"');
      // @ts-expect-error `status` is required on orders
      metrics.record('orders', 1, { region: 'eu' });
      // @ts-expect-error `status` has a closed set of values
      metrics.record('orders', 1, { status: 'lost' });
    });
  });
});
