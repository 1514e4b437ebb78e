import type { MeetingCues, TriggerEntry } from '../../../meetings/lexiconTypes';

// Persian (Iranian and Dari) meeting vocabulary as in IRNA, ISNA, Tasnim, Mehr, Fars, Defa Press
// and Bakhtar copy. Matching turns ZWNJ into a space and folds ی/ي and ک/ك, so "گفت‌وگو",
// "گفت وگو" and "گفتگو" are one entry each as written here; joined compounds are indexed too.

const verb = (forms: string[], extra: Partial<TriggerEntry> = {}): TriggerEntry[] =>
  forms.map((form) => ({ form, kind: 'verb', ...extra }));
const noun = (forms: string[], extra: Partial<TriggerEntry> = {}): TriggerEntry[] =>
  forms.map((form) => ({ form, kind: 'noun', ...extra }));

// In Persian the meeting word is a noun with a light verb at the clause end ("با X دیدار کرد"),
// so the noun alone counts as a verb-like trigger; the light verb only tells tense.
const triggers: TriggerEntry[] = [
  ...verb([
    'دیدار', 'دیداری', 'ملاقات', 'ملاقاتی', 'گفت‌وگو', 'گفت و گو', 'گفتگو', 'گفتگوهایی', 'گفت‌وگوهایی', 'گفت‌وگویی', 'گفتگویی',
    'رایزنی', 'مذاکره', 'مذاکرات', 'مذاکراتی', 'دیدار و گفت‌وگو', 'دیدار و گفتگو', 'تبادل نظر', 'تبادل‌نظر', 'دیدار کرد', 'دیدار کردند',
  ]),
  ...verb(['پذیرفت', 'می‌پذیرد', 'استقبال کرد', 'استقبال کردند', 'استقبال'], { reception: true }),
  ...verb(['مورد استقبال'], { reception: true, passive: true }),
  ...verb(['به حضور پذیرفت'], { reception: true }),
  ...verb(['تماس تلفنی', 'گفت‌وگوی تلفنی', 'گفتگوی تلفنی', 'گفت‌وگویی تلفنی', 'گفتگویی تلفنی', 'مکالمه تلفنی', 'تلفنی'], { modality: 'phone' }),
  ...verb(['ویدئوکنفرانس', 'ویدیوکنفرانس', 'ویدئو کنفرانس', 'نشست مجازی', 'دیدار ویدئویی', 'دیدار مجازی', 'گفت‌وگوی ویدئویی'], { modality: 'virtual' }),
  // A session is a meeting only with a counterpart; a press conference or an assembly sitting is not.
  ...noun(['نشست', 'نشست خبری', 'نشست مطبوعاتی', 'کنفرانس خبری']),
  ...noun(['این دیدار', 'این ملاقات', 'این گفت‌وگو', 'این مذاکرات', 'این تماس', 'این نشست']),
];

export const FA_MEETING_CUES: MeetingCues = {
  triggers,
  lightVerbs: ['کرد', 'کردند', 'کند', 'کنند', 'انجام داد', 'انجام دادند', 'داشت', 'داشتند', 'برگزار کرد', 'برگزار کردند', 'نماید', 'نمود', 'نمودند'],
  withWords: ['با'],
  byWords: ['توسط', 'از سوی'],
  phone: ['تلفنی', 'تماس تلفنی', 'تلفن', 'تماس'],
  virtual: ['ویدئوکنفرانس', 'ویدیوکنفرانس', 'ویدئو کنفرانس', 'مجازی', 'ویدئویی', 'ویدیویی', 'برخط', 'آنلاین'],
  planned: ['خواهد', 'خواهند', 'قرار است', 'توافق کردند', 'برگزار می‌شود', 'برگزار خواهد شد', 'پیش‌بینی شده', 'در نظر دارد', 'می‌خواهد', 'فردا', 'عازم'],
  cancelled: ['لغو', 'لغو شد', 'به تعویق افتاد', 'به تعویق افتاده', 'به تعویق انداخت', 'دیدار نکرد', 'دیدار نکردند', 'نمی‌رود', 'نخواهد', 'منتفی', 'انجام نشد'],
  background: ['پیش‌تر', 'پیشتر', 'پیش از این', 'کرده بود', 'کرده بودند', 'سال گذشته', 'آخرین بار', 'قبلا', 'قبلاً', 'بود'],
  attendees: ['با حضور', 'در حضور', 'با همراهی'],
  attendeesBefore: ['حضور داشتند', 'حضور داشت', 'نیز حضور داشتند', 'شرکت داشتند'],
  separately: ['به طور جداگانه', 'به‌طور جداگانه', 'جداگانه', 'به ترتیب', 'سپس'],
  reporting: ['گفت', 'اعلام کرد', 'اعلام شد', 'گزارش داد', 'افزود', 'نوشت'],
  clauseBreakers: ['که', 'گفت', 'افزود', 'اظهار', 'تصریح', 'تاکید', 'تأکید', 'خواند', 'نوشت', 'اعلام', 'تا', 'اما', 'ولی', 'زیرا', 'چون', 'درباره', 'پیرامون'],
  topics: ['درباره', 'پیرامون'],
  notParty: ['به گفته', 'به گزارش', 'به دعوت', 'از سوی', 'به نقل از', 'دولت', 'طبق'],
  context: ['در حاشیه', 'در جریان', 'در چارچوب', 'در قالب', 'در سفر', 'طی سفر'],
  visits: ['در سفر', 'طی سفر'],
  travel: ['عازم', 'وارد', 'سفر به', 'سفر', 'به مقصد', 'رسید', 'می‌رود', 'نمی‌رود', 'رفت', 'نرفت', 'بازدید'],
  pronouns: ['وی', 'او', 'ایشان', 'مهمان'],
  describedParty: ['مقام‌های', 'مقامات', 'مسئولان', 'مسئولین', 'مقام‌ها', 'هیئت', 'هیأت'],
};
