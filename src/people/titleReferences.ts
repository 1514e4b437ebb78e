import { sentenceIndexAt } from '../pipeline/document';
import type { RawMention } from './rawMentions';
import type { Scan } from './scan';
import { isGivenNameKey, nearestBefore, type Entity } from './entity';

// Offices one person holds in a country at a time: "الوزير" alone could be any minister.
const SINGLE_HOLDER_OFFICES: ReadonlySet<string> = new Set(['head-of-state', 'head-of-government', 'monarch', 'crown-prince']);

/**
 * Title-only mentions ("الزعيم الصيني", "رئیس مجلس ایران") join the person with that office. A
 * bare title with no country ("رئیس‌جمهور") is someone already named with that office, else
 * the holder of that office in the dateline's country (`homeCountry`): IRNA's "رئیس‌جمهور" is
 * Iran's president, whether the text names him later or not at all.
 */
export function attachTitles(entities: Entity[], mentions: readonly RawMention[], homeCountry: string | null = null): void {
  for (const m of mentions) {
    if (m.kind !== 'title' || !m.chain?.role) continue;
    const { role, country } = m.chain;
    const fits = entities.filter((e) => e.full && e.role === role && (!country || !e.country || e.country === country));
    const exact = country ? fits.filter((e) => e.country === country) : fits;
    const pool = exact.length > 0 ? exact : fits;
    // With no country, a bare title means someone already named, not someone named later.
    const before = country ? pool : pool.filter((e) => e.mentions.some((x) => x.start < m.start));
    if (before.length > 0) {
      nearestBefore(before, m.start)!.mentions.push(m);
    } else if (country) {
      entities.push({ mentions: [m], full: null, known: null, role, country });
    } else if (homeCountry && !m.chain.counterpart && SINGLE_HOLDER_OFFICES.has(role)) {
      const home = entities.filter((e) => e.full && e.role === role && e.country === homeCountry);
      if (home.length > 0) home[0]!.mentions.push(m);
      else entities.push({ mentions: [m], full: null, known: null, role, country: homeCountry });
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
