/**
 * `derive(key)` computed once per key object and kept as long as the key lives.
 * Rules check thousands of files against one schema, one rule's options and
 * the same field specs: what depends only on those (name lists, lookup
 * tables, regular expressions) is derived once, not per file or per value.
 * The key must not be mutated after its first use.
 */
export function derivedFrom<Key extends object, Value>(derive: (key: Key) => Value): (key: Key) => Value {
  const cache = new WeakMap<Key, Value>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = derive(key);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * A map that forgets everything once it holds `limit` keys: memoizes lookups
 * whose keys come from entries (heading names), which repeat across a catalog
 * but must not grow without bound over 100,000 files.
 */
export class BoundedMemo<Value> {
  private readonly values = new Map<string, Value>();
  constructor(private readonly limit = 10_000) {}

  get(key: string, compute: () => Value): Value {
    if (this.values.has(key)) return this.values.get(key) as Value;
    if (this.values.size >= this.limit) this.values.clear();
    const value = compute();
    this.values.set(key, value);
    return value;
  }
}
