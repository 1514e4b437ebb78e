import type { PersonMention } from '../people/types';
import { findCountries } from '../places/countries';
import type { PhraseMatch } from '../text/phraseMatcher';
import { tokenIndexAt } from '../text/tokens';
import type { Person, Role } from '../types';
import type { Candidate, Party } from './candidate';
import { clauseWindow, clauseWindowWithAsides, RELATIVE_PRONOUNS, sentenceTokens, strongBreakAfter } from './clause';
import { cueOfKindAt, cuesInRange, type AnalysisContext } from './context';
import type { TriggerEntry } from './lexiconTypes';
import { attendeeRegions, type AttendeeRegion } from './attendees';
import { describeCandidate, pickPlace } from './describeCandidate';
import { itemsAround, itemsStartingIn, itemsWithin } from './spanLists';

/** A party described by office and country only ("نظيره الروسي", "Iranian officials"). */
function describedParty(role: Role | null, country: string | null, title: string | null): Party {
  const person: Person = { name: null, canonical: null, title, role, country, span: null };
  return { person, entity: null, mention: null };
}

function namedParty(m: PersonMention): Party {
  return { person: m.person, entity: m.entity, mention: m };
}

/**
 * Whether a noun trigger is reported as a meeting here: a light verb earlier in its clause
 * ("عقد الرئيس ... قمة", "held talks"), a "with" soon after it, or the other party named right
 * after it as its object ("للقاء نظيره", "a meeting of the two leaders").
 */
function nounIsReported(ctx: AnalysisContext, first: number, last: number, sentenceFirst: number, sentenceEnd: number): boolean {
  for (let i = first - 1; i >= Math.max(sentenceFirst, first - 16); i--) {
    if (cueOfKindAt(ctx, i, 'clauseBreakers') || strongBreakAfter(ctx, i)) break;
    const light = cueOfKindAt(ctx, i, 'lightVerbs');
    if (light && light.last < first) return true;
  }
  for (let i = last + 1; i <= Math.min(sentenceEnd - 1, last + 6); i++) {
    if (cueOfKindAt(ctx, i, 'clauseBreakers')) break;
    if (cueOfKindAt(ctx, i, 'withWords')) return true;
    if (startsWithBa(ctx, i) && mentionStartsInToken(ctx, i)) return true;
  }
  const next = ctx.doc.tokens[last + 1];
  if (next && last + 1 < sentenceEnd && !strongBreakAfter(ctx, last)) {
    const object = itemsStartingIn(ctx.people.mentions, next.start, next.end)[0];
    if (object && !/[،,]/u.test(ctx.doc.text.slice(ctx.doc.tokens[last]!.end, next.start))) return true;
  }
  return false;
}

function startsWithBa(ctx: AnalysisContext, i: number): boolean {
  const key = ctx.doc.tokens[i]?.key ?? '';
  return ctx.doc.language === 'ar' && (key.startsWith('ب') || key.startsWith('وب'));
}

function mentionStartsInToken(ctx: AnalysisContext, i: number): boolean {
  const t = ctx.doc.tokens[i]!;
  return itemsStartingIn(ctx.people.mentions, t.start, t.end).length > 0;
}

/** The triggers of one sentence, leftmost-longest, and whether each reports a meeting or only refers back to one. */
function sentenceTriggers(ctx: AnalysisContext, first: number, end: number): Array<{ hit: PhraseMatch<TriggerEntry>; reported: boolean }> {
  const hits = ctx.cues.triggers.findAll(ctx.doc.text, ctx.doc.tokens, first, end);
  return hits.map((hit) => ({ hit, reported: hit.value.kind === 'verb' || nounIsReported(ctx, hit.first, hit.last, first, end) }));
}

/**
 * "این دیدار در محل استانداری استانبول ... انجام شد", "the meeting took place at ...": a meeting
 * noun that refers back still tells where the last meeting was held.
 */
function placeFromBackReference(ctx: AnalysisContext, previous: Candidate | null, trigger: PhraseMatch<TriggerEntry>, leftLimit: number, end: number): void {
  if (!previous || previous.placeStated || previous.parties.length < 2) return;
  const [left, right] = clauseWindow(ctx, trigger.first, trigger.last, leftLimit, end);
  const probe: Candidate = { ...previous, windowStart: ctx.doc.tokens[left]!.start, windowEnd: ctx.doc.tokens[right]!.end, triggerStart: trigger.start, triggerEnd: trigger.end, place: null, venue: null, placeStated: false };
  pickPlace(ctx, probe, (s, e) => itemsAround(ctx.people.mentions, s, e).length > 0);
  if (probe.placeStated) {
    previous.place = probe.place;
    previous.venue = probe.venue;
    previous.placeStated = true;
  }
}

