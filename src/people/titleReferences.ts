import { sentenceIndexAt } from '../pipeline/document';
import type { RawMention } from './rawMentions';
import type { Scan } from './scan';
import { isGivenNameKey, nearestBefore, type Entity } from './entity';

/** Title-only mentions ("الزعيم الصيني", "رئیس مجلس ایران") join the person with that office. */
export function attachTitles(entities: Entity[], mentions: readonly RawMention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'title' || !m.chain?.role) continue;
    const { role, country } = m.chain;
    const fits = entities.filter((e) => e.full && e.role === role && (!country || !e.country || e.country === country));
    const exact = country ? fits.filter((e) => e.country === country) : fits;
    const pool = exact.length > 0 ? exact : fits;
    // With no country, a bare title ("رئیس‌جمهور") means someone already named, not someone named later.
    const before = country ? pool : pool.filter((e) => e.mentions.some((x) => x.start < m.start));
    if (before.length > 0) {
      nearestBefore(before, m.start)!.mentions.push(m);
    } else if (country) {
      entities.push({ mentions: [m], full: null, known: null, role, country });
    }
  }
}

/**
 * "همتای آذربایجانی خود", "his Russian counterpart": the counterpart holds the office of the
 * person named before it in the sentence.
 */
export function inheritCounterpartRoles(scan: Scan, entities: Entity[], mentions: readonly RawMention[]): void {
  const entityOf = new Map<RawMention, Entity>();
  for (const e of entities) for (const m of e.mentions) entityOf.set(m, e);
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i < ordered.length; i++) {
    const m = ordered[i]!;
    if (!m.chain?.counterpart || m.chain.role !== null) continue;
    const sentence = sentenceIndexAt(scan.doc, m.start);
    for (let k = i - 1; k >= 0; k--) {
      const p = ordered[k]!;
      if (sentenceIndexAt(scan.doc, p.start) !== sentence) break;
      const pe = entityOf.get(p);
      if (pe && pe === entityOf.get(m)) continue;
      const role = (p.chain && !p.chain.counterpart ? p.chain.role : null) ?? pe?.role ?? null;
      if (!role) continue;
      m.chain.role = role;
      const own = entityOf.get(m);
      if (own && own.role === null) own.role = role;
      break;
    }
  }
}

/**
 * "وأكد وزير الخارجية الأردني أهمية التعاون": an unknown one-off "name" after a title whose
 * office and country already belong to a person named earlier is that person's title alone.
 */
export function demoteDoubtfulNames(scan: Scan, entities: Entity[]): Entity[] {
  const keep: Entity[] = [];
  for (const e of entities) {
    const m = e.mentions.length === 1 ? e.mentions[0]! : null;
    const chain = m?.chain;
    const doubtful =
      m && chain && !chain.counterpart && chain.role && chain.country && m.known.length === 0 && !isGivenNameKey(scan, m.words[0] ?? '');
    const owner = doubtful
      ? entities.find((o) => o !== e && o.full && o.full.start < m.start && o.full.chain?.role === chain.role && o.full.chain?.country === chain.country)
      : undefined;
    if (m && owner) {
      m.kind = 'title';
      m.first = -1;
      m.last = -1;
      m.start = chain!.start;
      m.end = chain!.end;
      owner.mentions.push(m);
    } else keep.push(e);
  }
  return keep;
}
