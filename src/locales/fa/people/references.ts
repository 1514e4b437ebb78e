/**
 * Persian words that stand for a person already named: a counterpart ("همتای بلاروسی خود")
 * or the parties together ("دو طرف", "دو رئیس جمهور"). Everyday news usage; written for this
 * project.
 */
export const FA_COUNTERPARTS: readonly string[] = ['همتای', 'همتا', 'همتایان'];

export const FA_GROUPS: readonly string[] = [
  'دو طرف', 'طرفین', 'دو رئیس جمهور', 'دو رئیس‌جمهور', 'رؤسای جمهور دو کشور', 'روسای جمهور دو کشور', 'سران دو کشور', 'رهبران دو کشور',
  'دو وزیر', 'وزرای خارجه دو کشور', 'دو نخست وزیر', 'دو رهبر', 'رهبران دو دولت', 'دو رئیس مجلس',
];

export const FA_ATTENDEE_CUES: readonly string[] = ['با حضور', 'در حضور', 'همراه با', 'به همراه', 'همراهی'];

export const FA_MEETING_CUES: readonly string[] = ['با', 'دیدار', 'ملاقات'];