/** Person mentions that start in [start, end) (a long title may run past the window), in text order. */
function mentionsWithin(ctx: AnalysisContext, start: number, end: number): PersonMention[] {
  return itemsStartingIn(ctx.people.mentions, start, end);
}

/** A person named right after a "not a party" word (a quoted source, an inviter) or as a possessor (للرئيس). */
function isExcluded(ctx: AnalysisContext, m: PersonMention): boolean {
  const tokens = ctx.doc.tokens;
  const at = tokenIndexAt(tokens, m.start);
  const own = tokens[at] && tokens[at]!.start < m.start ? tokens[at] : tokens[at - 1] && tokens[at - 1]!.end > m.start ? tokens[at - 1] : null;
  if (ctx.doc.language === 'ar' && own) {
    const prefix = ctx.doc.text.slice(own.start, m.start);
    if (/^(?:و|ف)?ل{1,2}$/u.test(prefix)) return true;
  }
  const mentionToken = own && own.start < m.start ? tokenIndexAt(tokens, own.start) : at;
  for (let back = 1; back <= 3; back++) {
    const hit = cueOfKindAt(ctx, mentionToken - back, 'notParty');
    if (hit && hit.last === mentionToken - 1) return true;
  }
  return false;
}

/** A "name" that is a place ("Western Europe") or lies inside one ("King Abdulaziz International Airport") is not a person. */
function isPlaceName(ctx: AnalysisContext, m: PersonMention): boolean {
  return itemsAround(ctx.places, m.start, m.end).some((p) => p.end - p.start > m.end - m.start || !m.person.canonical);
}

/** Country codes of the adjectives or names that follow a counterpart word ("نظرائه الروسي والبيلاروسي"). */
function countriesAfter(ctx: AnalysisContext, from: number, sentenceEnd: number): string[] {
  const out: string[] = [];
  const endOffset = ctx.doc.tokens[sentenceEnd - 1]?.end ?? from;
  let cursor = from;
  for (const hit of findCountriesCached(ctx)) {
    if (hit.start < cursor) continue;
    if (hit.start >= endOffset) break;
    const gap = ctx.doc.text.slice(cursor, hit.start);
    // Only list glue (space, comma, و, من) may stand between the counterpart word and each country.
    if (!/^[\s،,]*(?:(?:و|من|and|of|from)\s*)?[\s،,]*$/u.test(gap)) break;
    out.push(hit.code);
    cursor = hit.end;
  }
  return out;
}

const countryCache = new WeakMap<AnalysisContext, ReturnType<typeof findCountries>>();
function findCountriesCached(ctx: AnalysisContext): ReturnType<typeof findCountries> {
  let hits = countryCache.get(ctx);
  if (!hits) countryCache.set(ctx, (hits = findCountries(ctx.doc)));
  return hits;
}

const LEADER_ROLES: ReadonlySet<Role | null> = new Set<Role | null>(['head-of-state', 'head-of-government', 'monarch', 'crown-prince']);
const MINISTER_ROLES: ReadonlySet<Role | null> = new Set<Role | null>(['foreign-minister', 'minister']);
const SPEAKER_ROLES: ReadonlySet<Role | null> = new Set<Role | null>(['official', null]);

/**
 * Who "the two presidents" / "الجانبان" / "دو طرف" are: the parties of the previous report when
 * the group's office fits theirs; otherwise the holders of that office in the same countries
 * ("رئيسا الدولتين" said in a story about their foreign ministers).
 */
function groupMembers(ctx: AnalysisContext, group: PersonMention, previous: Party[]): Party[] {
  const words = ctx.doc.text.slice(group.start, group.end);
  const office = /مجلس|برلمان|نواب|parliament|speaker/iu.test(words)
    ? SPEAKER_ROLES
    : /وزير|minister/iu.test(words)
      ? MINISTER_ROLES
      : /رييس|زعيم|قايد|رهبر|سران|president|leader|head/iu.test(words)
        ? LEADER_ROLES
        : null;
  if (!office || previous.every((p) => office.has(p.person.role))) return previous;
  const role: Role = office === LEADER_ROLES ? 'head-of-state' : office === MINISTER_ROLES ? 'foreign-minister' : 'official';
  return previous.filter((p) => p.person.country).map((p) => describedParty(role, p.person.country, null));
}

