import type { Document } from '../pipeline/document';
import type { Person } from '../types';
import { originalSpan, trimSpan } from '../text/normalize';
import { PeopleLookup, roleInYear } from './gazetteer';
import { englishTags, noEnglishTags } from './englishTags';
import type { EnglishParse } from '../locales/en/parseEnglish';
import { newScan, type Scan } from './scan';
import { readMentions } from './readMentions';
import type { Entity } from './entity';
import { clusterNamed } from './clusterNamed';
import { findDistinctiveSurnames, findPartMentions } from './partMentions';
import { resolveEntities } from './resolveEntities';
import { attachTitles, demoteDoubtfulNames, inheritCounterpartRoles } from './titleReferences';
import type { RawMention } from './rawMentions';
import type { PeopleInDocument, PersonMention } from './types';

function originalText(doc: Document, start: number, end: number): string {
  return trimSpan(doc.nt.original, originalSpan(doc.nt, start, end)).text;
}

/**
 * Every person mention of the document, with in-document coreference. `homeCountry` is the
 * country of the dateline, whose offices a bare title ("رئیس‌جمهور", "الرئيس") names.
 */
export function findPersonMentions(doc: Document, english: EnglishParse | null = null, homeCountry: string | null = null): PeopleInDocument {
  try {
    return readPeople(doc, english, homeCountry);
  } catch {
    // Content never throws: a failure in one stage leaves the document without people.
    return { mentions: [], entities: [] };
  }
}

function readPeople(doc: Document, english: EnglishParse | null, homeCountry: string | null): PeopleInDocument {
  const scan = newScan(doc, new PeopleLookup(doc.options.people));
  // compromise reads English; an Arabic or Persian text quoting a Latin name goes without it.
  const tags = doc.language === 'en' ? englishTags(doc, english) : noEnglishTags();
  const { mentions: raw, leftovers } = readMentions(scan, tags);
  const nameText = (m: RawMention) => originalText(doc, m.nameStart, m.nameEnd);
  const entities = demoteDoubtfulNames(scan, clusterNamed(scan, raw));
  const parts = findPartMentions(scan, entities, leftovers);
  parts.push(...findDistinctiveSurnames(scan, entities, leftovers, parts));
  resolveEntities(scan, entities, nameText);
  inheritCounterpartRoles(scan, entities, [...raw, ...parts]);
  attachTitles(entities, raw, homeCountry);
  const references: Entity[] = [];
  for (const m of raw) {
    if (m.kind === 'group' || m.kind === 'counterpart') {
      references.push({ mentions: [m], full: null, known: null, role: m.chain?.role ?? null, country: m.chain?.country ?? null });
    }
  }
  const all = [...entities, ...references].filter((e) => e.mentions.length > 0);
  const entityOf = new Map<RawMention, number>();
  all.forEach((e, idx) => {
    for (const m of e.mentions) entityOf.set(m, idx);
  });
  const people = all.map((e) => entityPerson(scan, e, nameText));
  const mentions: PersonMention[] = [];
  for (const m of [...raw, ...parts].sort((a, b) => a.start - b.start)) {
    const idx = entityOf.get(m);
    if (idx === undefined) continue;
    mentions.push(toMention(scan, m, all[idx]!, people[idx]!, idx));
  }
  return { mentions, entities: people };
}

function entityPerson(scan: Scan, e: Entity, nameText: (m: RawMention) => string): Person {
  const titled = e.mentions.find((m) => m.chain && !m.chain.counterpart) ?? e.mentions.find((m) => m.chain);
  const anchor = e.full ?? e.mentions[0]!;
  return {
    name: e.full ? nameText(e.full) : null,
    canonical: e.known?.canonical ?? null,
    title: titled?.chain ? originalText(scan.doc, titled.chain.start, titled.chain.end) : null,
    role: e.role ?? (e.known ? roleInYear(e.known, scan.year) : null),
    country: e.country,
    span: trimSpan(scan.doc.nt.original, originalSpan(scan.doc.nt, anchor.start, anchor.end)),
  };
}

function toMention(scan: Scan, m: RawMention, e: Entity, person: Person, entity: number): PersonMention {
  const doc = scan.doc;
  const chain = m.chain;
  const here: Person = {
    name: person.name,
    canonical: person.canonical,
    title: chain ? originalText(doc, chain.start, chain.end) : null,
    role: (chain?.counterpart ? null : chain?.role) ?? e.role,
    country: chain?.country ?? e.country,
    span: trimSpan(doc.nt.original, originalSpan(doc.nt, m.start, m.end)),
  };
  return {
    person: here,
    start: m.start,
    end: m.end,
    nameStart: m.kind === 'named' ? m.nameStart : null,
    nameEnd: m.kind === 'named' ? m.nameEnd : null,
    titleStart: chain ? chain.start : null,
    titleEnd: chain ? chain.end : null,
    entity,
    kind: m.kind,
  };
}
