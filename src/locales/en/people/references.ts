/**
 * English words that stand for a person already named: a counterpart ("his Russian
 * counterpart") or the parties together ("the two leaders"). Wire-copy usage; written for this
 * project.
 */
export const EN_COUNTERPARTS: readonly string[] = ['counterpart', 'counterparts'];

export const EN_GROUPS: readonly string[] = [
  'the two leaders', 'the two presidents', 'the two sides', 'both sides', 'both leaders', 'the two ministers',
  'the two foreign ministers', 'the two prime ministers', 'the leaders', 'the two men', 'the pair',
];

export const EN_ATTENDEE_CUES: readonly string[] = [
  'also present were', 'also present was', 'attended by', 'in the presence of', 'accompanied by', 'were also on hand',
  'was also on hand', 'also attended', 'also attending were',
];

export const EN_MEETING_CUES: readonly string[] = ['met', 'met with', 'meets', 'meet with', 'received', 'hosted', 'with', 'talks with', 'spoke with', 'called'];