/** How often each entity was mentioned before `offset`: the most mentioned is the story's protagonist. */
function salience(ctx: AnalysisContext, entity: number | null, offset: number): number {
  if (entity === null) return 0;
  let n = 0;
  for (const m of ctx.people.mentions) if (m.entity === entity && m.start < offset) n++;
  return n;
}

export function samePartyIdentity(a: Party, b: Party): boolean {
  if (a.entity !== null && b.entity !== null) return a.entity === b.entity;
  if (a.person.canonical && b.person.canonical) return a.person.canonical === b.person.canonical;
  if (a.entity === null && b.entity === null) return a.person.country === b.person.country && a.person.role === b.person.role;
  return false;
}

interface BuildState {
  candidates: Candidate[];
  /** The last candidate of the document so far, complete or not: implicit parties and dates come from it. */
  previous: Candidate | null;
  /** "كلا على حدة" stated in a clause that named no counterpart yet: applies to the next report. */
  pendingSeparately: boolean;
}

/**
 * Reads every sentence for meeting triggers and turns each reported meeting into candidates:
 * its parties, host, modality and status cues, date and attendees, one clause at a time.
 */
export function findCandidates(ctx: AnalysisContext): Candidate[] {
  const state: BuildState = { candidates: [], previous: null, pendingSeparately: false };
  ctx.doc.sentences.forEach((sentence, s) => {
    const [first, end] = sentenceTokens(ctx, s);
    if (end <= first) return;
    const regions = attendeeRegions(ctx, s, first, end);
    const triggers = sentenceTriggers(ctx, first, end);
    let leftLimit = first;
    while (leftLimit < end && ctx.doc.tokens[leftLimit]!.start < ctx.datelineEnd) leftLimit++;
    let last: Candidate | null = null;
    for (const { hit: trigger, reported } of triggers) {
      if (!reported) {
        placeFromBackReference(ctx, state.previous, trigger, leftLimit, end);
        continue;
      }
      // A second meeting word with no one named since the first ("دیدار و ... گفت‌وگو کرد") tells more of the same meeting.
      if (last && !mentionsWithin(ctx, last.triggerEnd, trigger.start).length) {
        absorbTrigger(last, trigger.value);
        last.windowEnd = Math.max(last.windowEnd, windowEndOf(ctx, trigger, leftLimit, end));
        continue;
      }
      const made = buildCandidate(ctx, state, s, sentence.paragraph, trigger, leftLimit, first, end, regions);
      if (!made) continue;
      last = made;
      leftLimit = trigger.last + 1;
    }
    for (const region of regions) attachAttendees(ctx, state, s, region);
  });
  return state.candidates;
}

function windowEndOf(ctx: AnalysisContext, trigger: PhraseMatch<TriggerEntry>, leftLimit: number, end: number): number {
  const [, right] = clauseWindow(ctx, trigger.first, trigger.last, leftLimit, end);
  return ctx.doc.tokens[right]!.end;
}

function absorbTrigger(c: Candidate, t: TriggerEntry): void {
  if (t.modality && !c.modalityStated) {
    c.modality = t.modality;
    c.modalityStated = true;
  }
  if (t.future && !c.statusStated) {
    c.status = 'planned';
    c.statusStated = true;
  }
}

