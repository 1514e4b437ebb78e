// The endings a nisba adjective takes after a title: feminine (ة), sound plurals (ين/ون/ات) and
// duals (ان/تين/تان). "الرئيسان الصيني والروسي", "الوزيرة الصينية", "المسؤولين الصينيين".
const NISBA_ENDINGS = ['', 'ة', 'ين', 'ون', 'ان', 'تين', 'تان', 'ات'];

const ARTICLE = 'ال';

/**
 * Every gender, number and definiteness form of an Arabic nisba adjective written as its
 * masculine singular ("صيني", "كوري جنوبي"): words ending in ي are inflected together and
 * each word takes the article in the definite forms.
 */
export function arabicAdjectiveForms(masculine: string): string[] {
  const words = masculine.trim().split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return [];
  const out: string[] = [];
  for (const ending of NISBA_ENDINGS) {
    const inflected = words.map((w) => (w.endsWith('ي') ? w + ending : w));
    out.push(inflected.join(' '));
    out.push(inflected.map((w) => (w.startsWith(ARTICLE) ? w : ARTICLE + w)).join(' '));
  }
  return out;
}
