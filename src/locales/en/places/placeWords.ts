/*
 * English words around place names in wire copy (AP, Reuters, AFP, Xinhua, SPA English);
 * written for this project.
 */

/** Head words that end ("Great Hall", "State Guesthouse") or start ("Palace of ...") a building name. */
export const VENUE_HEADS_EN = [
  'palace', 'hall', 'guesthouse', 'guest house', 'house', 'residence', 'headquarters', 'airport', 'hotel', 'complex',
  'center', 'centre', 'building', 'office', 'embassy', 'ministry', 'kremlin', 'mansion', 'pavilion', 'compound', 'cosmodrome',
] as const;

/** Prepositions that put what follows at a place. */
export const LOCATIVE_PREPOSITIONS_EN = ['in', 'at', 'inside', 'to', 'from', 'outside'] as const;

/** Words meaning "here": the dateline city. */
export const HERE_WORDS_EN = ['here'] as const;

/** "The capital": preceded by a country adjective ("the Chinese capital") or followed by "of" and a name. */
export const CAPITAL_WORDS_EN = ['capital'] as const;

/** Nouns of a subject under discussion: "the war in Gaza", "the situation in Syria" name what was discussed, not where. */
export const TOPIC_NOUNS_EN = [
  'war', 'conflict', 'crisis', 'situation', 'fighting', 'violence', 'ceasefire', 'truce', 'developments', 'hostilities', 'tensions', 'attacks',
  'offensive', 'escalation', 'peace', 'unrest', 'stability', 'security', 'elections', 'election', 'reconstruction', 'investment', 'investments', 'projects', 'operations',
] as const;