function buildCandidate(
  ctx: AnalysisContext,
  state: BuildState,
  s: number,
  paragraph: number,
  trigger: PhraseMatch<TriggerEntry>,
  leftLimit: number,
  sentenceFirst: number,
  sentenceEnd: number,
  regions: AttendeeRegion[],
): Candidate | null {
  const tokens = ctx.doc.tokens;
  const t = trigger.value;
  const { range, asides } = clauseWindowWithAsides(ctx, trigger.first, trigger.last, leftLimit, sentenceEnd);
  const [left, right] = range;
  const windowStart = tokens[left]!.start;
  const windowEnd = tokens[right]!.end;

  const inAttendeeRegion = (m: PersonMention) => regions.some((r) => m.start >= r.start && m.end <= r.end);
  const inAside = (m: PersonMention) => asides.some(([s, e]) => m.start >= s && m.end <= e);
  const mentions = mentionsWithin(ctx, windowStart, windowEnd).filter((m) => !inAttendeeRegion(m) && !inAside(m) && !isExcluded(ctx, m) && !isPlaceName(ctx, m));

  const antecedent = relativeAntecedent(ctx, left, trigger.first, leftLimit);
  if (antecedent && !mentions.includes(antecedent)) mentions.unshift(antecedent);
  const parties: Party[] = [];
  let inferred = false;
  let hostIndex: number | null = null;
  let counterpartHint: { role: Role | null; country: string | null } | null = null;
  // "با شماری از همتایان خود": the other side is there but unnamed; no one is to be guessed for it.
  let unnamedCounterpart = false;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.kind === 'group') {
      // "senior officials of both sides" names no one.
      if (/(?:^|\s)(?:of|من)\s*$/iu.test(ctx.doc.text.slice(Math.max(0, m.start - 4), m.start))) continue;
      const from = state.previous;
      if (from) {
        for (const p of groupMembers(ctx, m, from.parties)) parties.push(p);
        inferred = true;
      }
      continue;
    }
    const previousMention = mentions[k - 1];
    const followsNamed = previousMention && previousMention.kind === 'named' && tokenGap(ctx, previousMention.end, m.start) <= 3;
    if (m.kind === 'title' && m.person.name === null && m.person.canonical === null && followsNamed && !linkedBetween(ctx, previousMention!.end, m.start, trigger)) {
      // An apposition describing the person just named ("وانغ، وهو أيضا عضو المكتب السياسي").
      continue;
    }
    if (m.kind === 'counterpart') {
      const next = mentions[k + 1];
      const adjacent = next && next.kind === 'named' && tokenGap(ctx, m.end, next.start) <= 3;
      if (followsNamed && !adjacent) {
        // "رومن گولوفچنکو، همتای بلاروسی او": the counterpart word describes the name before it.
        const last = parties[parties.length - 1];
        if (last && last.mention === previousMention) {
          last.person = { ...last.person, role: last.person.role ?? parties[0]?.person.role ?? null, country: last.person.country ?? m.person.country };
        }
        continue;
      }
      const within = findCountriesCached(ctx).filter((h) => h.start >= m.start && h.end <= m.end).map((h) => h.code);
      const codes = within.length > 0 ? [...within, ...countriesAfter(ctx, m.end, sentenceEnd)] : m.person.country ? [m.person.country] : countriesAfter(ctx, m.end, sentenceEnd);
      if (adjacent) {
        counterpartHint = { role: m.person.role, country: codes[0] ?? null };
        continue;
      }
      const role = m.person.role ?? parties[0]?.person.role ?? null;
      // "همتایان خود" with no country names nobody in particular.
      for (const code of codes) parties.push(describedParty(role, code, m.person.title));
      if (codes.length === 0) unnamedCounterpart = true;
      continue;
    }
    const party = namedParty(m);
    if (counterpartHint) {
      party.person = {
        ...party.person,
        role: party.person.role ?? counterpartHint.role ?? parties[0]?.person.role ?? null,
        country: party.person.country ?? counterpartHint.country,
      };
      counterpartHint = null;
    }
    parties.push(party);
    if (t.passive && hostIndex === null && m.start >= trigger.end) hostIndex = parties.length - 1;
  }
  // Described parties: "مع مسؤولين إيرانيين", "with Iranian officials".
  for (const d of cuesInRange(ctx, trigger.last + 1, right + 1, 'describedParty')) {
    const codes = countriesAfter(ctx, tokens[d.last]!.end, sentenceEnd);
    const before = countriesBefore(ctx, tokens[d.first]!.start);
    const code = codes[0] ?? before;
    if (code) parties.push(describedParty('official', code, null));
  }
  if (t.pronounSubject && parties.length < 2) {
    // "خلال اجتماعه مع X، أشار وانغ": the possessor of the meeting is the subject of the main clause,
    // named right after its verb.
    const subject = ctx.people.mentions.find((m) => m.start >= windowEnd && (m.kind === 'named' || m.kind === 'title'));
    const gap = subject ? tokenGap(ctx, windowEnd, subject.start) : Infinity;
    const verbFirst = gap <= 2 && !cueOfKindAt(ctx, tokenIndexAt(tokens, windowEnd), 'notParty') && /^[\s،,]*\S+\s*$/u.test(ctx.doc.text.slice(windowEnd, subject!.start));
    if (subject && verbFirst && !isExcluded(ctx, subject)) parties.unshift(namedParty(subject));
  }
  dedupeParties(parties);
  if (t.pronounSubject) keepNearestBefore(parties, trigger.start);

  // A subject the clause leaves unnamed goes first; the host, if any, keeps its party.
  const prependSubject = (party: Party, guessed: boolean) => {
    parties.unshift(party);
    if (guessed) inferred = true;
    if (hostIndex !== null) hostIndex++;
  };
  if (parties.length === 1 && (parties[0]!.mention?.start ?? 0) > trigger.start) {
    // "وقال الرئيس السيسي إنه التقى ولي العهد": the one who reports the meeting is its subject.
    const reporter = reportingSubject(ctx, left, sentenceFirst);
    if (reporter && !isExcluded(ctx, reporter)) {
      const party = namedParty(reporter);
      if (!parties.some((p) => samePartyIdentity(p, party))) prependSubject(party, false);
    }
  }
  const pronounCues = cuesInRange(ctx, left, right + 1, 'pronouns');
  const pronoun = t.pronounObject || t.pronounSubject || pronounCues.length > 0;
  // "در یک تماس تلفنی با او", "with him": the pronoun after the trigger stands for the person named last before it.
  const objectPronoun = pronounCues.find(
    (p) => tokens[p.first]!.start > trigger.start && (cueOfKindAt(ctx, p.first - 1, 'withWords') !== null || PREPOSITIONAL_PRONOUNS.has(tokens[p.first]!.key)),
  );
  if (parties.length === 1 && objectPronoun) {
    const antecedent = nearestBefore(ctx, tokens[objectPronoun.first]!.start, parties, ctx.doc.sentences[s]!.start) ?? leadParty(ctx, parties);
    if (antecedent) {
      parties.push(antecedent);
      inferred = true;
    }
  }
  // "He then held talks with A and with B", "The British official also sat down with B": a
  // pronoun or a described subject, with no one named before the trigger.
  const subjectPronoun = pronounCues.some((p) => tokens[p.last]!.end <= trigger.start) || describedSubject(ctx, left, trigger.first);
  const namedBefore = parties.some((p) => p.mention !== null && p.mention.start < trigger.start);
  if (subjectPronoun && !namedBefore && parties.length >= 1) {
    const subject = previousSubject(ctx, s, left, trigger.first, parties) ?? (state.previous ? implicitParty(ctx, state.previous, parties, trigger.start) : leadParty(ctx, parties));
    if (subject) prependSubject(subject, true);
  }
  // "A meeting with Abbas in Ramallah has been scrapped": an English meeting noun with its
  // counterpart alone leaves its other side to the story.
  const nominal = t.kind === 'noun' || ARTICLES_EN.has(tokens[trigger.first - 1]?.key ?? '');
  const withAfter = cueOfKindAt(ctx, trigger.last + 1, 'withWords') !== null || cueOfKindAt(ctx, trigger.last, 'withWords') !== null;
  const counterpartOnly = nominal && withAfter && !namedBefore;
  if (parties.length < 2 && !unnamedCounterpart && state.previous && (pronoun || counterpartOnly || ctx.doc.language !== 'en')) {
    const other = implicitParty(ctx, state.previous, parties, trigger.start);
    if (other) {
      if (t.pronounSubject || parties.length === 0 || (parties[0]!.mention?.start ?? 0) > trigger.start) parties.unshift(other);
      else parties.push(other);
      inferred = true;
      if (hostIndex !== null) hostIndex++;
    }
  }
  if (parties.length === 1 && !state.previous && !unnamedCounterpart && ctx.doc.language !== 'en' && (parties[0]!.mention?.start ?? 0) > trigger.start) {
    // "... حيث يلتقي الرئيسة الهندية": the omitted subject of the first report is the person the story opens on.
    const lead = leadPerson(ctx);
    const party = lead && lead.end <= trigger.start ? namedParty(lead) : null;
    if (party && !parties.some((p) => samePartyIdentity(p, party))) prependSubject(party, true);
  }
  if (t.reception && t.pronounObject && hostIndex === null) {
    // "واستقبله شي": the one named receives; the pronoun is the guest.
    const named = parties.findIndex((p) => p.mention !== null && p.mention.start > trigger.start);
    hostIndex = named >= 0 ? named : null;
  }
  if (t.reception && !t.passive && parties.length >= 1 && hostIndex === null) {
    // "was greeted with a hug by": an English reception verb after a form of "be" is passive.
    const before = tokens[trigger.first - 1]?.key ?? '';
    hostIndex = ctx.doc.language === 'en' && BE_FORMS.has(before) ? (parties.findIndex((p) => (p.mention?.start ?? 0) > trigger.end) >= 0 ? parties.findIndex((p) => (p.mention?.start ?? 0) > trigger.end) : null) : 0;
  }

  const separately = state.pendingSeparately || cuesInRange(ctx, Math.max(sentenceFirst, left - 4), right + 1, 'separately').length > 0;
  const candidate: Candidate = {
    sentence: s,
    paragraph,
    trigger: t,
    triggerStart: trigger.start,
    triggerEnd: trigger.end,
    windowStart,
    windowEnd,
    parties,
    host: hostIndex,
    inferred,
    separately,
    modality: t.modality ?? 'in-person',
    modalityStated: !!t.modality,
    status: t.future ? 'planned' : 'held',
    statusStated: !!t.future,
    background: false,
    date: null,
    dateSource: null,
    place: null,
    venue: null,
    placeStated: false,
    context: null,
    attendees: [],
    evidence: [s],
  };
  describeCandidate(ctx, candidate);
  if (parties.length < 2) enrichPrevious(state.previous, candidate);
  // Pronouns, omitted subjects and groups refer to the last meeting with its parties named, never to
  // a background one told in passing.
  if (!candidate.background && parties.length >= 2) state.previous = candidate;
  // With no counterpart named yet, "كلا على حدة" carries over to the reports that follow.
  state.pendingSeparately = parties.length < 2 ? separately : false;
  state.candidates.push(candidate);
  return candidate;
}

