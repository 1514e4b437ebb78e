import type { MeetingCues, TriggerEntry } from '../../../meetings/lexiconTypes';

// English meeting vocabulary of wire copy (Xinhua, Reuters, AP, AFP, Anadolu, Yonhap, MNA, SPA).
// Matching is case-insensitive; each inflected form is listed.

const verb = (forms: string[], extra: Partial<TriggerEntry> = {}): TriggerEntry[] =>
  forms.map((form) => ({ form, kind: 'verb', ...extra }));
const noun = (forms: string[], extra: Partial<TriggerEntry> = {}): TriggerEntry[] =>
  forms.map((form) => ({ form, kind: 'noun', ...extra }));

const triggers: TriggerEntry[] = [
  ...verb(['met', 'meets', 'meet', 'meeting with', 'met with', 'meets with', 'sat down with', 'sits down with', 'conferred with', 'confers with', 'conferring with']),
  ...verb(['talked with', 'talked to', 'talking with', 'talking to', 'spoke with', 'spoke to', 'spoken with', 'spoken to', 'speaks with', 'speaks to', 'speaking with', 'speaking to']),
  ...verb(['negotiated with', 'negotiates with', 'negotiating with']),
  // "A and B discussed ...", "A discussed ... with B": like بحث and رایزنی کرد, talks between the two.
  ...verb(['discussed', 'discusses', 'discussed with', 'discusses with']),
  ...verb(['will meet', 'will hold talks', 'to meet', 'will sit down with', 'will speak with', 'will talk with'], { future: true }),
  ...verb(['received', 'receives', 'receiving', 'hosted', 'hosts', 'hosting', 'welcomed', 'welcomes', 'welcoming', 'greeted', 'greets'], { reception: true }),
  ...verb(['will receive', 'will host', 'will welcome', 'to receive', 'to host', 'to welcome'], { reception: true, future: true }),
  ...verb(['was hosted by', 'was received by', 'was welcomed by', 'was greeted by', 'were received by', 'were hosted by', 'was met by'], { reception: true, passive: true }),
  ...verb(['will be received by', 'will be hosted by', 'will be welcomed by'], { reception: true, passive: true, future: true }),
  ...verb(['spoke by phone', 'spoken by phone', 'speaks by phone', 'speaking by phone', 'spoke by telephone', 'spoken by telephone', 'spoke on the phone', 'spoken on the phone', 'spoke over the phone', 'talked by phone', 'talked on the phone'], { modality: 'phone' }),
  ...verb(['phoned', 'phones', 'telephoned', 'telephones', 'held phone talks', 'had phone talks', 'held telephone talks', 'had telephone talks', 'held a phone call', 'held a telephone call', 'held a telephone conversation', 'held a phone conversation', 'had a phone call', 'had a telephone call', 'had a phone conversation', 'had a telephone conversation'], { modality: 'phone' }),
  ...verb(['held a video call', 'held a video conference', 'held a videoconference', 'held virtual talks', 'held video talks', 'met virtually', 'met online', 'held a virtual meeting', 'spoke by video link', 'spoke via video link', 'met via video link'], { modality: 'virtual' }),
  ...noun(['talks', 'meeting', 'meetings', 'summit', 'discussions', 'consultations', 'working session', 'audience', 'one-on-one meeting', 'bilateral meeting', 'reception']),
  ...noun(['phone call', 'telephone call', 'phone conversation', 'telephone conversation', 'call', 'phone talks'], { modality: 'phone' }),
  ...noun(['video call', 'video conference', 'videoconference', 'virtual meeting', 'virtual summit', 'video link'], { modality: 'virtual' }),
];

export const EN_MEETING_CUES: MeetingCues = {
  triggers,
  lightVerbs: ['held', 'holds', 'hold', 'had', 'has', 'have', 'will hold', 'to hold', 'conducted', 'began', 'opened'],
  withWords: ['with', 'between'],
  byWords: ['by'],
  phone: ['phone', 'telephone', 'by phone', 'phone call'],
  virtual: ['video', 'video link', 'videoconference', 'virtually', 'virtual', 'online'],
  planned: [
    'will', 'is scheduled to', 'are scheduled to', 'was scheduled to', 'were scheduled to', 'is expected to', 'are expected to', 'was expected to', 'were expected to',
    'is due to', 'are due to', 'was due to', 'were due to', 'plans to', 'plan to', 'planned to', 'is set to', 'are set to', 'is slated to', 'are slated to',
    'scheduled', 'upcoming', 'tomorrow',
  ],
  cancelled: ['called off', 'cancelled', 'canceled', 'postponed', 'put off', 'putting off', 'will not take place', 'there will be no', 'did not meet', 'will not meet', 'scrapped', 'delayed'],
  background: ['last met', 'previously', 'earlier this year', 'had met', 'saw each other', 'had held talks'],
  attendees: ['also present were', 'also present was', 'attended by', 'in the presence of', 'accompanied by', 'also attending were', 'joined by'],
  attendeesBefore: ['were also present', 'was also present', 'were also on hand', 'was also on hand', 'also attended', 'attended the meeting', 'attended the talks', 'were present', 'was present', 'also took part'],
  separately: ['respectively', 'separately', 'in turn', 'then', 'successively', 'in separate meetings', 'each'],
  reporting: ['said', 'says', 'told', 'announced', 'reported', 'stated', 'confirmed'],
  clauseBreakers: ['who', 'which', 'that', 'where', 'when', 'said', 'says', 'told', 'according', 'after', 'before', 'while', 'because', 'although', 'to discuss', 'discussing', 'as', ';'],
  topics: [],
  notParty: ['according to', 'on behalf of', 'invitation of', 'at the invitation of', 'succeeded', 'replacing'],
  context: ['on the sidelines of', 'on the margins of', 'during a visit', 'during his visit', 'during her visit', 'as part of', 'ahead of'],
  visits: ['during a visit', 'during his visit', 'during her visit'],
  travel: ['arrived in', 'arrives in', 'landed in', 'visit to', 'trip to', 'travel to', 'traveled to', 'travelled to', 'travels to', 'flew to', 'visiting'],
  pronouns: ['he', 'she', 'him', 'her', 'his guest', 'the guest', 'the visitor'],
  describedParty: ['officials', 'delegation', 'representatives'],
};
