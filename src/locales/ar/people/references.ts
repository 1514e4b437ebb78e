/**
 * Arabic words that stand for a person already named: a counterpart ("نظيره الروسي") or the
 * parties of a meeting together ("الرئيسان", "الجانبان"). Everyday news usage; written for
 * this project.
 */
export const AR_COUNTERPARTS: readonly string[] = [
  'نظيره', 'نظيرته', 'نظيرها', 'نظيرتها', 'نظرائه', 'نظيريه', 'نظيرهم', 'نظراءه', 'نظرائهم',
];

export const AR_GROUPS: readonly string[] = [
  'الرئيسان', 'الرئيسين', 'الجانبان', 'الجانبين', 'الطرفان', 'الطرفين', 'الزعيمان', 'الزعيمين', 'الوزيران', 'الوزيرين',
  'القائدان', 'القائدين', 'الملكان', 'رئيسا البلدين', 'رئيسي البلدين', 'رئيسا الدولتين', 'رئيسي الدولتين', 'زعيما البلدين', 'زعيمي البلدين', 'قائدا البلدين',
  'قائدي البلدين', 'وزيرا الخارجية', 'وزيري الخارجية', 'وزراء الخارجية', 'وزراء خارجية',
];

/** Words after which an Arabic list of names follows: the people present at a meeting. */
export const AR_ATTENDEE_CUES: readonly string[] = [
  'حضر الاجتماع', 'حضر اللقاء', 'حضر المباحثات', 'حضر المحادثات', 'حضر الاستقبال', 'بحضور', 'يرافقه', 'يرافقها',
  'وكان في استقبال', 'كان في استقبال', 'وكان في استقباله', 'ويرافق', 'يرافق', 'برفقة', 'بمشاركة', 'حضر', 'شارك في اللقاء',
];

/** Meeting verbs after which an untitled name is the other party. */
export const AR_MEETING_CUES: readonly string[] = [
  'التقى', 'يلتقي', 'التقت', 'استقبل', 'يستقبل', 'استقبلت', 'اجتمع', 'يجتمع', 'اجتمعت', 'بحث مع', 'تباحث مع', 'تحادث مع',
  'اتصالا هاتفيا من', 'اتصالا هاتفيا مع', 'اتصالا هاتفيا ب', 'مع',
];