/**
 * "Benjamin Netanyahu, who sat down with Obama": when the clause opens with a relative pronoun,
 * its antecedent (the person named just before it) is the trigger's subject.
 */
function relativeAntecedent(ctx: AnalysisContext, left: number, first: number, leftLimit: number): PersonMention | null {
  const breaker = cueOfKindAt(ctx, left - 1, 'clauseBreakers');
  if (!breaker || left - 1 < leftLimit || first - left > 6) return null;
  const word = ctx.doc.tokens[left - 1]!.key;
  if (!RELATIVE_PRONOUNS.has(word)) return null;
  const before = ctx.doc.tokens[left - 1]!.start;
  let found: PersonMention | null = null;
  for (const m of ctx.people.mentions) {
    if (m.end > before) break;
    found = m;
  }
  if (!found || tokenGap(ctx, found.end, before) > 1 || (found.kind !== 'named' && found.kind !== 'title')) return null;
  return found;
}

const SUBJECT_PRONOUNS_EN = new Set(['he', 'she']);
const ARTICLES_EN = new Set(['a', 'an', 'the']);

/**
 * "Scholz arrived on Sunday. He met Premier Li Qiang before the talks": an English sentence that
 * opens on "he" or "she" goes on about the person the sentence before opened on.
 */
function previousSubject(ctx: AnalysisContext, s: number, left: number, first: number, parties: Party[]): Party | null {
  const tokens = ctx.doc.tokens;
  if (ctx.doc.language !== 'en' || s === 0) return null;
  const [sentenceFirst] = sentenceTokens(ctx, s);
  let k = sentenceFirst;
  // Past an opening adverb or connective: "Later, he met", "Then he met".
  while (k < first && k - sentenceFirst < 2 && !SUBJECT_PRONOUNS_EN.has(tokens[k]!.key)) k++;
  if (k < left - 1 || k >= first || !SUBJECT_PRONOUNS_EN.has(tokens[k]!.key)) return null;
  const [previousFirst, previousEnd] = sentenceTokens(ctx, s - 1);
  if (previousEnd <= previousFirst) return null;
  const opening = tokens[Math.min(previousEnd - 1, previousFirst + 3)]!.end;
  const subject = itemsStartingIn(ctx.people.mentions, tokens[previousFirst]!.start, opening).find((m) => m.kind === 'named');
  if (!subject || isExcluded(ctx, subject)) return null;
  const party = namedParty(subject);
  return parties.some((p) => samePartyIdentity(p, party)) ? null : party;
}

