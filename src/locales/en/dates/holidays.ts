/**
 * English holiday names, keyed by the rule ids of src/dates/holidays.ts. Names from the
 * English Wikipedia articles of each holiday and the spellings in Duckling's English corpus.
 */
export const EN_HOLIDAYS: readonly (readonly [name: string, id: string])[] = [
  ['christmas', 'christmas'], ['xmas', 'christmas'], ['christmas day', 'christmas'], ["new year's eve", 'new-years-eve'],
  ["new year's day", 'new-year'], ["new year's", 'new-year'], ["valentine's day", 'valentine'], ['halloween', 'halloween'],
  ['black friday', 'black-friday'], ["boss's day", 'boss-day'], ["boss's", 'boss-day'], ['mlk day', 'mlk'], ["martin luther king's day", 'mlk'],
  ['martin luther king day', 'mlk'], ['thanksgiving', 'thanksgiving'], ['thanksgiving day', 'thanksgiving'],
  ['easter', 'easter'], ['easter sunday', 'easter'], ['easter monday', 'easter-monday'], ['easter mon', 'easter-monday'],
  ['good friday', 'good-friday'], ['maundy thursday', 'maundy-thursday'], ['covenant thu', 'maundy-thursday'],
  ['pentecost', 'pentecost'], ['white sunday', 'pentecost'], ['whit monday', 'whit-monday'], ['monday of the holy spirit', 'whit-monday'],
  ['palm sunday', 'palm-sunday'], ['branch sunday', 'palm-sunday'], ['pancake day', 'shrove-tuesday'], ['shrove tuesday', 'shrove-tuesday'],
  ["st patrick's day", 'st-patrick'], ["saint patrick's day", 'st-patrick'], ["saint paddy's day", 'st-patrick'],
  ['orthodox easter', 'orthodox-easter'], ['orthodox great friday', 'orthodox-good-friday'], ['orthodox good friday', 'orthodox-good-friday'],
  ['orthodox shrove monday', 'clean-monday'], ['clean monday', 'clean-monday'], ['world vegan day', 'world-vegan-day'],
  ['eid al-fitr', 'eid-al-fitr'], ['eid al fitr', 'eid-al-fitr'], ['eid ul-fitr', 'eid-al-fitr'], ['eid al-adha', 'eid-al-adha'],
  ['eid al adha', 'eid-al-adha'], ['id ul-adha', 'eid-al-adha'], ['eid ul-adha', 'eid-al-adha'], ['sacrifice feast', 'eid-al-adha'],
  ['laylat al kadr', 'laylat-al-qadr'], ['laylat al-qadr', 'laylat-al-qadr'], ['laylat al qadr', 'laylat-al-qadr'],
  ['islamic new year', 'islamic-new-year'], ['hijri new year', 'islamic-new-year'], ['day of ashura', 'ashura'], ['ashura', 'ashura'],
  ["jumu'atul-wida", 'jumuatul-wida'], ["the prophet's ascension", 'isra-miraj'], ['ascension to heaven', 'isra-miraj'],
  ['isra and miraj', 'isra-miraj'], ['mawlid', 'mawlid'], ["prophet's birthday", 'mawlid'], ['day of arafah', 'arafah'], ['arafat day', 'arafah'],
  ['ramadan', 'ramadan'], ['nowruz', 'nowruz'], ['norouz', 'nowruz'], ['persian new year', 'nowruz'], ['yalda night', 'yalda'],
  ['chinese new year', 'chinese-new-year'], ["chinese new year's day", 'chinese-new-year'], ["chinese lunar new year's day", 'chinese-new-year'],
  ['lunar new year', 'chinese-new-year'], ['tu bishvat', 'tu-bishvat'], ['shemini atzeret', 'shemini-atzeret'], ["tisha b'av", 'tisha-bav'],
  ["lag b'omer", 'lag-baomer'], ['holocaust day', 'yom-hashoah'], ['yom hashoah', 'yom-hashoah'], ['shushan purim', 'shushan-purim'],
  ['purim', 'purim'], ['rosh hashanah', 'rosh-hashanah'], ['yom kippur', 'yom-kippur'], ['passover', 'passover'],
  ["king's day", 'kings-day'], ['koningsdag', 'kings-day'], ['independence day', 'us-independence'], ['labor day', 'labor-day'],
  ['memorial day', 'memorial-day'], ["mother's day", 'mothers-day'], ["father's day", 'fathers-day'],
  ['parsi new year', 'parsi-new-year'], ['jamshedi navroz', 'parsi-new-year'], ['the ides of march', 'ides-of-march'],
];
