import { meetingsOf, partyNames } from './helpers';

// Clause shapes that put a meeting's parties apart: asides, reported speech, word order.
describe('parties across clause shapes', () => {
  const ref = { referenceDate: '2024-03-15' };
  const cases: Array<[string, string, string[]]> = [
    ['en subject before a relative clause', 'Ukrainian President Volodymyr Zelenskiy, who arrived late on Thursday, was also due to meet Turkish Foreign Minister Hakan Fidan.', ['Hakan Fidan', 'Volodymyr Zelenskyy']],
    ['ar subject before a relative clause', 'الرئيس المصري عبد الفتاح السيسي، الذي وصل إلى الرياض أمس، التقى ولي العهد السعودي الأمير محمد بن سلمان.', ['Abdel Fattah el-Sisi', 'Mohammed bin Salman']],
    ['ar object after an aside (VSO)', 'التقى الرئيس المصري عبد الفتاح السيسي، الذي وصل إلى الرياض أمس، ولي العهد السعودي الأمير محمد بن سلمان.', ['Abdel Fattah el-Sisi', 'Mohammed bin Salman']],
    ['ar object with بـ after an aside', 'التقى الرئيس المصري عبد الفتاح السيسي، الذي وصل إلى الرياض أمس، بولي العهد السعودي الأمير محمد بن سلمان.', ['Abdel Fattah el-Sisi', 'Mohammed bin Salman']],
    ['ar reporter as subject (قال ... إنه)', 'وقال الرئيس المصري عبد الفتاح السيسي في بيان إنه التقى ولي العهد السعودي الأمير محمد بن سلمان.', ['Abdel Fattah el-Sisi', 'Mohammed bin Salman']],
    ['fa topic between the parties and the verb', 'حسین امیرعبداللهیان وزیر امور خارجه ایران با فیصل بن فرحان وزیر خارجه عربستان درباره همکاری‌های دوجانبه گفتگو کرد.', ['Faisal bin Farhan Al Saud', 'Hossein Amir-Abdollahian']],
    ['en had spoken by phone', 'Turkish President Tayyip Erdogan had spoken by phone with Russian President Vladimir Putin on Monday.', ['Recep Tayyip Erdoğan', 'Vladimir Putin']],
  ];
  it.each(cases)('%s', (_label, text, expected) => {
    const found = meetingsOf(text, ref);
    expect(found.length).toBe(1);
    expect(partyNames(found[0])).toEqual([...expected].sort());
  });

  it('keeps a relative clause that holds the meeting word out of the main clause', () => {
    // The relative clause reports the meeting; "said" belongs to the main clause.
    const found = meetingsOf('Zelenskiy, who met Turkish President Tayyip Erdogan on Friday, said the talks went well.', ref);
    expect(found.map(partyNames)).toEqual([['Recep Tayyip Erdoğan', 'Volodymyr Zelenskyy']]);
  });

  it('reads a phone call from an inflected verb', () => {
    const [m] = meetingsOf('Turkish President Tayyip Erdogan has spoken by phone with Russian President Vladimir Putin.', ref);
    expect(m?.modality).toBe('phone');
    expect(m?.location).toBeNull();
  });
});

describe('where a meeting is not', () => {
  const ref = { referenceDate: '2024-03-15' };
  it('is not where someone flies off to afterwards', () => {
    const [m] = meetingsOf('Ukrainian President Volodymyr Zelenskiy met Turkish Foreign Minister Hakan Fidan before flying to Brussels.', ref);
    expect(m?.location?.canonical ?? null).not.toBe('Brussels');
  });

  it('is the destination of a trip made for the talks', () => {
    const [m] = meetingsOf('U.S. Secretary of State Antony Blinken will travel to Cairo next week for talks with Egyptian President Abdel Fattah el-Sisi.', ref);
    expect(m?.location?.canonical).toBe('Cairo');
  });

  it.each([
    ['en the war in', 'U.S. Secretary of State Antony Blinken met Egyptian President Abdel Fattah el-Sisi to discuss the war in Gaza.'],
    ['ar الأوضاع في', 'بحث وزير الخارجية السعودي فيصل بن فرحان مع نظيره الأردني أيمن الصفدي الأوضاع في سوريا.'],
    ['fa اوضاع در', 'حسین امیرعبداللهیان وزیر امور خارجه ایران با فیصل بن فرحان وزیر خارجه عربستان درباره اوضاع در سوریه گفتگو کرد.'],
  ])('is not the place of a subject discussed (%s)', (_label, text) => {
    const [m] = meetingsOf(text, ref);
    expect(m).toBeDefined();
    expect(m?.location ?? null).toBeNull();
  });
});