// Words that open a reported clause whose subject is the reporter: "إنه", "أنها", "که".
const REPORTED_CLAUSE_OPENERS = new Set(['انه', 'انها', 'ان', 'كه']);
const REPORTER_REACH = 4;

/**
 * The person who reports, when the clause of a trigger opens right after a reporting verb and
 * its complementizer: "قال الرئيس السيسي إنه التقى", "رئیسی گفت که ... دیدار کرد". The reporter
 * is named within a few words of the reporting verb, after it (Arabic word order) or before it.
 */
function reportingSubject(ctx: AnalysisContext, left: number, sentenceFirst: number): PersonMention | null {
  const tokens = ctx.doc.tokens;
  const opener = left - 1;
  if (opener <= sentenceFirst || !REPORTED_CLAUSE_OPENERS.has(tokens[opener]!.key)) return null;
  const openerStart = tokens[opener]!.start;
  for (let i = opener - 1; i >= Math.max(sentenceFirst, opener - 12); i--) {
    const report = cueOfKindAt(ctx, i, 'reporting');
    if (!report || report.last >= opener) continue;
    const from = tokens[Math.max(sentenceFirst, report.first - REPORTER_REACH)]!.start;
    const candidates = itemsWithin(ctx.people.mentions, from, openerStart).filter((m) => m.kind === 'named' || m.kind === 'title');
    // The name nearest the reporting verb: right after it in Arabic, right before it otherwise.
    const after = candidates.find((m) => m.start >= tokens[report.last]!.end && tokenGap(ctx, tokens[report.last]!.end, m.start) <= REPORTER_REACH);
    const before = candidates.filter((m) => m.end <= tokens[report.first]!.start).pop();
    return after ?? before ?? null;
  }
  return null;
}

