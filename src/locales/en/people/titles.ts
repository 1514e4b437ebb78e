import type { TitleEntry } from '../../ar/people/titles';

/**
 * English titles of wire copy (Reuters, AP, AFP, Xinhua, IRNA, SPA English) and the office
 * they name; written for this project. Matching is case-insensitive; the reader requires a
 * capital letter or a following name, so "the president said" is still read as a title only
 * when it refers to someone. Flags as in the Arabic list.
 */
export const EN_TITLES: readonly TitleEntry[] = [
  ['President', 'head-of-state'],
  ['Pres', 'head-of-state'],
  ['head of state', 'head-of-state'],
  ['leader', 'head-of-state', 'country'],
  ['Supreme Leader', 'head-of-state'],
  ['Prime Minister', 'head-of-government'],
  ['Premier', 'head-of-government'],
  ['PM', 'head-of-government'],
  ['Chancellor', 'head-of-government'],
  ['Vice President', 'official'],
  ['Vice Premier', 'official'],
  ['Vice-Premier', 'official'],
  ['Vice-President', 'official'],
  ['Deputy Prime Minister', 'official'],
  ['King', 'monarch'],
  ['Queen', 'monarch'],
  ['Emir', 'monarch'],
  ['Amir', 'monarch'],
  ['Sultan', 'monarch'],
  ['Custodian of the Two Holy Mosques', 'monarch'],
  ['Crown Prince', 'crown-prince'],
  ['Foreign Minister', 'foreign-minister'],
  ['Foreign Affairs Minister', 'foreign-minister'],
  ['Minister of Foreign Affairs', 'foreign-minister'],
  ['Minister for Foreign Affairs', 'foreign-minister'],
  ['External Affairs Minister', 'foreign-minister'],
  ['Minister of External Affairs', 'foreign-minister'],
  ['Foreign Secretary', 'foreign-minister'],
  ['Secretary of State', 'foreign-minister'],
  ['top diplomat', 'foreign-minister'],
  ['Deputy Foreign Minister', 'official'],
  ['deputy foreign minister', 'official'],
  ['Minister', 'minister', 'construct'],
  ['Defense Minister', 'minister'],
  ['Defence Minister', 'minister'],
  ['Defense Secretary', 'minister'],
  ['Defence Secretary', 'minister'],
  ['Secretary of Defense', 'minister'],
  ['Secretary', 'minister', 'construct'],
  ['Speaker', 'official'],
  ['Parliament Speaker', 'official'],
  ['Senator', 'official'],
  ['Sen', 'official'],
  ['Governor', 'official'],
  ['Gov', 'official'],
  ['Mayor', 'official'],
  ['Director General', 'official', 'construct'],
  ['director general', 'official', 'construct'],
  ['political director', 'official', 'construct'],
  ['National Security Adviser', 'official'],
  ['National Security Advisor', 'official'],
  ['spokesman', 'official', 'construct'],
  ['spokeswoman', 'official', 'construct'],
  ['spokesperson', 'official', 'construct'],
  ['Ambassador', 'diplomat'],
  ['ambassador', 'diplomat'],
  ['Envoy', 'diplomat'],
  ['Special Envoy', 'diplomat'],
  ['envoy', 'diplomat'],
  ["Chargé d'Affaires", 'diplomat'],
  ["Charge d'Affaires", 'diplomat'],
  ['Consul General', 'diplomat'],
  ['Secretary-General', 'organization-head'],
  ['Secretary General', 'organization-head'],
  ['UN Secretary-General', 'organization-head'],
  ['Director-General', 'official'],
  ['Party leader', 'party-leader'],
];

/** Courtesy words before an English name; they are not part of it. */
export const EN_HONORIFICS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'H.E', 'His Excellency',
  'Her Excellency', 'His Majesty', 'Her Majesty', 'His Highness', 'Her Highness', 'His Royal Highness', 'Sheikh', 'Shaikh',
  'Prince', 'Princess', 'Gen', 'General', 'Lt', 'Col', 'Colonel', 'Maj', 'Admiral', 'Adm', 'Ayatollah', 'Imam', 'Rev',
];

/** Prepositions that tie a country or body to an English title: "President of Russia". */
export const EN_TITLE_LINKS: readonly string[] = ['of', 'in', 'to', 'for'];

/** Words that make a capitalized run a place, building or body rather than a person. */
export const EN_NOT_NAME_WORDS: readonly string[] = [
  'airport', 'palace', 'hall', 'house', 'office', 'ministry', 'council', 'summit', 'university', 'agency', 'street', 'square',
  'international', 'forum', 'organization', 'organisation', 'union', 'kingdom', 'republic', 'committee', 'party', 'bank',
  'center', 'centre', 'embassy', 'mosques', 'mosque', 'terminal', 'security', 'development', 'news', 'press', 'times', 'post',
  'assembly', 'nations', 'states', 'emirates', 'league', 'cooperation', 'gulf', 'affairs', 'foreign', 'department', 'court',
  'army', 'forces', 'guard', 'force', 'city', 'province', 'region', 'county', 'district', 'island', 'islands', 'sea', 'river',
  'mountain', 'valley', 'park', 'hotel', 'club', 'company', 'group', 'inc', 'ltd', 'corp', 'fund', 'program', 'programme',
  // Continents and world regions, which follow titles such as "director general for Western Europe".
  'europe', 'asia', 'africa', 'america', 'americas', 'oceania', 'east', 'west', 'middle', 'caucasus', 'balkans', 'scandinavia',
  'arctic', 'pacific', 'atlantic', 'mediterranean', 'sahel', 'maghreb', 'levant',
];

/** Links after which the place is where the office holder is posted, not their own country. */
export const EN_POSTING_LINKS: readonly string[] = ['in', 'to'];
