import type { PersonRecord } from '../../types';

// Sources: see ./README.md in this folder.
// South-East Asia: Indonesia, Malaysia, Singapore, Thailand, Vietnam, Philippines, Myanmar,
// Cambodia, Laos, Brunei, Timor-Leste.
export const PEOPLE_ASIA_SOUTHEAST: readonly PersonRecord[] = [
  // Indonesia
  { canonical: 'Susilo Bambang Yudhoyono', country: 'ID', roles: [['head-of-state', 2004, 2014]], en: ['Susilo Bambang Yudhoyono', 'Yudhoyono'], ar: ['سوسيلو بامبانغ يودويونو', 'سوسيلو بامبانج يودويونو'], fa: ['سوسیلو بامبانگ یودویونو', 'یودویونو'] },
  { canonical: 'Joko Widodo', country: 'ID', roles: [['head-of-state', 2014, 2024]], en: ['Joko Widodo', 'Jokowi', 'Widodo'], ar: ['جوكو ويدودو', 'ويدودو'], fa: ['جوکو ویدودو', 'ویدودو'] },
  { canonical: 'Prabowo Subianto', country: 'ID', roles: [['minister', 2019, 2024], ['head-of-state', 2024, null]], en: ['Prabowo Subianto', 'Prabowo'], ar: ['برابوو سوبيانتو', 'برابوو'], fa: ['پرابوو سوبیانتو', 'پرابوو'] },
  { canonical: 'Marty Natalegawa', country: 'ID', roles: [['foreign-minister', 2009, 2014]], en: ['Marty Natalegawa'], ar: ['مارتي ناتاليغاوا', 'مارتي ناتاليجاوا'], fa: ['مارتی ناتالگاوا'] },
  { canonical: 'Retno Marsudi', country: 'ID', roles: [['foreign-minister', 2014, 2024]], en: ['Retno Marsudi', 'Retno L. P. Marsudi', 'Marsudi'], ar: ['ريتنو مارسودي'], fa: ['رتنو مارسودی'] },
  { canonical: 'Sugiono', country: 'ID', roles: [['foreign-minister', 2024, null]], en: ['Sugiono'], ar: ['سوجيونو', 'سوغيونو'], fa: ['سوگیونو'] },

  // Malaysia
  { canonical: 'Abdullah of Pahang', country: 'MY', roles: [['monarch', 2019, 2024]], en: ['Abdullah of Pahang', "Al-Sultan Abdullah Ri'ayatuddin", 'Sultan Abdullah Riayatuddin'], ar: ['عبد الله رعاية الدين المصطفى بالله شاه', 'عبد الله رعاية الدين'], fa: ['عبدالله رعایت الدین المصطفی بالله شاه', 'عبدالله رعایت الدین'] },
  { canonical: 'Ibrahim of Johor', country: 'MY', roles: [['monarch', 2024, null]], en: ['Ibrahim of Johor', 'Sultan Ibrahim Iskandar', 'Ibrahim Iskandar'], ar: ['إبراهيم إسكندر', 'السلطان إبراهيم إسكندر'], fa: ['ابراهیم اسکندر', 'سلطان ابراهیم اسکندر'] },
  { canonical: 'Najib Razak', country: 'MY', roles: [['head-of-government', 2009, 2018]], en: ['Najib Razak', 'Najib Tun Razak', 'Najib Abdul Razak'], ar: ['نجيب عبد الرزاق', 'نجيب رزاق', 'نجيب تون عبد الرزاق'], fa: ['نجیب رزاق', 'نجیب عبدالرزاق', 'نجیب تون رزاق'] },
  { canonical: 'Mahathir Mohamad', country: 'MY', roles: [['head-of-government', 1981, 2003], ['head-of-government', 2018, 2020]], en: ['Mahathir Mohamad', 'Mahathir Mohammad', 'Mahathir'], ar: ['مهاتير محمد', 'مهاتير'], fa: ['ماهاتیر محمد', 'ماهاتیر'] },
  { canonical: 'Muhyiddin Yassin', country: 'MY', roles: [['head-of-government', 2020, 2021]], en: ['Muhyiddin Yassin', 'Muhyiddin'], ar: ['محيي الدين ياسين'], fa: ['محی الدین یاسین'] },
  { canonical: 'Ismail Sabri Yaakob', country: 'MY', roles: [['head-of-government', 2021, 2022]], en: ['Ismail Sabri Yaakob', 'Ismail Sabri'], ar: ['إسماعيل صبري يعقوب', 'إسماعيل صبري'], fa: ['اسماعیل صبری یعقوب'] },
  { canonical: 'Anwar Ibrahim', country: 'MY', roles: [['head-of-government', 2022, null]], en: ['Anwar Ibrahim'], ar: ['أنور إبراهيم'], fa: ['انور ابراهیم'] },
  { canonical: 'Anifah Aman', country: 'MY', roles: [['foreign-minister', 2009, 2018]], en: ['Anifah Aman'], ar: ['حنيفة أمان', 'أنيفة أمان'], fa: ['حنیفه امان', 'انیفه امان'] },
  { canonical: 'Saifuddin Abdullah', country: 'MY', roles: [['foreign-minister', 2018, 2020], ['foreign-minister', 2021, 2022]], en: ['Saifuddin Abdullah'], ar: ['سيف الدين عبد الله'], fa: ['سیف الدین عبدالله'] },
  { canonical: 'Hishammuddin Hussein', country: 'MY', roles: [['minister', 2013, 2018], ['foreign-minister', 2020, 2021], ['minister', 2021, 2022]], en: ['Hishammuddin Hussein', 'Hishammuddin Hussein Onn'], ar: ['هشام الدين حسين'], fa: ['هشام الدین حسین'] },
  { canonical: 'Zambry Abdul Kadir', country: 'MY', roles: [['foreign-minister', 2022, 2023]], en: ['Zambry Abdul Kadir'], ar: ['زامبري عبد القادر'], fa: ['زامبری عبدالقادر'] },
  { canonical: 'Mohamad Hasan', country: 'MY', roles: [['minister', 2022, 2023], ['foreign-minister', 2023, null]], en: ['Mohamad Hasan', 'Mohamad Haji Hasan', 'Tok Mat'], ar: ['محمد حاجي حسن'], fa: ['محمد حاجی حسن'] },

  // Singapore
  { canonical: 'S. R. Nathan', country: 'SG', roles: [['head-of-state', 1999, 2011]], en: ['S. R. Nathan', 'S.R. Nathan', 'Sellapan Ramanathan'], ar: ['إس آر ناثان', 'سيلابان راماناثان'], fa: ['اس آر ناتان'] },
  { canonical: 'Tony Tan', country: 'SG', roles: [['head-of-state', 2011, 2017]], en: ['Tony Tan', 'Tony Tan Keng Yam'], ar: ['توني تان', 'توني تان كينغ يام'], fa: ['تونی تن', 'تونی تان'] },
  { canonical: 'Halimah Yacob', country: 'SG', roles: [['official', 2013, 2017], ['head-of-state', 2017, 2023]], en: ['Halimah Yacob'], ar: ['حليمة يعقوب'], fa: ['حلیمه یعقوب'] },
  { canonical: 'Tharman Shanmugaratnam', country: 'SG', roles: [['minister', 2011, 2023], ['head-of-state', 2023, null]], en: ['Tharman Shanmugaratnam', 'Tharman'], ar: ['ثارمان شانموغاراتنام', 'تارمان شانموغاراتنام'], fa: ['تارمان شانموگاراتنام', 'ثارمان شانموگاراتنام'] },
  { canonical: 'Lee Hsien Loong', country: 'SG', roles: [['head-of-government', 2004, 2024], ['minister', 2024, null]], en: ['Lee Hsien Loong'], ar: ['لي هسين لونغ', 'لي شيان لونغ', 'لي هسين لونج'], fa: ['لی هسین لونگ', 'لی سین لونگ'] },
  { canonical: 'Lawrence Wong', country: 'SG', roles: [['minister', 2020, 2024], ['head-of-government', 2024, null]], en: ['Lawrence Wong'], ar: ['لورانس وونغ', 'لورنس وونغ'], fa: ['لارنس وونگ', 'لورنس وونگ'] },
  { canonical: 'George Yeo', country: 'SG', roles: [['foreign-minister', 2004, 2011]], en: ['George Yeo'], ar: ['جورج يو', 'جورج يوه'], fa: ['جورج یو', 'جرج یئو'] },
  { canonical: 'K. Shanmugam', country: 'SG', roles: [['foreign-minister', 2011, 2015], ['minister', 2015, null]], en: ['K. Shanmugam', 'Kasiviswanathan Shanmugam'], ar: ['كيه شانموغام', 'كاسيفيسواناثان شانموغام'], fa: ['کی شانموگام', 'کاسیویسواناتان شانموگام'] },
  { canonical: 'Vivian Balakrishnan', country: 'SG', roles: [['foreign-minister', 2015, null]], en: ['Vivian Balakrishnan', 'Balakrishnan'], ar: ['فيفيان بالاكريشنان', 'فيفيان بالاكريشنا'], fa: ['ویوین بالاکریشنان', 'ویویان بالاکریشنان'] },

  // Thailand
  { canonical: 'Bhumibol Adulyadej', country: 'TH', roles: [['monarch', 1946, 2016]], en: ['Bhumibol Adulyadej', 'King Bhumibol'], ar: ['بوميبول أدولياديج', 'بوميبول أدولياديت'], fa: ['بومیبول آدولیادج', 'بومیبول'] },
  { canonical: 'Vajiralongkorn', country: 'TH', roles: [['crown-prince', 1972, 2016], ['monarch', 2016, null]], en: ['Vajiralongkorn', 'Maha Vajiralongkorn', 'King Maha Vajiralongkorn'], ar: ['ماها فاجيرالونغكورن', 'فاجيرالونغكورن'], fa: ['ماها واجیرالونگکورن', 'واجیرالونگکورن'] },
  { canonical: 'Abhisit Vejjajiva', country: 'TH', roles: [['head-of-government', 2008, 2011]], en: ['Abhisit Vejjajiva', 'Abhisit'], ar: ['أبهيسيت فيجاجيفا', 'أبهيسيت فيجاجيوا'], fa: ['آبهیسیت ویجاجیوا'] },
  { canonical: 'Yingluck Shinawatra', country: 'TH', roles: [['head-of-government', 2011, 2014]], en: ['Yingluck Shinawatra', 'Yingluck'], ar: ['ينغلوك شيناواترا', 'ينجلوك شيناواترا'], fa: ['ینگلاک شیناواترا', 'یینگلاک شیناواترا'] },
  { canonical: 'Prayut Chan-o-cha', country: 'TH', roles: [['head-of-government', 2014, 2023]], en: ['Prayut Chan-o-cha', 'Prayuth Chan-ocha', 'Prayut'], ar: ['برايوت تشان أوتشا', 'برايوث تشان أوتشا'], fa: ['پرایوت چان اوچا', 'پرایوت چان او چا'] },
  { canonical: 'Srettha Thavisin', country: 'TH', roles: [['head-of-government', 2023, 2024]], en: ['Srettha Thavisin', 'Srettha'], ar: ['سريتا تافيسين', 'سريثا تافيسين'], fa: ['سرتا تاویسین'] },
  { canonical: 'Paetongtarn Shinawatra', country: 'TH', roles: [['head-of-government', 2024, 2025]], en: ['Paetongtarn Shinawatra', 'Paetongtarn'], ar: ['بايتونغتارن شيناواترا', 'بيتونغتارن شيناواترا'], fa: ['پتونگتارن شیناواترا', 'پیتونگتارن شیناواترا'] },
  { canonical: 'Anutin Charnvirakul', country: 'TH', roles: [['minister', 2019, 2025], ['head-of-government', 2025, null]], en: ['Anutin Charnvirakul', 'Anutin'], ar: ['أنوتين تشارنفيراكول', 'أنوتين شارنفيراكول'], fa: ['آنوتین چارنویراکول'] },
  { canonical: 'Kasit Piromya', country: 'TH', roles: [['foreign-minister', 2008, 2011]], en: ['Kasit Piromya'], ar: ['كاسيت بيرومايا', 'كاسيت بيروميا'], fa: ['کاسیت پیرومیا'] },
  { canonical: 'Surapong Tovichakchaikul', country: 'TH', roles: [['foreign-minister', 2011, 2014]], en: ['Surapong Tovichakchaikul'], ar: ['سورابونغ توفيتشاكتشايكول'], fa: ['سوراپونگ تویچاکچایکول'] },
  { canonical: 'Don Pramudwinai', country: 'TH', roles: [['foreign-minister', 2015, 2023]], en: ['Don Pramudwinai'], ar: ['دون براموديناي', 'دون برامودويناي'], fa: ['دون پرامودوینای'] },
  { canonical: 'Parnpree Bahiddha-Nukara', country: 'TH', roles: [['foreign-minister', 2023, 2024]], en: ['Parnpree Bahiddha-Nukara', 'Parnpree Bahiddha-nukara'], ar: ['بارنبري باهيدا نوكارا'], fa: ['پارنپری باهیدا نوکارا'] },
  { canonical: 'Maris Sangiampongsa', country: 'TH', roles: [['foreign-minister', 2024, 2025]], en: ['Maris Sangiampongsa'], ar: ['ماريس سانغيامبونغسا'], fa: ['ماریس سانگیامپونگسا'] },
  { canonical: 'Sihasak Phuangketkeow', country: 'TH', roles: [['foreign-minister', 2025, null]], en: ['Sihasak Phuangketkeow'], ar: ['سيهاساك فوانغكيتكيو'], fa: ['سیهاساک پوانگکتکئو'] },

  // Vietnam
  { canonical: 'Nguyễn Minh Triết', country: 'VN', roles: [['head-of-state', 2006, 2011]], en: ['Nguyễn Minh Triết', 'Nguyen Minh Triet'], ar: ['نغوين مينه تريت', 'نجوين مينه تريت'], fa: ['نگوین مین تریت'] },
  { canonical: 'Trương Tấn Sang', country: 'VN', roles: [['head-of-state', 2011, 2016]], en: ['Trương Tấn Sang', 'Truong Tan Sang'], ar: ['ترونغ تان سانغ', 'ترونج تان سانج'], fa: ['ترونگ تان سانگ'] },
  { canonical: 'Trần Đại Quang', country: 'VN', roles: [['head-of-state', 2016, 2018]], en: ['Trần Đại Quang', 'Tran Dai Quang'], ar: ['تران داي كوانغ', 'تران داي كوانج'], fa: ['تران دای کوانگ'] },
  { canonical: 'Nguyễn Phú Trọng', country: 'VN', roles: [['party-leader', 2011, 2024], ['head-of-state', 2018, 2021]], en: ['Nguyễn Phú Trọng', 'Nguyen Phu Trong'], ar: ['نغوين فو ترونغ', 'نجوين فو ترونج'], fa: ['نگوین فو ترونگ'] },
  { canonical: 'Nguyễn Xuân Phúc', country: 'VN', roles: [['head-of-government', 2016, 2021], ['head-of-state', 2021, 2023]], en: ['Nguyễn Xuân Phúc', 'Nguyen Xuan Phuc'], ar: ['نغوين شوان فوك', 'نجوين شوان فوك'], fa: ['نگوین شوان فوک'] },
  { canonical: 'Võ Văn Thưởng', country: 'VN', roles: [['head-of-state', 2023, 2024]], en: ['Võ Văn Thưởng', 'Vo Van Thuong'], ar: ['فو فان ثونغ', 'فو فان تونغ'], fa: ['وو وان تونگ', 'وو وان توئونگ'] },
  { canonical: 'Tô Lâm', country: 'VN', roles: [['minister', 2016, 2024], ['head-of-state', 2024, 2024], ['party-leader', 2024, null]], en: ['Tô Lâm', 'To Lam'], ar: ['تو لام'], fa: ['تو لام'] },
  { canonical: 'Lương Cường', country: 'VN', roles: [['head-of-state', 2024, null]], en: ['Lương Cường', 'Luong Cuong'], ar: ['لونغ كوونغ', 'لونغ كونغ'], fa: ['لونگ کوونگ', 'لوئونگ کوئونگ'] },
  { canonical: 'Nguyễn Tấn Dũng', country: 'VN', roles: [['head-of-government', 2006, 2016]], en: ['Nguyễn Tấn Dũng', 'Nguyen Tan Dung'], ar: ['نغوين تان دونغ', 'نجوين تان دونج'], fa: ['نگوین تان دونگ'] },
  { canonical: 'Phạm Minh Chính', country: 'VN', roles: [['head-of-government', 2021, null]], en: ['Phạm Minh Chính', 'Pham Minh Chinh'], ar: ['فام مينه تشينه', 'فام مينه شينه'], fa: ['فام مین چین', 'فام مین چینه'] },
  { canonical: 'Phạm Gia Khiêm', country: 'VN', roles: [['foreign-minister', 2006, 2011]], en: ['Phạm Gia Khiêm', 'Pham Gia Khiem'], ar: ['فام جيا خيم'], fa: ['فام جیا خیم'] },
  { canonical: 'Phạm Bình Minh', country: 'VN', roles: [['foreign-minister', 2011, 2021]], en: ['Phạm Bình Minh', 'Pham Binh Minh'], ar: ['فام بينه مينه', 'فام بينه منه'], fa: ['فام بین مین', 'فام بینه مین'] },
  { canonical: 'Bùi Thanh Sơn', country: 'VN', roles: [['foreign-minister', 2021, 2025]], en: ['Bùi Thanh Sơn', 'Bui Thanh Son'], ar: ['بوي ثانه سون', 'بوي تان سون'], fa: ['بویی تان سون', 'بوی تان سون'] },
  { canonical: 'Lê Hoài Trung', country: 'VN', roles: [['foreign-minister', 2025, null]], en: ['Lê Hoài Trung', 'Le Hoai Trung'], ar: ['لي هواي ترونغ'], fa: ['له هوای ترونگ'] },

  // Philippines
  { canonical: 'Gloria Macapagal Arroyo', country: 'PH', roles: [['head-of-state', 2001, 2010]], en: ['Gloria Macapagal Arroyo', 'Gloria Arroyo'], ar: ['غلوريا ماكاباغال أرويو', 'جلوريا أرويو'], fa: ['گلوریا ماکاپاگال آرویو', 'گلوریا آرویو'] },
  { canonical: 'Benigno Aquino III', country: 'PH', roles: [['head-of-state', 2010, 2016]], en: ['Benigno Aquino III', 'Benigno Aquino', 'Noynoy Aquino'], ar: ['بنينيو أكينو', 'بينينو أكينو الثالث'], fa: ['بنیگنو آکینو', 'بنیگنو آکینوی سوم'] },
  { canonical: 'Rodrigo Duterte', country: 'PH', roles: [['head-of-state', 2016, 2022]], en: ['Rodrigo Duterte', 'Duterte'], ar: ['رودريغو دوتيرتي', 'رودريجو دوتيرتي', 'دوتيرتي'], fa: ['رودریگو دوترته', 'دوترته'] },
  { canonical: 'Bongbong Marcos', country: 'PH', roles: [['head-of-state', 2022, null]], en: ['Bongbong Marcos', 'Ferdinand Marcos Jr.', 'Ferdinand Marcos Jr', 'Ferdinand R. Marcos Jr.'], ar: ['فرديناند ماركوس الابن', 'فرديناند ماركوس جونيور', 'بونغبونغ ماركوس'], fa: ['فردیناند مارکوس جونیور', 'فردیناند مارکوس پسر', 'بونگ بونگ مارکوس'] },
  { canonical: 'Alberto Romulo', country: 'PH', roles: [['foreign-minister', 2004, 2011]], en: ['Alberto Romulo'], ar: ['ألبرتو رومولو'], fa: ['آلبرتو رومولو'] },
  { canonical: 'Albert del Rosario', country: 'PH', roles: [['foreign-minister', 2011, 2016]], en: ['Albert del Rosario'], ar: ['ألبرت ديل روساريو'], fa: ['آلبرت دل روساریو'] },
  { canonical: 'Perfecto Yasay Jr.', country: 'PH', roles: [['foreign-minister', 2016, 2017]], en: ['Perfecto Yasay Jr.', 'Perfecto Yasay'], ar: ['بيرفكتو ياساي'], fa: ['پرفکتو یاسای'] },
  { canonical: 'Alan Peter Cayetano', country: 'PH', roles: [['foreign-minister', 2017, 2018]], en: ['Alan Peter Cayetano'], ar: ['آلان بيتر كايتانو'], fa: ['آلن پیتر کایتانو'] },
  { canonical: 'Teodoro Locsin Jr.', country: 'PH', roles: [['foreign-minister', 2018, 2022]], en: ['Teodoro Locsin Jr.', 'Teodoro Locsin', 'Teddy Locsin'], ar: ['تيودورو لوكسين', 'تيودورو لوكسين الابن'], fa: ['تئودورو لاکسین', 'تئودورو لوکسین'] },
  { canonical: 'Enrique Manalo', country: 'PH', roles: [['foreign-minister', 2022, 2025]], en: ['Enrique Manalo'], ar: ['إنريكي مانالو'], fa: ['انریکه مانالو'] },
  { canonical: 'Theresa Lazaro', country: 'PH', roles: [['foreign-minister', 2025, null]], en: ['Theresa Lazaro', 'Ma. Theresa Lazaro', 'Maria Theresa Lazaro'], ar: ['تيريزا لازارو', 'ماريا تيريزا لازارو'], fa: ['ترزا لازارو', 'ماریا ترزا لازارو'] },

  // Myanmar
  { canonical: 'Than Shwe', country: 'MM', roles: [['head-of-state', 1992, 2011]], en: ['Than Shwe'], ar: ['ثان شوي', 'تان شوي'], fa: ['تان شوه', 'تان شوی'] },
  { canonical: 'Thein Sein', country: 'MM', roles: [['head-of-government', 2007, 2011], ['head-of-state', 2011, 2016]], en: ['Thein Sein'], ar: ['ثين سين', 'تين سين'], fa: ['تین سین', 'تئین سئین'] },
  { canonical: 'Htin Kyaw', country: 'MM', roles: [['head-of-state', 2016, 2018]], en: ['Htin Kyaw'], ar: ['هتين كياو', 'تين كياو'], fa: ['هتین کیاو', 'تین چاو'] },
  { canonical: 'Win Myint', country: 'MM', roles: [['head-of-state', 2018, 2021]], en: ['Win Myint'], ar: ['وين مينت', 'وين ميينت'], fa: ['وین مینت'] },
  { canonical: 'Aung San Suu Kyi', country: 'MM', roles: [['head-of-government', 2016, 2021], ['foreign-minister', 2016, 2021]], en: ['Aung San Suu Kyi', 'Suu Kyi'], ar: ['أونغ سان سو تشي', 'أونج سان سو تشي', 'سو تشي'], fa: ['آنگ سان سوچی', 'آنگ سان سو چی'] },
  { canonical: 'Min Aung Hlaing', country: 'MM', roles: [['official', 2011, 2021], ['head-of-government', 2021, null], ['head-of-state', 2024, null]], en: ['Min Aung Hlaing'], ar: ['مين أونغ هلاينغ', 'مين أونج هلاينج'], fa: ['مین آنگ هلاینگ', 'مین اونگ هلاینگ'] },
  { canonical: 'Nyan Win', country: 'MM', roles: [['foreign-minister', 2004, 2011]], en: ['Nyan Win'], ar: ['نيان وين'], fa: ['نیان وین'] },
  { canonical: 'Wunna Maung Lwin', country: 'MM', roles: [['foreign-minister', 2011, 2016], ['foreign-minister', 2021, 2023]], en: ['Wunna Maung Lwin'], ar: ['وونا ماونغ لوين', 'وانا ماونج لوين'], fa: ['وونا مائونگ لوین'] },
  { canonical: 'Than Swe', country: 'MM', roles: [['foreign-minister', 2023, null]], en: ['Than Swe'], ar: ['ثان سوي', 'تان سوي'], fa: ['تان سوه'] },

  // Cambodia
  { canonical: 'Norodom Sihamoni', country: 'KH', roles: [['monarch', 2004, null]], en: ['Norodom Sihamoni', 'King Norodom Sihamoni'], ar: ['نورودوم سيهاموني'], fa: ['نورودوم سیهامونی'] },
  { canonical: 'Hun Sen', country: 'KH', roles: [['head-of-government', 1985, 2023], ['official', 2024, null]], en: ['Hun Sen'], ar: ['هون سين', 'هون سن'], fa: ['هون سن'] },
  { canonical: 'Hun Manet', country: 'KH', roles: [['head-of-government', 2023, null]], en: ['Hun Manet'], ar: ['هون مانيت', 'هون مانت'], fa: ['هون مانت'] },
  { canonical: 'Hor Namhong', country: 'KH', roles: [['foreign-minister', 1998, 2016]], en: ['Hor Namhong', 'Hor Nam Hong'], ar: ['هور نامهونغ', 'هور نام هونغ'], fa: ['هور نام هونگ'] },
  { canonical: 'Prak Sokhonn', country: 'KH', roles: [['foreign-minister', 2016, 2023]], en: ['Prak Sokhonn'], ar: ['براك سوخون', 'براك سوكون'], fa: ['پراک سوخون', 'پراک سوکون'] },
  { canonical: 'Sok Chenda Sophea', country: 'KH', roles: [['foreign-minister', 2023, null]], en: ['Sok Chenda Sophea'], ar: ['سوك تشيندا سوفيا'], fa: ['سوک چندا سوفیا'] },

  // Laos
  { canonical: 'Choummaly Sayasone', country: 'LA', roles: [['head-of-state', 2006, 2016]], en: ['Choummaly Sayasone'], ar: ['تشومالي سياسون'], fa: ['چومالی سایاسون'] },
  { canonical: 'Bounnhang Vorachith', country: 'LA', roles: [['head-of-state', 2016, 2021]], en: ['Bounnhang Vorachith'], ar: ['بونيانغ فوراتشيت', 'بونهانغ فوراشيت'], fa: ['بونیانگ وراچیت'] },
  { canonical: 'Thongloun Sisoulith', country: 'LA', roles: [['foreign-minister', 2006, 2016], ['head-of-government', 2016, 2021], ['head-of-state', 2021, null]], en: ['Thongloun Sisoulith'], ar: ['ثونغلون سيسوليت', 'تونغلون سيسوليث'], fa: ['تونگلون سیسولیت'] },
  { canonical: 'Thongsing Thammavong', country: 'LA', roles: [['head-of-government', 2010, 2016]], en: ['Thongsing Thammavong'], ar: ['ثونغسينغ ثامافونغ', 'تونغسينغ تامافونغ'], fa: ['تونگسینگ تاماوونگ'] },
  { canonical: 'Phankham Viphavanh', country: 'LA', roles: [['head-of-government', 2021, 2022]], en: ['Phankham Viphavanh'], ar: ['فانكهام فيفافان', 'فانخام فيفافانه'], fa: ['پانکام ویپاوان'] },
  { canonical: 'Sonexay Siphandone', country: 'LA', roles: [['head-of-government', 2022, null]], en: ['Sonexay Siphandone'], ar: ['سونساي سيفاندون', 'سونيكساي سيفاندون'], fa: ['سونسای سیپاندون'] },
  { canonical: 'Saleumxay Kommasith', country: 'LA', roles: [['foreign-minister', 2016, null]], en: ['Saleumxay Kommasith'], ar: ['سالومساي كوماسيث', 'سالوم ساي كوماسيت'], fa: ['سالومسای کوماسیت'] },

  // Brunei
  { canonical: 'Hassanal Bolkiah', country: 'BN', roles: [['monarch', 1967, null]], en: ['Hassanal Bolkiah', 'Sultan Hassanal Bolkiah'], ar: ['حسن البلقية'], fa: ['حسن البلقیه', 'حسن بلقیه'] },
  { canonical: 'Al-Muhtadee Billah', country: 'BN', roles: [['crown-prince', 1998, null]], en: ['Al-Muhtadee Billah', 'Al-Muhtadee Billah Bolkiah'], ar: ['المهتدي بالله'], fa: ['المهتدی بالله'] },

  // Timor-Leste
  { canonical: 'José Ramos-Horta', country: 'TL', roles: [['head-of-state', 2007, 2012], ['head-of-state', 2022, null]], en: ['José Ramos-Horta', 'Jose Ramos-Horta', 'Ramos-Horta'], ar: ['خوسيه راموس هورتا', 'جوزيه راموس هورتا'], fa: ['خوزه راموس هورتا', 'ژوزه راموس هورتا'] },
  { canonical: 'Taur Matan Ruak', country: 'TL', roles: [['head-of-state', 2012, 2017], ['head-of-government', 2018, 2023]], en: ['Taur Matan Ruak'], ar: ['تاور ماتان رواك'], fa: ['تائور ماتان روآک'] },
  { canonical: 'Francisco Guterres', country: 'TL', roles: [['head-of-state', 2017, 2022]], en: ['Francisco Guterres', 'Lú Olo', 'Lu Olo'], ar: ['فرانسيسكو غوتيريس', 'فرانسيسكو جوتيريش'], fa: ['فرانسیسکو گوترش', 'فرانسیسکو گوترس'] },
  { canonical: 'Xanana Gusmão', country: 'TL', roles: [['head-of-government', 2007, 2015], ['head-of-government', 2023, null]], en: ['Xanana Gusmão', 'Xanana Gusmao'], ar: ['شانانا غوسماو', 'زانانا غوسماو'], fa: ['ژانانا گوسمائو', 'شانانا گوسمائو'] },
  { canonical: 'Rui Maria de Araújo', country: 'TL', roles: [['head-of-government', 2015, 2017]], en: ['Rui Maria de Araújo', 'Rui Araujo'], ar: ['روي ماريا دي أروجو'], fa: ['روی ماریا د آرائوژو'] },
  { canonical: 'Marí Alkatiri', country: 'TL', roles: [['head-of-government', 2002, 2006], ['head-of-government', 2017, 2018]], en: ['Marí Alkatiri', 'Mari Alkatiri'], ar: ['ماري الكثيري', 'ماري الكتيري'], fa: ['ماری الکثیری', 'ماری الکتیری'] },
];