describe('English reports', () => {
  const ref = { referenceDate: '2024-01-09' };
  it('reads "A and B discussed ... in a telephone conversation" as a call', () => {
    const [m] = meetingsOf("Iranian Foreign Minister Hossein Amir-Abdollahian and Omani Foreign Minister Badr Albusaidi discussed regional developments in a telephone conversation on Monday.", ref);
    expect(partyNames(m)).toEqual(['Badr Albusaidi', 'Hossein Amir-Abdollahian']);
    expect(m?.modality).toBe('phone');
  });

  it('keeps a call that happened apart from a meeting the same two plan', () => {
    const found = meetingsOf(
      'Iranian Foreign Minister Hossein Amir-Abdollahian and Omani Foreign Minister Badr Albusaidi discussed regional developments in a telephone conversation on Monday. The two ministers also agreed to meet in Muscat later this month.',
      ref,
    );
    expect(found.map((m) => [m.modality, m.status]).sort()).toEqual([['in-person', 'planned'], ['phone', 'held']]);
    expect(found.find((m) => m.modality === 'phone')?.location).toBeNull();
  });

  it('takes "he" opening a sentence for the person the sentence before opened on', () => {
    const found = meetingsOf(
      'Chinese President Xi Jinping met German Chancellor Olaf Scholz in Beijing on Tuesday.\nScholz arrived in China on Sunday for a three-day visit. He met Premier Li Qiang on Tuesday morning before the meeting with Xi.',
      ref,
    );
    expect(found.map(partyNames)).toContainEqual(['Li Qiang', 'Olaf Scholz']);
    expect(found.map(partyNames)).not.toContainEqual(['Li Qiang', 'Xi Jinping']);
  });
});

describe('Arabic and Persian reports', () => {
  const ref = { referenceDate: '2024-01-03' };
  it('keeps a call apart from the summit its two sides agree to hold', () => {
    const found = meetingsOf(
      'تلقى الرئيس عبد الفتاح السيسي اتصالاً هاتفياً اليوم من الرئيس الأمريكي جو بايدن.\nوقال المتحدث الرسمي إن الرئيسين اتفقا على عقد لقاء قمة في واشنطن الشهر المقبل.',
      ref,
    );
    expect(found.map((m) => [m.modality, m.status]).sort()).toEqual([['in-person', 'planned'], ['phone', 'held']]);
    expect(found.find((m) => m.modality === 'phone')?.location).toBeNull();
  });

  it('steps over a Persian relative clause (که ... ،) to the subject', () => {
    const [m] = meetingsOf('محمدباقر قالیباف رئیس مجلس ایران که برای شرکت در اجلاس بریکس به مسکو سفر کرده است، امروز با ولادیمیر پوتین رئیس جمهور روسیه دیدار کرد.', ref);
    expect(partyNames(m)).toEqual(['Mohammad Bagher Ghalibaf', 'Vladimir Putin']);
  });

  it('guesses no one for "a number of his counterparts"', () => {
    const found = meetingsOf(
      'محمدجواد ظریف وزیر امور خارجه ایران دیروز در نیویورک با ماریس پین وزیر خارجه استرالیا دیدار کرد.\nظریف در این مدت با شماری از همتایان خود گفتگو کرده است.',
      ref,
    );
    expect(found.map(partyNames)).toEqual([['Marise Payne', 'Mohammad Javad Zarif']]);
  });
});

describe('the dateline country and visits', () => {
  it("takes IRNA's bare «رئیس جمهور» for Iran's president, named later in the story", () => {
    const found = meetingsOf(
      'تهران- ایرنا- رئیس جمهور در سفر به نیویورک عصر سه شنبه به وقت محلی با آنتونیو گوترش دبیرکل سازمان ملل متحد دیدار و گفتگو کرد.\nمسعود پزشکیان همچنین قرار است فردا با امانوئل مکرون رئیس جمهور فرانسه دیدار کند.',
      { referenceDate: '2024-09-25' },
    );
    const withGuterres = found.find((m) => partyNames(m).includes('António Guterres'));
    expect(partyNames(withGuterres)).toEqual(['António Guterres', 'Masoud Pezeshkian']);
    // A date in the phrase of the visit ("در سفر به نیویورک عصر سه شنبه") dates its talks.
    expect(withGuterres?.date?.value).toBe('2024-09-24');
  });

  it('leaves a bare «الوزير» before a name to that name', () => {
    const found = meetingsOf('دمشق، 7 تموز 2019 (سانا) - عقد الوزير العماني يوسف بن علوي في دمشق جلسة مباحثات مع الوزير وليد المعلم.');
    expect(found.map((m) => m.participants.length)).toEqual([2]);
  });

  it('reads «حضر المقابلة» as attendance', () => {
    const [m] = meetingsOf('الكويت في 27 يناير 2024 (كونا) -- استقبل سمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح بقصر بيان اليوم رئيس وزراء بريطانيا ريشي سوناك.\nوقد حضر المقابلة رئيس مجلس الوزراء الشيخ الدكتور محمد صباح السالم الصباح.');
    expect(m?.attendees.length).toBe(1);
  });
});

