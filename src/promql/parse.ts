import type { Tree } from '@lezer/common';
import { parser } from '@prometheus-io/lezer-promql';

/** The field of @lezer/lr's Parse that counts left-associative reductions from one start (not in its types). */
interface LeftReductionCount {
  bigReductionCount: number;
}

/**
 * Parses PromQL with lezer-promql, without lezer's cut of long left-associative chains. After 300 reductions of
 * 2,000+ characters from one start, lezer forces the chain apart to keep its tree shallow, which turns valid long
 * queries (1,000 `or` terms, a cost query over hundreds of priced models; promtool accepts both) into syntax
 * errors. Resetting that count before each step keeps the chain whole; lezer's stack-depth cut (about 2,500 levels)
 * still bounds how deep any tree gets. test/promql/long-queries.test.ts fails if a lezer release renames the field.
 */
export function parsePromql(text: string): Tree {
  const parse = parser.startParse(text);
  for (;;) {
    (parse as unknown as LeftReductionCount).bigReductionCount = 0;
    const tree = parse.advance();
    if (tree !== null) return tree;
  }
}
