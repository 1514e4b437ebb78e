/**
 * English date vocabulary as written in wire copy (AP Stylebook abbreviations "Jan." "Sept.")
 * and in Duckling's English corpus: months, weekdays, number words, relative words, parts of
 * the day, era markers and the Hijri month transliterations used by Gulf agencies in English.
 */
export const EN_GREGORIAN_MONTHS: readonly (readonly [name: string, month: number, ambiguous?: boolean])[] = [
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3, true], ['mar', 3, true], ['april', 4], ['apr', 4],
  ['may', 5, true], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
];

export const EN_ISLAMIC_MONTHS: readonly (readonly [name: string, month: number, ambiguous?: boolean])[] = [
  ['muharram', 1], ['safar', 2], ['rabi al-awwal', 3], ['rabi ul-awwal', 3], ['rabi al-thani', 4], ['rabi al-akhir', 4],
  ['jumada al-awwal', 5], ['jumada al-ula', 5], ['jumada al-thani', 6], ['jumada al-akhirah', 6], ['rajab', 7],
  ['shaban', 8], ["sha'ban", 8], ['ramadan', 9, true], ['shawwal', 10], ['dhul qadah', 11], ["dhul qa'dah", 11],
  ['dhu al-qadah', 11], ['dhul hijjah', 12], ['dhu al-hijjah', 12], ['dhul-hijjah', 12], ['zul hijjah', 12],
];

export const EN_SOLAR_MONTHS: readonly (readonly [name: string, month: number, ambiguous?: boolean])[] = [
  ['farvardin', 1], ['ordibehesht', 2], ['khordad', 3], ['tir', 4, true], ['mordad', 5], ['shahrivar', 6],
  ['mehr', 7, true], ['aban', 8], ['azar', 9], ['dey', 10, true], ['bahman', 11], ['esfand', 12],
];

export const EN_WEEKDAYS: readonly (readonly [name: string, isoDay: number, ambiguous?: boolean])[] = [
  ['monday', 1], ['mon', 1, true], ['tuesday', 2], ['tue', 2, true], ['tues', 2, true], ['wednesday', 3], ['wed', 3, true],
  ['thursday', 4], ['thu', 4, true], ['thur', 4, true], ['thurs', 4, true], ['friday', 5], ['fri', 5, true],
  ['saturday', 6], ['sat', 6, true], ['sunday', 7], ['sun', 7, true],
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
];

export const EN_CARDINALS: readonly (readonly [word: string, value: number])[] = [
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['a couple of', 2], ['a few', 3], ['several', 3],
];

export const EN_ORDINALS: readonly (readonly [word: string, value: number])[] = [
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15],
  ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
  ['last', -1],
];

export const EN_RELATIVE_DAYS: readonly (readonly [phrase: string, offset: number, weak?: boolean])[] = [
  ['today', 0], ['tonight', 0], ['now', 0, true], ['right now', 0, true], ['at this time', 0, true], ['this day', 0, true],
  ['yesterday', -1], ['last night', -1], ['the day before yesterday', -2], ['day before yesterday', -2],
  ['tomorrow', 1], ['tomorrows', 1, true], ['the day after tomorrow', 2], ['day after tomorrow', 2],
];

export const EN_DIRECTIONS: readonly (readonly [word: string, dir: -1 | 0 | 1])[] = [
  ['last', -1], ['past', -1], ['previous', -1], ['this', 0], ['current', 0], ['the current', 0], ['next', 1], ['coming', 1],
  ['the coming', 1], ['upcoming', 1], ['the next', 1], ['the following', 1], ['following', 1], ['the previous', -1], ['the last', -1],
];

export const EN_UNITS: readonly (readonly [word: string, unit: 'day' | 'week' | 'month' | 'year', count?: number])[] = [
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['fortnight', 'week', 2], ['month', 'month'],
  ['months', 'month'], ['year', 'year'], ['years', 'year'],
];

export const EN_PARTS_OF_DAY: readonly (readonly [word: string, part: 'morning' | 'noon' | 'afternoon' | 'evening' | 'night'])[] = [
  ['morning', 'morning'], ['noon', 'noon'], ['midday', 'noon'], ['afternoon', 'afternoon'], ['evening', 'evening'],
  ['night', 'night'], ['overnight', 'night'], ['late', 'evening'], ['early', 'morning'],
];

export const EN_MONTH_PARTS: readonly (readonly [word: string, part: 'early' | 'mid' | 'late'])[] = [
  ['early', 'early'], ['the beginning of', 'early'], ['beginning of', 'early'], ['the start of', 'early'], ['start of', 'early'],
  ['mid', 'mid'], ['the middle of', 'mid'], ['middle of', 'mid'], ['late', 'late'], ['the end of', 'late'], ['end of', 'late'],
];

export const EN_ERAS: readonly (readonly [marker: string, calendar: 'gregory' | 'islamic' | 'persian'])[] = [
  ['ah', 'islamic'], ['a h', 'islamic'], ['hijri', 'islamic'], ['ad', 'gregory'], ['ce', 'gregory'], ['sh', 'persian'],
];

export const EN_SMALL_UNITS: readonly string[] = ['hour', 'hours', 'minute', 'minutes', 'second', 'seconds'];