describe('English protagonists', () => {
  it('gives "a meeting with X ... has been scrapped" to the person the story follows', () => {
    const found = meetingsOf(
      'Saudi Crown Prince Mohammed bin Salman received U.S. Secretary of State Antony Blinken in Al-Ula on Sunday.\nBlinken is due to meet Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Tuesday. A meeting with Palestinian President Mahmoud Abbas in Ramallah has been scrapped, a U.S. official said.',
      { referenceDate: '2024-01-08' },
    );
    const cancelled = found.find((m) => m.status === 'cancelled');
    expect(partyNames(cancelled)).toEqual(['Antony Blinken', 'Mahmoud Abbas']);
  });

  it('reads a name that opens with a title word ("Amir Khan Muttaqi") as the name', () => {
    const [m] = meetingsOf("The Taliban's acting foreign minister, Amir Khan Muttaqi, met Kazakhstan's special envoy Yerkin Tokumov in Kabul on Wednesday.", { referenceDate: '2024-05-10' });
    const muttaqi = m?.participants.find((p) => p.canonical === 'Amir Khan Muttaqi');
    expect(muttaqi?.role).toBe('foreign-minister');
  });
});

describe('a named party and a title-only one', () => {
  it.each([
    ['fa', 'حسین امیرعبداللهیان وزیر امور خارجه ایران امروز با سفیر ازبکستان دیدار کرد.'],
    ['ar', 'التقى وزير الخارجية الأفغاني أمير خان متقي اليوم سفير أوزبكستان.'],
    ['en', "Iranian Foreign Minister Hossein Amir-Abdollahian met Uzbekistan's foreign minister on Monday."],
  ])('makes a meeting of "X (today) with the ambassador of Y" (%s)', (_lang, text) => {
    const [m] = meetingsOf(text, { referenceDate: '2024-05-14' });
    expect(m?.participants.map((p) => p.country).sort()).toEqual(text.includes('متقي') ? ['AF', 'UZ'] : ['IR', 'UZ']);
  });

  it('reads the Lebanese «عرض ... مع» as talks', () => {
    const [m] = meetingsOf('عرض رئيس مجلس النواب نبيه بري مع سفيرة الولايات المتحدة الأميركية ليزا جونسون، في عين التينة، الأوضاع العامة.', { referenceDate: '2024-05-14' });
    expect(m?.participants.length).toBe(2);
  });
});

describe('status from the main clause', () => {
  it('plans a meeting in a "حيث" clause under a planned visit', () => {
    const found = meetingsOf('ومن المنتظر أن يزور الرئيس الإماراتي محمد بن زايد آل نهيان نيودلهي مطلع الشهر المقبل حيث يلتقي الرئيسة الهندية دروبادي مورمو.', { referenceDate: '2024-10-20' });
    expect(found.map((m) => m.status)).toEqual(['planned']);
  });

  it('keeps a call that happened apart from the in-person meeting called off (Persian که clause)', () => {
    const found = meetingsOf(
      'علی لاریجانی دبیر شورای عالی امنیت ملی ایران امروز به صورت ویدئوکنفرانس با سرگئی شویگو دبیر شورای امنیت روسیه گفت‌وگو کرد.\nدیدار حضوری دو طرف که برای هفته آینده در مسکو برنامه‌ریزی شده بود، لغو شد.',
      { referenceDate: '2025-10-12' },
    );
    expect(found.map((m) => [m.modality, m.status]).sort()).toEqual([['in-person', 'cancelled'], ['virtual', 'held']]);
  });
});

