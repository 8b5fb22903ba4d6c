/**
 * What this process already computed from a document's text (its parse, its gate findings, its images): a
 * chart's CRDs are the same text in every environment, so each is worked on once per synth. In memory only
 * and keyed by the exact text: nothing outlives the process, and a text is worked on in full the first time.
 * A long-lived process (a test worker rendering many variants) starts over past `max` entries.
 */
export class TextMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly max = 20_000) {}

  /** The value for `text`, computed by `compute` the first time (a throw is not remembered). */
  of(text: string, compute: () => V): V {
    let v = this.values.get(text);
    if (v === undefined) {
      v = compute();
      if (this.values.size >= this.max) this.values.clear();
      this.values.set(text, v);
    }
    return v;
  }

  /** The value for `text` if known. */
  get(text: string): V | undefined {
    return this.values.get(text);
  }
}
