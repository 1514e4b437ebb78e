import { meetingsOf } from './helpers';

const ref = { referenceDate: '2022-05-18' };

describe('status', () => {
  it.each([
    ['ar سيلتقي', 'سيلتقي الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في سوتشي يوم الجمعة المقبل.'],
    ['ar من المقرر أن', 'من المقرر أن يلتقي الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في سوتشي.'],
    ['fa خواهد کرد', 'ولادیمیر پوتین رئیس‌جمهور روسیه فردا در سوچی با رجب طیب اردوغان رئیس‌جمهور ترکیه دیدار خواهد کرد.'],
    ['fa قرار است', 'قرار است ولادیمیر پوتین رئیس‌جمهور روسیه در سوچی با رجب طیب اردوغان رئیس‌جمهور ترکیه دیدار کند.'],
    ['en will meet', 'Russian President Vladimir Putin will meet Turkish President Recep Tayyip Erdogan in Sochi on Friday.'],
    ['en is scheduled to', 'Russian President Vladimir Putin is scheduled to meet Turkish President Recep Tayyip Erdogan in Sochi.'],
  ])('planned: %s', (_l, text) => {
    const [m] = meetingsOf(text, ref);
    expect(m?.status).toBe('planned');
  });

  it.each([
    ['ar أرجأ', 'أرجأ الرئيس الروسي فلاديمير بوتين لقاءه مع الرئيس التركي رجب طيب أردوغان الذي كان مقررا اليوم.'],
    ['ar لن يلتقي', 'لن يلتقي الرئيس الأمريكي جو بايدن الرئيس الروسي فلاديمير بوتين في جنيف كما كان مقررا.'],
    ['fa به تعویق افتاد', 'دیدار ولادیمیر پوتین رئیس‌جمهور روسیه با رجب طیب اردوغان رئیس‌جمهور ترکیه به تعویق افتاد.'],
    ['en called off', 'A meeting between U.S. President Joe Biden and Russian President Vladimir Putin was called off on Wednesday.'],
    ['en postponed', 'Russian President Vladimir Putin postponed his meeting with Turkish President Recep Tayyip Erdogan.'],
  ])('cancelled or postponed: %s', (_l, text) => {
    const [m] = meetingsOf(text, ref);
    expect(m?.status).toBe('cancelled');
  });

  it('held is the default', () => {
    const [m] = meetingsOf('التقى الرئيس الروسي فلاديمير بوتين اليوم الأربعاء الرئيس التركي رجب طيب أردوغان في سوتشي.', ref);
    expect(m?.status).toBe('held');
  });

  it('judges each clause on its own: a held meeting and a planned one in one article', () => {
    const text =
      'Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Wednesday. ' +
      'Russian Foreign Minister Sergey Lavrov will meet Chinese Foreign Minister Wang Yi in Beijing on Friday.';
    const found = meetingsOf(text, ref);
    const erdogan = found.find((m) => m.participants.some((p) => p.canonical === 'Recep Tayyip Erdoğan'));
    const wang = found.find((m) => m.participants.some((p) => p.canonical === 'Wang Yi'));
    expect(erdogan?.status).toBe('held');
    expect(wang?.status).toBe('planned');
    expect(wang?.date?.value).toBe('2022-05-20');
  });
});
