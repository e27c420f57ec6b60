/** Items grouped by a key, each group in the items' order, the groups in the order their keys first come. */
export function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>()
  for (const t of items) {
    const k = key(t)
    const list = m.get(k)
    if (list) list.push(t)
    else m.set(k, [t])
  }
  return m
}
