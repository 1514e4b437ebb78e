/*
 * Arabic words around place names in news text. Sources: usage of the Arabic state news
 * agencies (WAM, SPA, QNA, KUNA, MENA, SANA, Xinhua Arabic); written for this project.
 */

/** Head words that start the name of a building where talks are held ("قصر ...", "دار ضيافة ..."). */
export const VENUE_HEADS_AR = [
  'قصر', 'القصر', 'دار ضيافة', 'دار الضيافة', 'دار ضيافة الدولة', 'قصر الضيافة', 'مجمع', 'المجمع', 'مقر',
  'قاعة', 'مطار', 'المطار', 'المقر', 'الفندق', 'القاعة', 'فندق', 'منتجع', 'مركز', 'استراحة', 'الديوان', 'ديوان', 'مبنى', 'بيت الضيافة', 'قصر المؤتمرات',
] as const;

/** Prepositions that put what follows at a place ("في", "داخل", "على أرض"); the proclitic ب is handled with the token. */
export const LOCATIVE_PREPOSITIONS_AR = ['في', 'داخل', 'الى', 'إلى', 'من', 'لدى', 'أرض'] as const;

/** Words meaning "here": the dateline city. */
export const HERE_WORDS_AR = ['هنا', 'ها هنا'] as const;

/** "The capital": followed by a country adjective or name ("العاصمة الصينية", "عاصمة بيلاروس"), or alone. */
export const CAPITAL_WORDS_AR = ['العاصمة', 'عاصمة'] as const;

/** Words that end an unknown venue name: prepositions, conjunctions and words that start a new clause. */
export const VENUE_STOPS_AR = [
  'في', 'مع', 'على', 'عن', 'الى', 'إلى', 'من', 'حيث', 'بحضور', 'وذلك', 'اليوم', 'امس', 'أمس', 'غدا', 'يوم', 'مساء', 'صباح',
  'خلال', 'لدى', 'قبل', 'بعد', 'حين', 'عند', 'التي', 'الذي', 'ظهر', 'عصر', 'مدينة', 'بمدينة', 'العاصمة', 'بالعاصمة',
  'ثم', 'كما', 'بينما', 'وسط', 'اثناء', 'أثناء', 'لبحث', 'لمناقشة',
] as const;

/**
 * Nouns of a subject under discussion: a place right after them and "في" is what was discussed,
 * not where ("الأوضاع في سوريا", "الحرب في غزة").
 */
export const TOPIC_NOUNS_AR = [
  'الحرب', 'الأوضاع', 'الوضع', 'التطورات', 'المستجدات', 'الأزمة', 'الصراع', 'النزاع', 'التصعيد', 'الهدنة', 'النار', 'العدوان', 'الهجمات',
  'القتال', 'الاستقرار', 'السلام', 'الأمن', 'الانتخابات', 'الإعمار', 'العمليات', 'الأحداث', 'الاستثمار', 'الاستثمارات', 'المشاريع',
] as const;
