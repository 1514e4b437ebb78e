/**
 * Persian courtesy words and ranks that stand before a name and are not part of it. Usage of
 * the Iranian and Afghan news agencies; written for this project.
 */
export const FA_HONORIFICS: readonly string[] = [
  'آقای', 'آقا', 'خانم', 'دکتر', 'مهندس', 'استاد', 'حجت الاسلام', 'حجت‌الاسلام', 'حجت الاسلام و المسلمین', 'حجت‌الاسلام والمسلمین',
  'آیت الله', 'آیت‌الله', 'سردار', 'سرلشکر', 'سرتیپ', 'سید', 'سیده', 'شیخ', 'مولوی', 'ملا', 'جناب', 'عالیجناب',
  'حضرت', 'علیاحضرت', 'والاحضرت', 'شاهزاده', 'پروفسور', 'ژنرال', 'سپهبد', 'دریادار', 'الحاج', 'حاج',
];
