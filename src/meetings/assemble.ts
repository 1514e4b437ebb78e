import type { Candidate, Party } from './candidate';
import { samePartyIdentity } from './findCandidates';
import type { AnalysisContext } from './context';

/** One candidate per counterpart when the text lists counterparts met one by one. */
export function splitSeparateMeetings(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (!c.separately || c.parties.length < 3) {
      out.push(c);
      continue;
    }
    const [protagonist, ...others] = c.parties;
    for (const other of others) {
      out.push({
        ...c,
        parties: [protagonist!, other],
        host: c.host === 0 ? 0 : c.host !== null && c.parties[c.host] === other ? 1 : null,
        attendees: [...c.attendees],
        evidence: [...c.evidence],
      });
    }
  }
  return out;
}

function sameParties(a: Party[], b: Party[]): boolean {
  return a.length === b.length && a.every((p) => b.some((q) => samePartyIdentity(p, q)));
}

/** A described party ("his Russian counterpart") and a named one of the same country stand for the same person. */
function describedMatches(described: Party, named: Party): boolean {
  return described.entity === null && named.entity !== null && !!described.person.country && described.person.country === named.person.country;
}

/** The parties of `a` and `b` are the same once described parties are matched to named ones. */
function partiesCorrespond(a: Party[], b: Party[]): boolean {
  if (a.length !== b.length) return false;
  const used = new Set<number>();
  for (const p of a) {
    const i = b.findIndex((q, j) => !used.has(j) && (samePartyIdentity(p, q) || describedMatches(p, q) || describedMatches(q, p)));
    if (i < 0) return false;
    used.add(i);
  }
  return true;
}

function explicitDay(c: Candidate): string | null {
  if (!c.date || c.date.value.precision !== 'day') return null;
  return c.date.value.value;
}

function compatible(a: Candidate, b: Candidate): boolean {
  if (a.background !== b.background) return false;
  const da = explicitDay(a);
  const db = explicitDay(b);
  if (da && db && da !== db) return false;
  if (a.status === 'cancelled' && b.status === 'planned' && da && db) return false;
  // "They discussed it by phone on Monday and agreed to meet later this month": a call that
  // happened and a meeting still to come (or called off) are two meetings. (Talks "planned
  // during the visit" that has begun are the visit's meeting: same modality.)
  if (a.status !== b.status && a.modality !== b.modality) return false;
  if (a.modalityStated && b.modalityStated && a.modality !== b.modality) return false;
  // A call has no room: a meeting with a place of its own is not the call.
  if (remote(a) && inPersonSomewhere(b)) return false;
  if (remote(b) && inPersonSomewhere(a)) return false;
  return true;
}

function remote(c: Candidate): boolean {
  return c.modalityStated && c.modality !== 'in-person';
}

function inPersonSomewhere(c: Candidate): boolean {
  return c.modality === 'in-person' && c.placeStated;
}

/** `a` with the fields it lacks taken from `b` (a later report may give the country or title). */
function fillPerson(a: Party['person'], b: Party['person']): Party['person'] {
  return {
    ...a,
    name: a.name ?? b.name,
    canonical: a.canonical ?? b.canonical,
    title: a.title ?? b.title,
    role: a.role ?? b.role,
    country: a.country ?? b.country,
  };
}

/** Folds `b` into `a`: the first report leads, later ones fill what it left open. */
function absorb(a: Candidate, b: Candidate): void {
  a.parties = a.parties.map((p) => (p.entity === null ? b.parties.find((q) => describedMatches(p, q)) ?? p : p));
  for (const p of b.parties) {
    const same = a.parties.find((q) => samePartyIdentity(p, q));
    if (!same) {
      if (!a.parties.some((q) => describedMatches(p, q))) a.parties.push(p);
    }
    else same.person = fillPerson(same.person, p.person);
  }
  if (a.host === null && b.host !== null) {
    const hostParty = b.parties[b.host]!;
    const i = a.parties.findIndex((p) => samePartyIdentity(p, hostParty));
    a.host = i >= 0 ? i : null;
  }
  if (!a.date && b.date) {
    a.date = b.date;
    a.dateSource = b.dateSource;
  }
  if (!a.venue && b.venue) a.venue = b.venue;
  if ((!a.placeStated || (a.place?.kind === 'venue' && b.place?.kind === 'city')) && b.placeStated) {
    a.place = b.place?.kind === 'city' || !a.place ? b.place : a.place;
    a.placeStated = true;
  }
  if (!a.modalityStated && b.modalityStated) {
    a.modality = b.modality;
    a.modalityStated = true;
  }
  if (b.status === 'cancelled') a.status = 'cancelled';
  if (!a.context && b.context) a.context = b.context;
  for (const p of b.attendees) if (!a.attendees.some((q) => samePartyIdentity(p, q))) a.attendees.push(p);
  for (const s of b.evidence) if (!a.evidence.includes(s)) a.evidence.push(s);
}

/** Reports of the same meeting (same parties, compatible dates) become one record. */
export function mergeReports(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const same = out.find((o) => (sameParties(o.parties, c.parties) || partiesCorrespond(o.parties, c.parties)) && compatible(o, c));
    if (same) absorb(same, c);
    else out.push(c);
  }
  return out;
}

/**
 * Fills dates and places a report leaves unstated from the report before it in the same
 * paragraph (follow-up meetings of one visit), and the lead meeting's from the dateline.
 */
export function inheritSetting(ctx: AnalysisContext, all: Candidate[], meetings: Candidate[]): void {
  const ordered = [...all].sort((x, y) => x.sentence - y.sentence || x.triggerStart - y.triggerStart);
  let lead = true;
  for (const m of meetings) {
    if (m.background) continue;
    const earlier = ordered.filter((c) => c !== m && !c.background && (c.sentence < m.sentence || (c.sentence === m.sentence && c.triggerStart < m.triggerStart)));
    const before = earlier[earlier.length - 1];
    if (!m.date && m.status !== 'cancelled') {
      const sharesParty = (c: Candidate) => c.parties.some((p) => m.parties.some((q) => samePartyIdentity(p, q)));
      const dated = [...earlier].reverse().filter((c) => c.date && c.paragraph === m.paragraph && c.date.value.precision === 'day');
      // The report this one follows on from ("وعقب ذلك") shares a party with it.
      const source = dated.find(sharesParty) ?? (m.status === 'held' ? dated.find((c) => c.status === 'held') : undefined);
      if (source?.date) {
        m.date = source.date;
        m.dateSource = source.dateSource;
      } else if (lead && m.status === 'held' && ctx.dateline?.date && ctx.dateline.date.value.precision === 'day') {
        m.date = ctx.dateline.date;
        m.dateSource = 'dateline';
      }
    }
    if (!m.placeStated && m.modality === 'in-person') {
      const source = [...earlier].reverse().find((c) => c.placeStated && c.modality === 'in-person' && c.place && c.parties.length >= 2);
      if (source && before) {
        m.place = source.place;
        if (!m.venue && source === before) m.venue = null;
      }
    }
    lead = false;
  }
}
