/**
 * PromQL and LogQL checked with the real grammars (Prometheus' and Grafana's lezer parsers, the ones their
 * UIs use): syntax errors, metric names, label matchers, and the top-level comparison (the alert threshold).
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { parser as promqlParser } from '@prometheus-io/lezer-promql';
import { parser as logqlParser } from '@grafana/lezer-logql';

export interface LabelMatcher { readonly metric?: string; readonly label: string; readonly op: string; readonly value: string }
export interface Comparison { readonly op: string; readonly value: number }

export interface PromqlSummary {
  /** Texts around each syntax error (empty when the expression parses). */
  readonly errors: string[];
  /** Metric names of every vector selector, in order. */
  readonly metrics: string[];
  readonly matchers: LabelMatcher[];
  /** Function names called (rate, histogram_quantile…). */
  readonly functions: string[];
  /** The outermost comparison against a number, if the expression is one (`… > 0.01`). */
  readonly comparison?: Comparison;
}

const COMPARISONS: Record<string, string> = { Gtr: '>', Lss: '<', Gte: '>=', Lte: '<=', Eql: '==', Neq: '!=' };

function errorsOf(tree: Tree, text: string): string[] {
  const errors: string[] = [];
  tree.iterate({ enter: (n) => { if (n.type.isError) errors.push(`at ${n.from}: …${text.slice(Math.max(0, n.from - 15), n.from + 15)}…`); } });
  return errors;
}

function unquote(s: string): string {
  return s.startsWith('"') || s.startsWith("'") ? JSON.parse(s.startsWith("'") ? `"${s.slice(1, -1)}"` : s) : s.slice(1, -1);
}

export function parsePromql(expr: string): PromqlSummary {
  const tree = promqlParser.parse(expr);
  const text = (n: SyntaxNode) => expr.slice(n.from, n.to);
  const metrics: string[] = [];
  const matchers: LabelMatcher[] = [];
  const functions: string[] = [];
  tree.iterate({
    enter: (ref) => {
      const n = ref.node;
      if (n.name === 'VectorSelector') {
        const id = n.getChild('Identifier');
        if (id) metrics.push(text(id));
        const list = n.getChild('LabelMatchers');
        for (const m of list?.getChildren('UnquotedLabelMatcher') ?? []) {
          matchers.push({
            ...(id ? { metric: text(id) } : {}),
            label: text(m.getChild('LabelName')!),
            op: text(m.getChild('MatchOp')!),
            value: unquote(text(m.getChild('StringLiteral')!)),
          });
        }
      }
      if (n.name === 'FunctionIdentifier') functions.push(text(n));
      if (n.name === 'AggregateOp') functions.push(text(n));
    },
  });
  let comparison: Comparison | undefined;
  const top = tree.topNode.firstChild;
  if (top?.name === 'BinaryExpr') {
    const kids: SyntaxNode[] = [];
    for (let c = top.firstChild; c; c = c.nextSibling) kids.push(c);
    const op = kids.find((k) => k.name in COMPARISONS);
    const right = kids[kids.length - 1];
    if (op && right.name === 'NumberDurationLiteral') comparison = { op: COMPARISONS[op.name], value: Number(text(right)) };
  }
  return { errors: errorsOf(tree, expr), metrics, matchers, functions, comparison };
}

export interface LogqlSummary {
  readonly errors: string[];
  /** Matchers of the stream selector. */
  readonly selector: LabelMatcher[];
}

export function parseLogql(query: string): LogqlSummary {
  const tree = logqlParser.parse(query);
  const text = (n: SyntaxNode) => query.slice(n.from, n.to);
  const selector: LabelMatcher[] = [];
  tree.iterate({
    enter: (ref) => {
      const n = ref.node;
      if (n.name === 'Matcher' && n.parent?.name === 'Matchers') {
        const kids: SyntaxNode[] = [];
        for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
        const [label, op, value] = kids;
        if (label && op && value) selector.push({ label: text(label), op: text(op), value: unquote(text(value)) });
      }
    },
  });
  return { errors: errorsOf(tree, query), selector };
}