// Nouns that English copy uses to refer back to a person already named ("the British official", "the visitor").
const REFERRING_NOUNS = new Set(['official', 'minister', 'president', 'envoy', 'diplomat', 'leader', 'visitor', 'guest', 'premier', 'chancellor', 'secretary', 'prince', 'king', 'emir']);

/** "The [adjective] official" opening an English clause refers back to someone named before. */
function describedSubject(ctx: AnalysisContext, left: number, first: number): boolean {
  if (ctx.doc.language !== 'en') return false;
  const tokens = ctx.doc.tokens;
  for (let i = left; i < first && i <= left + 4; i++) {
    if (tokens[i]!.key !== 'the') continue;
    for (let k = i + 1; k < first && k <= i + 3; k++) if (REFERRING_NOUNS.has(tokens[k]!.key)) return true;
  }
  return false;
}

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

// Pronouns that carry their preposition: "معه" (with him), "به" (with / to him).
const PREPOSITIONAL_PRONOUNS = new Set(['معه', 'معها', 'معهم', 'به', 'بها']);


/**
 * A clause that names only one party of the last meeting ("این دیدار در محل استانداری استانبول
 * انجام شد") still tells where that meeting took place.
 */
function enrichPrevious(previous: Candidate | null, c: Candidate): void {
  // (A report of an earlier occasion, "since April 2019, when they met in Vladivostok", says nothing of where the latest one was.)
  if (!previous || previous.parties.length < 2 || previous.placeStated || !c.placeStated || c.background) return;
  if (c.parties.length > 0 && !c.parties.every((p) => previous.parties.some((q) => samePartyIdentity(p, q)))) return;
  previous.place = c.place;
  previous.venue = c.venue;
  previous.placeStated = true;
}

function countriesBefore(ctx: AnalysisContext, offset: number): string | null {
  let found: string | null = null;
  for (const hit of findCountriesCached(ctx)) {
    if (hit.end > offset) break;
    if (offset - hit.end <= 2) found = hit.code;
  }
  return found;
}

/**
 * Whether something links two mentions as two parties rather than a name and its apposition: the
 * meeting word, a with-word or "and" between them ("X امروز با سفیر ازبکستان"), or a word
 * right after the name.
 */
