import type { TitleEntry } from '../../ar/people/titles';

/**
 * Persian (Iran and Dari) titles and the office they name, with and without the zero-width
 * non-joiner (folding turns it into a space, so one spelling covers both). Usage of IRNA, ISNA,
 * Tasnim, Mehr, Fars and Bakhtar; written for this project. Flags as in the Arabic list.
 */
export const FA_TITLES: readonly TitleEntry[] = [
  ['رئیس جمهور', 'head-of-state'],
  ['رئیس جمهوری', 'head-of-state'],
  ['رئیس‌جمهور', 'head-of-state'],
  ['رییس جمهور', 'head-of-state'],
  ['رئیس دولت', 'head-of-state'],
  ['رهبر', 'head-of-state', 'country'],
  ['نخست وزیر', 'head-of-government'],
  ['نخست‌وزیر', 'head-of-government'],
  ['نخستوزیر', 'head-of-government'],
  ['صدراعظم', 'head-of-government'],
  ['صدر اعظم', 'head-of-government'],
  ['رئیس الوزرا', 'head-of-government'],
  ['رئیس الوزرای', 'head-of-government'],
  ['رئیس شورای وزیران', 'head-of-government'],
  ['پادشاه', 'monarch'],
  ['شاه', 'monarch', 'country'],
  ['ملک', 'monarch', 'country'],
  ['امیر', 'monarch', 'country'],
  ['سلطان', 'monarch'],
  ['ولیعهد', 'crown-prince'],
  ['ولی عهد', 'crown-prince'],
  ['وزیر امور خارجه', 'foreign-minister'],
  ['وزیر امورخارجه', 'foreign-minister'],
  ['وزیر خارجه', 'foreign-minister'],
  ['سرپرست وزارت امور خارجه', 'foreign-minister'],
  ['سرپرست وزارت خارجه', 'foreign-minister'],
  ['وزیر', 'minister', 'construct'],
  ['وزیر دفاع', 'minister'],
  ['معاون وزیر', 'official', 'construct'],
  ['معاون وزیر امور خارجه', 'official', 'construct'],
  ['معاون وزیر خارجه', 'official', 'construct'],
  ['معاون اول رئیس جمهور', 'official'],
  ['معاون رئیس جمهور', 'official'],
  ['معاون', 'official', 'construct'],
  ['رئیس مجلس', 'official', 'construct'],
  ['رئیس مجلس شورای اسلامی', 'official'],
  ['رئیس پارلمان', 'official', 'construct'],
  ['رئیس مجلس ملی', 'official', 'construct'],
  ['نایب رئیس مجلس', 'official', 'construct'],
  ['نایب رئیس', 'official', 'construct'],
  ['رئیس دفتر', 'official', 'construct'],
  ['رئیس ستاد کل', 'official', 'construct'],
  ['رئیس کمیسیون', 'official', 'construct'],
  ['رئیس سازمان', 'official', 'construct'],
  ['رئیس قوه قضاییه', 'official'],
  ['دبیر شورای عالی امنیت ملی', 'official'],
  ['سخنگوی', 'official', 'construct'],
  ['سخنگو', 'official', 'construct'],
  ['استاندار', 'official', 'construct'],
  ['فرماندار', 'official', 'construct'],
  ['شهردار', 'official', 'construct'],
  ['فرمانده', 'official', 'construct'],
  ['مشاور', 'official', 'construct'],
  ['مدیرکل', 'official', 'construct'],
  ['مدیر کل', 'official', 'construct'],
  ['سناتور', 'official'],
  ['نماینده', 'official', 'construct'],
  ['سفیر', 'diplomat', 'construct'],
  ['کاردار', 'diplomat', 'construct'],
  ['سرکنسول', 'diplomat', 'construct'],
  ['کنسول', 'diplomat', 'construct'],
  ['نماینده دائم', 'diplomat', 'construct'],
  ['فرستاده ویژه', 'diplomat', 'construct'],
  ['نماینده ویژه', 'diplomat', 'construct'],
  ['دبیرکل', 'organization-head', 'construct'],
  ['دبیر کل', 'organization-head', 'construct'],
  ['رئیس کمیسیون اروپا', 'organization-head'],
  ['رهبر حزب', 'party-leader', 'construct'],
  ['دبیرکل حزب', 'party-leader', 'construct'],
];

/** Words that continue a Persian title's complement: "سفیر جمهوری اسلامی ایران", "رئیس مجلس ملی کبیر ترکیه". */
export const FA_TITLE_COMPLEMENTS: readonly string[] = [
  'جمهوری', 'اسلامی', 'شورای', 'ملی', 'کبیر', 'امارت', 'وزارت', 'امور', 'خارجه', 'کشور', 'کشورمان', 'دولت', 'پادشاهی', 'متحده',
  'عربی', 'فدرال', 'مجلس', 'سازمان', 'اداره', 'کل', 'استان', 'اروپا', 'اروپایی', 'آمریکا', 'آمریکایی', 'آسیا', 'آفریقا', 'عربستان',
  'ایران', 'ترکیه', 'چین', 'روسیه', 'افغانستان', 'آذربایجان', 'تاجیکستان',
];

/** Prepositions that tie a place to a title: "سفیر ایران در ترکیه". */
export const FA_TITLE_LINKS: readonly string[] = ['در'];

/** Links after which the place is where the office holder is posted, not their own country. */
export const FA_POSTING_LINKS: readonly string[] = ['در'];
