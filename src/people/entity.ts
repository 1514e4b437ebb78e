import type { Role } from '../types';
import type { KnownPerson } from './gazetteer';
import type { RawMention } from './rawMentions';
import type { Scan } from './scan';
import { keyOfName } from './nameKey';

/** One person of the document and the mentions that name or describe them. */
export interface Entity {
  mentions: RawMention[];
  /** The fullest name mention. */
  full: RawMention | null;
  known: KnownPerson | null;
  role: Role | null;
  country: string | null;
}

/** The entity with a mention nearest before `at` (else the first candidate). */
export function nearestBefore(candidates: Entity[], at: number): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of candidates) {
    for (const m of e.mentions) {
      if (m.start < at && m.start > bestAt) {
        best = e;
        bestAt = m.start;
      }
    }
  }
  return best ?? candidates[0] ?? null;
}

let givenSkeletons: Set<string> | null = null;

/** True when a name word (as a key) is a common given name. */
export function isGivenNameKey(scan: Scan, key: string): boolean {
  return givenKeys(scan).has(key);
}

function givenKeys(scan: Scan): Set<string> {
  if (!givenSkeletons) {
    givenSkeletons = new Set();
    for (const g of scan.lex.givenNames) givenSkeletons.add(keyOfName(g));
  }
  return givenSkeletons;
}

/** "امیرعبداللهیان" → "عبداللهیان": a surname written joined to a given name, without it. */
export function withoutGivenPrefix(scan: Scan, key: string): string | null {
  for (let cut = 2; cut <= key.length - 4; cut++) if (givenKeys(scan).has(key.slice(0, cut))) return key.slice(cut);
  return null;
}