function linkedBetween(ctx: AnalysisContext, from: number, to: number, trigger: PhraseMatch<TriggerEntry>): boolean {
  if (trigger.start >= from && trigger.start < to) return true;
  // An apposition follows the name at once or after a comma: "وانغ، وهو أيضا عضو ...". A word
  // first ("التقى متقي اليوم سفير أوزبكستان") makes the title another party.
  const between = ctx.doc.text.slice(from, to).trim();
  if (between !== '' && !/^[،,(\-–]/u.test(between)) return true;
  const tokens = ctx.doc.tokens;
  for (let i = tokenIndexAt(tokens, from); i < tokens.length && tokens[i]!.start < to; i++) {
    if (cueOfKindAt(ctx, i, 'withWords') || tokens[i]!.key === 'and' || tokens[i]!.key === 'و') return true;
  }
  return false;
}

function tokenGap(ctx: AnalysisContext, from: number, to: number): number {
  const tokens = ctx.doc.tokens;
  return tokenIndexAt(tokens, to) - tokenIndexAt(tokens, from);
}

/**
 * "تسلمها فيصل بن فرحان خلال استقباله ظريف": "his" meeting has one possessor, the person named
 * last before it; others named earlier in the sentence (the sender of a letter, the king who
 * received it) are not its parties.
 */
function keepNearestBefore(parties: Party[], triggerStart: number): void {
  const before = parties.filter((p) => p.mention !== null && p.mention.start < triggerStart);
  if (before.length <= 1) return;
  const nearest = before[before.length - 1]!;
  for (let i = parties.length - 1; i >= 0; i--) {
    const p = parties[i]!;
    if (p !== nearest && p.mention !== null && p.mention.start < triggerStart) parties.splice(i, 1);
  }
}

/** Drops repeated parties, and a described one ("همتای چینی خود") when the same clause names a person of that country. */
function dedupeParties(parties: Party[]): void {
  for (let i = parties.length - 1; i > 0; i--) {
    if (parties.slice(0, i).some((p) => samePartyIdentity(p, parties[i]!))) parties.splice(i, 1);
  }
  for (let i = parties.length - 1; i >= 0; i--) {
    const p = parties[i]!;
    if (p.entity === null && parties.some((q) => q.entity !== null && q.person.country === p.person.country)) parties.splice(i, 1);
  }
}

/** The first person the article names after its dateline. */
function leadPerson(ctx: AnalysisContext): PersonMention | null {
  return ctx.people.mentions.find((m) => m.kind === 'named' && m.start >= ctx.datelineEnd && !isExcluded(ctx, m)) ?? null;
}

function leadParty(ctx: AnalysisContext, parties: Party[]): Party | null {
  const lead = leadPerson(ctx);
  if (!lead) return null;
  const party = namedParty(lead);
  return parties.some((p) => samePartyIdentity(p, party)) ? null : party;
}

/** The person named last between `from` and `offset` (the same sentence) who is not already a party. */
function nearestBefore(ctx: AnalysisContext, offset: number, parties: Party[], from: number): Party | null {
  let found: PersonMention | null = null;
  for (const m of ctx.people.mentions) {
    if (m.end > offset) break;
    if (m.kind !== 'named' || m.start < from) continue;
    const party = namedParty(m);
    if (parties.some((p) => samePartyIdentity(p, party))) continue;
    found = m;
  }
  if (!found || offset - found.end > 400) return null;
  return namedParty(found);
}

/**
 * The party a pronoun or an omitted subject stands for. When the one party named is already in
 * the previous report, it is that report's other party (a second sentence about the same
 * meeting); otherwise it is the story's lead person, the first person the article names: wire
 * copy follows one protagonist from meeting to meeting ("كما التقى سموه", "He then held talks").
 */
function implicitParty(ctx: AnalysisContext, previous: Candidate, explicit: Party[], offset: number): Party | null {
  const others = previous.parties.filter((p) => !explicit.some((e) => samePartyIdentity(e, p)));
  if (explicit.length === 1 && previous.parties.some((p) => samePartyIdentity(p, explicit[0]!)) && others.length === 1) return others[0]!;
  const lead = leadPerson(ctx);
  // English copy often names the host first and then follows the visitor ("Saudi Crown Prince
  // ... received Blinken ... Blinken is due to meet ..."): there the one named most so far leads.
  const leadFirst = ctx.doc.language !== 'en' || others.length === 0;
  if (leadFirst && lead && lead.start < offset && !explicit.some((e) => samePartyIdentity(e, namedParty(lead)))) return namedParty(lead);
  if (others.length === 0) return null;
  let best = others[0]!;
  for (const p of others) if (salience(ctx, p.entity, offset) > salience(ctx, best.entity, offset)) best = p;
  return best;
}

function attachAttendees(ctx: AnalysisContext, state: BuildState, s: number, region: AttendeeRegion): void {
  // The meeting reported in the same sentence before the cue, else the latest one before it.
  let target: Candidate | null = null;
  for (let i = state.candidates.length - 1; i >= 0; i--) {
    const c = state.candidates[i]!;
    if (c.parties.length < 2) continue;
    if (c.sentence === s && c.triggerStart > region.cueStart && region.direction === 'after') continue;
    target = c;
    break;
  }
  if (!target) return;
  for (const m of region.mentions) {
    if (m.kind === 'group' || m.kind === 'counterpart') continue;
    const party = namedParty(m);
    if (target.parties.some((p) => samePartyIdentity(p, party))) continue;
    if (target.attendees.some((p) => samePartyIdentity(p, party))) continue;
    target.attendees.push(party);
  }
  void ctx;
}

