import type { Modality } from '../types';

/**
 * A word or phrase that reports a meeting.
 * - `verb`: carries its own subject and object ("التقى", "met", "دیدار کرد").
 * - `noun`: reports a meeting only with a light verb before it ("عقد اجتماعا", "held talks") or
 *   a "with" after it ("خلال لقائه مع", "در دیدار با", "talks with"); alone it only refers back.
 */
export interface TriggerEntry {
  form: string;
  kind: 'verb' | 'noun';
  /** The grammatical subject receives or hosts the other party (استقبل، پذیرفت، received, hosted). */
  reception?: boolean;
  /** Passive: the subject is the guest, the host follows "by" / "من قبل" (was hosted by). */
  passive?: boolean;
  modality?: Exclude<Modality, 'unknown' | 'in-person'>;
  /** Future form (سيلتقي، will meet): the meeting is planned. */
  future?: boolean;
  /** Carries an object pronoun (التقاه، استقبله): the other party was named before. */
  pronounObject?: boolean;
  /** Carries a possessive pronoun (لقائه، اجتماعه، his meeting): the subject was named before. */
  pronounSubject?: boolean;
}

/** Cue words of one language that steer meeting assembly; each list is folded and matched as phrases. */
export interface MeetingCues {
  triggers: readonly TriggerEntry[];
  /** Verbs that turn a meeting noun into a report: عقد، أجرى، held, had, انجام داد. */
  lightVerbs: readonly string[];
  /** Prepositions that introduce the other party: مع، ب، با، with. */
  withWords: readonly string[];
  /** Introduce the host after a passive trigger: by, من قبل, توسط. */
  byWords: readonly string[];
  phone: readonly string[];
  virtual: readonly string[];
  /** Words that put the clause in the future or announce a plan. */
  planned: readonly string[];
  /** Words that cancel, postpone or deny the meeting. */
  cancelled: readonly string[];
  /** Words that place the meeting in the past as background (منذ آخر لقاء، last met, پیش‌تر). */
  background: readonly string[];
  /** Words that introduce people present who are not principals; the people follow. */
  attendees: readonly string[];
  /** The same, with the people before the words ("X and Y were also present", "... حضور داشتند"). */
  attendeesBefore: readonly string[];
  /** Words that split one reported list into one meeting per counterpart (على التوالي، respectively). */
  separately: readonly string[];
  /** Reporting verbs: a date right after one dates the report, not the meeting ("said Wednesday"). */
  reporting: readonly string[];
  /** Words that end the stretch in which a trigger's parties are named (relative pronouns, reporting verbs...). */
  clauseBreakers: readonly string[];
  /**
   * Clause breakers that open the subject of the talks ("درباره", "بشأن"): they end the stretch
   * after a meeting word, but not before it, where a verb-final language puts them between the
   * parties and the verb ("X با Y درباره Z گفتگو کرد").
   */
  topics: readonly string[];
  /** Words after which a person is not a party (quoted source, possessor, inviter). */
  notParty: readonly string[];
  /** Words that introduce the "sidelines" context. */
  context: readonly string[];
  /** Context words of a visit the meeting is part of ("در سفر", "during his visit"): a date after them dates the meeting too. */
  visits: readonly string[];
  /** Words that announce travel to a place (عازم، وصل إلى، arrived in, visit to). */
  travel: readonly string[];
  /** Pronouns (and honorific pronouns: سموه، جلالته) that stand for a party named earlier. */
  pronouns: readonly string[];
  /** Nouns that describe an unnamed party together with a country (مسؤولين، officials). */
  describedParty: readonly string[];
}
