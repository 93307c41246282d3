import type { Thresholds } from './model.ts';

/** Higher is better: red below `target`, green from it; with `warnFrom`, yellow between `warnFrom` and `target`. */
export function goodFrom(target: number, options: { warnFrom?: number } = {}): Thresholds {
  const warn = options.warnFrom === undefined ? [] : [{ value: options.warnFrom, color: 'yellow' }];
  return { mode: 'absolute', steps: [{ value: null, color: 'red' }, ...warn, { value: target, color: 'green' }] };
}

/** Lower is better: green below `limit`, `color` (red) from it; `style` draws it on time series. */
export function badFrom(limit: number, options: { color?: string; style?: Thresholds['style'] } = {}): Thresholds {
  return {
    mode: 'absolute',
    ...(options.style === undefined ? {} : { style: options.style }),
    steps: [
      { value: null, color: 'green' },
      { value: limit, color: options.color ?? 'red' },
    ],
  };
}