describe('meeting dates that are only windows', () => {
  it.each([
    ['en next week', 'U.S. Secretary of State Antony Blinken will meet Egyptian President Abdel Fattah el-Sisi in Cairo next week.'],
    ['ar الأسبوع المقبل', 'ومن المقرر أن يلتقي العاهل الأردني الملك عبدالله الثاني الأسبوع المقبل في واشنطن الرئيس الأمريكي جو بايدن.'],
    ['en later this month', 'Iranian Foreign Minister Hossein Amir-Abdollahian will meet Omani Foreign Minister Badr Albusaidi in Muscat later this month.'],
  ])('leaves the date empty but the meeting planned (%s)', (_label, text) => {
    const [m] = meetingsOf(text, { referenceDate: '2024-01-09' });
    expect(m?.status).toBe('planned');
    expect(m?.date).toBeNull();
  });

  it('keeps a range of stated days', () => {
    const [m] = meetingsOf('Chinese President Xi Jinping will hold talks with French President Emmanuel Macron in Paris on 6-7 May.', { referenceDate: '2024-04-20' });
    expect(m?.date?.value).toBe('2024-05-06/2024-05-07');
  });
});

describe('long Persian clauses', () => {
  it('finds the subject far before the verb, past a date, a context phrase and a list', () => {
    const found = meetingsOf(
      'سید ابراهیم رئیسی رئیس جمهور کشورمان صبح امروز (سه‌شنبه ۱۴ شهریور) در حاشیه اجلاس سران گروه بریکس در ژوهانسبورگ به ترتیب با سیریل رامافوسا رئیس جمهور آفریقای جنوبی، لولا دا سیلوا رئیس جمهور برزیل و نارندرا مودی نخست وزیر هند دیدار و گفتگو کرد.',
      { referenceDate: '2023-09-05' },
    );
    expect(found.map(partyNames)).toEqual([
      ['Cyril Ramaphosa', 'Ebrahim Raisi'],
      ['Ebrahim Raisi', 'Luiz Inácio Lula da Silva'],
      ['Ebrahim Raisi', 'Narendra Modi'],
    ]);
  });
});

describe('"his reception of" (خلال استقباله)', () => {
  const ref = { referenceDate: '2024-05-01' };
  it('pairs the possessor with the guest named after', () => {
    const [m] = meetingsOf('وأكد الرئيس المصري عبد الفتاح السيسي خلال استقباله اليوم وزير الخارجية الأمريكي أنتوني بلينكن أهمية وقف إطلاق النار.', ref);
    expect(partyNames(m)).toEqual(['Abdel Fattah el-Sisi', 'Antony Blinken']);
    expect(m?.host?.canonical).toBe('Abdel Fattah el-Sisi');
  });

  it('takes the messenger, not the sender or the addressee of a letter, as the host', () => {
    const found = meetingsOf(
      'تسلم خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز رسالة خطية من الرئيس الإيراني مسعود بزشكيان، تسلمها صاحب السمو الأمير فيصل بن فرحان وزير الخارجية خلال استقباله اليوم نائب الرئيس الإيراني محمد جواد ظريف.',
      ref,
    );
    expect(found.map(partyNames)).toEqual([['Faisal bin Farhan Al Saud', 'Mohammad Javad Zarif']]);
  });
});

describe('titles and known names', () => {
  it('reads "Vice Premier He Lifeng" as the known He Lifeng, not the pronoun he', () => {
    const [m] = meetingsOf('Chinese Vice Premier He Lifeng held talks with U.S. Treasury Secretary Janet Yellen in Guangzhou on Saturday.', { referenceDate: '2024-05-01' });
    expect(partyNames(m)).toEqual(['He Lifeng', 'Janet Yellen']);
  });
});

describe('agency initials', () => {
  it('does not take «(د ب أ)» for a person', () => {
    const found = meetingsOf('برلين (د ب أ) - استقبل المستشار الألماني أولاف شولتس أمس الرئيس التركي رجب طيب أردوغان.', { referenceDate: '2024-05-06' });
    expect(found.map(partyNames)).toEqual([['Olaf Scholz', 'Recep Tayyip Erdoğan']]);
  });
});

describe('country words and earlier occasions', () => {
  it('does not take "North Korean" before a title for a person', () => {
    const found = meetingsOf('Russian President Vladimir Putin received North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Wednesday.', { referenceDate: '2023-09-13' });
    expect(found.map(partyNames)).toEqual([['Kim Jong Un', 'Vladimir Putin']]);
    expect(found[0]?.location?.venue).toBe('Vostochny Cosmodrome');
  });

  it('lends the place of an earlier occasion ("since April 2019, when they met in Vladivostok") to no one', () => {
    const [m] = meetingsOf(
      'Russian President Vladimir Putin received North Korean leader Kim Jong Un in the Amur region on Wednesday.\nIt was their first meeting since April 2019, when they met in Vladivostok.',
      { referenceDate: '2023-09-13' },
    );
    expect(m?.location?.canonical ?? null).not.toBe('Vladivostok');
  });
});
