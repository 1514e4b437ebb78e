// Persian function words that Arabic does not use as words: postposition را, relative که,
// copula است, verb prefix می, light verbs, prepositions از/با/در/برای. Written in both Persian
// and Arabic keyboard spellings (ی/ي, ک/ك), as Persian text is typed both ways.
export const FA_FUNCTION_WORDS: readonly string[] = [
  'را', 'که', 'كه', 'است', 'این', 'اين', 'آن', 'می', 'مي', 'کرد', 'كرد', 'کردند', 'كردند', 'شد', 'شده', 'بود', 'برای', 'براي',
  'های', 'هاي', 'خود', 'نیز', 'نيز', 'از', 'با', 'در', 'به', 'دارد', 'کشور', 'كشور', 'گفت', 'همچنین', 'همچنين', 'اما', 'باید', 'بايد',
];
