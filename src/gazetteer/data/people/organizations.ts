import type { PersonRecord } from '../../types';

// Sources: see ./README.md in this folder.
// Heads of international organizations and UN envoys since 2010, whose news role is mainly the
// international one; `country` is their nationality. Heads who also held a national office in
// Europe are in the Europe files; those who were heads of state or government or foreign
// ministers of another country since 2010 belong to that country's region file.
export const PEOPLE_ORGANIZATIONS: readonly PersonRecord[] = [
  // United Nations Secretariat
  { canonical: 'Ban Ki-moon', country: 'KR', roles: [['organization-head', 2007, 2016]], en: ['Ban Ki-moon', 'Ban Ki Moon'], ar: ['بان كي مون', 'بان كي-مون'], fa: ['بان کی‌مون', 'بان کی مون'] },
  { canonical: 'António Guterres', country: 'PT', roles: [['organization-head', 2005, 2015], ['organization-head', 2017, null]], en: ['António Guterres', 'Antonio Guterres', 'Guterres'], ar: ['أنطونيو غوتيريش', 'أنطونيو غوتيريس', 'أنطونيو جوتيريش', 'أنطونيو جوتيريس', 'غوتيريش', 'غوتيريس', 'جوتيريش'], fa: ['آنتونیو گوترش', 'آنتونیو گوترس', 'گوترش', 'گوترس'] },
  { canonical: 'Jan Eliasson', country: 'SE', roles: [['official', 2012, 2016]], en: ['Jan Eliasson', 'Eliasson'], ar: ['يان إلياسون', 'يان الياسون'], fa: ['یان الیاسون'] },
  // Presidents of the UN General Assembly (those without a national office elsewhere)
  { canonical: 'Ali Abdussalam Treki', country: 'LY', roles: [['organization-head', 2009, 2010]], en: ['Ali Abdussalam Treki', 'Ali Treki', 'Treki'], ar: ['علي عبد السلام التريكي', 'علي التريكي', 'التريكي'], fa: ['علی عبدالسلام التریکی', 'علی التریکی'] },
  { canonical: 'Joseph Deiss', country: 'CH', roles: [['organization-head', 2010, 2011]], en: ['Joseph Deiss', 'Deiss'], ar: ['جوزيف دايس', 'جوزيف دييس'], fa: ['ژوزف دایس', 'یوزف دایس'] },
  { canonical: 'Nassir Abdulaziz Al-Nasser', country: 'QA', roles: [['organization-head', 2011, 2012], ['official', 2013, 2018]], en: ['Nassir Abdulaziz Al-Nasser', 'Nassir Abdulaziz Al Nasser', 'Al-Nasser'], ar: ['ناصر عبد العزيز النصر', 'ناصر عبدالعزيز النصر'], fa: ['ناصر عبدالعزیز النصر'] },
  { canonical: 'John William Ashe', country: 'AG', roles: [['organization-head', 2013, 2014]], en: ['John William Ashe', 'John Ashe'], ar: ['جون ويليام آش', 'جون آش'], fa: ['جان ویلیام اش', 'جان اش'] },
  { canonical: 'Peter Thomson', country: 'FJ', roles: [['organization-head', 2016, 2017]], en: ['Peter Thomson'], ar: ['بيتر تومسون', 'بيتر طومسون'], fa: ['پیتر تامسون'] },
  { canonical: 'Tijjani Muhammad-Bande', country: 'NG', roles: [['organization-head', 2019, 2020]], en: ['Tijjani Muhammad-Bande', 'Tijjani Muhammad Bande'], ar: ['تيجاني محمد باندي', 'تيجاني محمد بندي'], fa: ['تیجانی محمد بانده', 'تیجانی محمد باندی'] },
  { canonical: 'Volkan Bozkır', country: 'TR', roles: [['minister', 2015, 2016], ['organization-head', 2020, 2021]], en: ['Volkan Bozkır', 'Volkan Bozkir', 'Bozkır'], ar: ['فولكان بوزكير', 'فولكان بوزقير', 'بوزكير'], fa: ['ولکان بوزکیر', 'بوزکیر'] },
  { canonical: 'Dennis Francis', country: 'TT', roles: [['organization-head', 2023, 2024]], en: ['Dennis Francis'], ar: ['دينيس فرانسيس', 'دنيس فرانسيس'], fa: ['دنیس فرانسیس'] },
  // UN agencies and programmes
  { canonical: 'Irina Bokova', country: 'BG', roles: [['organization-head', 2009, 2017]], en: ['Irina Bokova', 'Bokova'], ar: ['إيرينا بوكوفا', 'ايرينا بوكوفا', 'بوكوفا'], fa: ['ایرینا بوکووا', 'بوکووا'] },
  { canonical: 'Audrey Azoulay', country: 'FR', roles: [['minister', 2016, 2017], ['organization-head', 2017, 2025]], en: ['Audrey Azoulay', 'Azoulay'], ar: ['أودري أزولاي', 'أودريه أزولاي', 'أزولاي'], fa: ['اودری آزوله', 'آدری آزوله', 'آزوله'] },
  { canonical: 'Khaled El-Enany', country: 'EG', roles: [['minister', 2016, 2022], ['organization-head', 2025, null]], en: ['Khaled El-Enany', 'Khaled El Enany', 'Khaled Al-Anani'], ar: ['خالد العناني', 'خالد عناني'], fa: ['خالد العنانی'] },
  { canonical: 'Margaret Chan', country: 'CN', roles: [['organization-head', 2006, 2017]], en: ['Margaret Chan'], ar: ['مارغريت تشان', 'مارجريت تشان'], fa: ['مارگارت چان'] },
  { canonical: 'Yukiya Amano', country: 'JP', roles: [['organization-head', 2009, 2019]], en: ['Yukiya Amano', 'Amano'], ar: ['يوكيا أمانو', 'أمانو'], fa: ['یوکیا آمانو', 'آمانو'] },
  { canonical: 'Cornel Feruță', country: 'RO', roles: [['organization-head', 2019, 2019]], en: ['Cornel Feruță', 'Cornel Feruta'], ar: ['كورنيل فيروتا', 'كورنل فيروتسا'], fa: ['کورنل فروتا', 'کورنل فروتسا'] },
  { canonical: 'Rafael Grossi', country: 'AR', roles: [['organization-head', 2019, null]], en: ['Rafael Grossi', 'Rafael Mariano Grossi', 'Grossi'], ar: ['رافائيل غروسي', 'رافاييل غروسي', 'رافائيل جروسي', 'غروسي', 'جروسي'], fa: ['رافائل گروسی', 'رافائل ماریانو گروسی', 'گروسی'] },
  { canonical: 'Filippo Grandi', country: 'IT', roles: [['organization-head', 2010, 2014], ['organization-head', 2016, null]], en: ['Filippo Grandi', 'Grandi'], ar: ['فيليبو غراندي', 'فيليبو جراندي', 'غراندي'], fa: ['فیلیپو گراندی', 'گراندی'] },
  { canonical: 'Pierre Krähenbühl', country: 'CH', roles: [['organization-head', 2014, 2019]], en: ['Pierre Krähenbühl', 'Pierre Krahenbuhl', 'Krähenbühl'], ar: ['بيير كرينبول', 'بيير كراهينبول'], fa: ['پیر کرینبول'] },
  { canonical: 'Philippe Lazzarini', country: 'CH', roles: [['organization-head', 2020, null]], en: ['Philippe Lazzarini', 'Lazzarini'], ar: ['فيليب لازاريني', 'لازاريني'], fa: ['فیلیپ لازارینی', 'لازارینی'] },
  { canonical: 'Martin Griffiths', country: 'GB', roles: [['diplomat', 2018, 2021], ['official', 2021, 2024]], en: ['Martin Griffiths'], ar: ['مارتن غريفيث', 'مارتن جريفيث', 'مارتين غريفيث', 'غريفيث'], fa: ['مارتین گریفیتس', 'مارتین گریفیث', 'گریفیتس'] },
  { canonical: 'Tom Fletcher', country: 'GB', roles: [['official', 2024, null]], en: ['Tom Fletcher'], ar: ['توم فليتشر'], fa: ['تام فلچر'] },
  { canonical: 'Volker Türk', country: 'AT', roles: [['official', 2022, null]], en: ['Volker Türk', 'Volker Turk'], ar: ['فولكر تورك', 'فولكر ترك'], fa: ['فولکر تورک'] },
  { canonical: 'David Beasley', country: 'US', roles: [['organization-head', 2017, 2023]], en: ['David Beasley'], ar: ['ديفيد بيزلي'], fa: ['دیوید بیزلی'] },
  { canonical: 'Ahmet Üzümcü', country: 'TR', roles: [['organization-head', 2010, 2018]], en: ['Ahmet Üzümcü', 'Ahmet Uzumcu', 'Üzümcü'], ar: ['أحمد أوزومجو', 'أحمد أوزومتشو'], fa: ['احمد اوزومجو'] },
  { canonical: 'Fernando Arias', country: 'ES', roles: [['organization-head', 2018, null]], en: ['Fernando Arias'], ar: ['فرناندو أرياس', 'فيرناندو أرياس'], fa: ['فرناندو آریاس'] },
  // UN envoys: Syria, Yemen, Libya, Afghanistan, the Middle East peace process
  { canonical: 'Staffan de Mistura', country: 'IT', roles: [['diplomat', 2010, 2011], ['minister', 2011, 2013], ['diplomat', 2014, 2019], ['diplomat', 2021, null]], en: ['Staffan de Mistura', 'De Mistura'], ar: ['ستيفان دي ميستورا', 'ستافان دي ميستورا', 'دي ميستورا'], fa: ['استفان دی میستورا', 'استافان دی میستورا', 'دی میستورا'] },
  { canonical: 'Geir Pedersen', country: 'NO', roles: [['diplomat', 2019, 2025]], en: ['Geir Pedersen', 'Geir O. Pedersen'], ar: ['غير بيدرسن', 'غير بيدرسون', 'جير بيدرسن', 'بيدرسن', 'بيدرسون'], fa: ['گیر پدرسن', 'گیر پدرسون', 'پدرسن'] },
  { canonical: 'Jamal Benomar', country: 'MA', roles: [['diplomat', 2011, 2015]], en: ['Jamal Benomar', 'Benomar'], ar: ['جمال بنعمر', 'جمال بن عمر', 'بنعمر'], fa: ['جمال بنعمر', 'جمال بن عمر'] },
  { canonical: 'Hans Grundberg', country: 'SE', roles: [['diplomat', 2019, null]], en: ['Hans Grundberg', 'Grundberg'], ar: ['هانس غروندبرغ', 'هانز غروندبرغ', 'هانس جروندبرج', 'غروندبرغ', 'جروندبرج'], fa: ['هانس گروندبرگ', 'گروندبرگ'] },
  { canonical: 'Ian Martin', country: 'GB', roles: [['diplomat', 2011, 2012]], en: ['Ian Martin'], ar: ['إيان مارتن', 'إيان مارتين'], fa: ['یان مارتین', 'ایان مارتین'] },
  { canonical: 'Tarek Mitri', country: 'LB', roles: [['diplomat', 2012, 2014]], en: ['Tarek Mitri', 'Tarek Metri'], ar: ['طارق متري'], fa: ['طارق متری'] },
  { canonical: 'Bernardino León', country: 'ES', roles: [['diplomat', 2011, 2015]], en: ['Bernardino León', 'Bernardino Leon'], ar: ['برناردينو ليون'], fa: ['برناردینو لئون'] },
  { canonical: 'Martin Kobler', country: 'DE', roles: [['diplomat', 2011, 2017]], en: ['Martin Kobler', 'Kobler'], ar: ['مارتن كوبلر', 'مارتين كوبلر', 'كوبلر'], fa: ['مارتین کوبلر', 'کوبلر'] },
  { canonical: 'Ghassan Salamé', country: 'LB', roles: [['diplomat', 2017, 2020]], en: ['Ghassan Salamé', 'Ghassan Salame'], ar: ['غسان سلامة', 'غسان سلامه'], fa: ['غسان سلامه', 'غسان سلامة'] },
  { canonical: 'Stephanie Williams', country: 'US', roles: [['diplomat', 2018, 2022]], en: ['Stephanie Williams'], ar: ['ستيفاني وليامز', 'ستيفاني ويليامز'], fa: ['استفانی ویلیامز'] },
  { canonical: 'Nicholas Haysom', country: 'ZA', roles: [['diplomat', 2014, 2016]], en: ['Nicholas Haysom', 'Haysom'], ar: ['نيكولاس هايسوم', 'نيكولاس هيسوم'], fa: ['نیکلاس هیسم', 'نیکولاس هیسوم'] },
  { canonical: 'Tadamichi Yamamoto', country: 'JP', roles: [['diplomat', 2016, 2020]], en: ['Tadamichi Yamamoto'], ar: ['تاداميتشي ياماموتو'], fa: ['تادامیچی یاماموتو'] },
  { canonical: 'Deborah Lyons', country: 'CA', roles: [['diplomat', 2020, 2022]], en: ['Deborah Lyons'], ar: ['ديبورا ليونز', 'ديبورا لاينز'], fa: ['دبورا لاینز', 'دبورا لیونز'] },
  { canonical: 'Markus Potzel', country: 'DE', roles: [['diplomat', 2014, 2023]], en: ['Markus Potzel', 'Potzel'], ar: ['ماركوس بوتزل', 'ماركوس بوتسل'], fa: ['مارکوس پوتسل', 'مارکوس پوتزل'] },
  { canonical: 'Robert Serry', country: 'NL', roles: [['diplomat', 2007, 2015]], en: ['Robert Serry', 'Serry'], ar: ['روبرت سيري'], fa: ['روبرت سری', 'رابرت سری'] },
  { canonical: 'Tor Wennesland', country: 'NO', roles: [['diplomat', 2021, 2024]], en: ['Tor Wennesland', 'Wennesland'], ar: ['تور وينسلاند', 'تور فينسلاند', 'وينسلاند'], fa: ['تور ونسلاند', 'ونسلاند'] },
  { canonical: 'Valentin Inzko', country: 'AT', roles: [['official', 2009, 2021]], en: ['Valentin Inzko', 'Inzko'], ar: ['فالنتين إنزكو', 'فالنتين إنتسكو'], fa: ['والنتین اینتسکو', 'والنتین اینزکو'] },
  // European Union
  { canonical: 'José Manuel Barroso', country: 'PT', roles: [['organization-head', 2004, 2014]], en: ['José Manuel Barroso', 'Jose Manuel Barroso', 'Barroso'], ar: ['جوزيه مانويل باروسو', 'جوزيه مانويل باروزو', 'باروسو'], fa: ['ژوزه مانوئل باروسو', 'خوزه مانوئل باروسو', 'باروسو'] },
  { canonical: 'Herman Van Rompuy', country: 'BE', roles: [['head-of-government', 2008, 2009], ['organization-head', 2009, 2014]], en: ['Herman Van Rompuy', 'Van Rompuy'], ar: ['هيرمان فان رومبوي', 'هرمان فان رومبوي', 'فان رومبوي'], fa: ['هرمان فان رومپوی', 'فان رومپوی'] },
  { canonical: 'Catherine Ashton', country: 'GB', roles: [['organization-head', 2009, 2014]], en: ['Catherine Ashton', 'Lady Ashton'], ar: ['كاثرين آشتون', 'كاترين آشتون', 'آشتون'], fa: ['کاترین اشتون', 'کاترین آشتون', 'اشتون'] },
  { canonical: 'Jean-Claude Trichet', country: 'FR', roles: [['organization-head', 2003, 2011]], en: ['Jean-Claude Trichet', 'Trichet'], ar: ['جان كلود تريشيه', 'تريشيه'], fa: ['ژان‌کلود تریشه', 'ژان کلود تریشه', 'تریشه'] },
  { canonical: 'Helga Schmid', country: 'DE', roles: [['official', 2016, 2020], ['organization-head', 2020, 2024]], en: ['Helga Schmid'], ar: ['هيلغا شميد', 'هيلجا شميت'], fa: ['هلگا اشمید', 'هلگا شمید'] },
  { canonical: 'Enrique Mora', country: 'ES', roles: [['official', 2019, 2024]], en: ['Enrique Mora'], ar: ['إنريكي مورا', 'انريكي مورا'], fa: ['انریکه مورا'] },
  { canonical: 'Lamberto Zannier', country: 'IT', roles: [['organization-head', 2011, 2017]], en: ['Lamberto Zannier', 'Zannier'], ar: ['لامبرتو زانيير', 'لامبرتو زانير'], fa: ['لامبرتو زانیر'] },
  { canonical: 'Thomas Greminger', country: 'CH', roles: [['organization-head', 2017, 2020]], en: ['Thomas Greminger', 'Greminger'], ar: ['توماس غريمينغر', 'توماس جريمينجر'], fa: ['توماس گرمینگر'] },
  // IMF, World Bank, WTO, World Economic Forum
  { canonical: 'Dominique Strauss-Kahn', country: 'FR', roles: [['organization-head', 2007, 2011]], en: ['Dominique Strauss-Kahn', 'Strauss-Kahn'], ar: ['دومينيك ستروس كان', 'دومينيك شتراوس كان', 'ستروس كان'], fa: ['دومینیک استراوس-کان', 'دومینیک استروس کان', 'استراوس کان'] },
  { canonical: 'Kristalina Georgieva', country: 'BG', roles: [['official', 2010, 2016], ['organization-head', 2017, null]], en: ['Kristalina Georgieva', 'Georgieva'], ar: ['كريستالينا جورجيفا', 'كريستالينا غورغييفا', 'كريستالينا جورجييفا', 'جورجيفا', 'غورغييفا'], fa: ['کریستالینا گئورگیوا', 'کریستالینا گیورگیوا', 'گئورگیوا'] },
  { canonical: 'Robert Zoellick', country: 'US', roles: [['organization-head', 2007, 2012]], en: ['Robert Zoellick', 'Zoellick'], ar: ['روبرت زوليك', 'زوليك'], fa: ['رابرت زولیک', 'زولیک'] },
  { canonical: 'Jim Yong Kim', country: 'US', roles: [['organization-head', 2012, 2019]], en: ['Jim Yong Kim'], ar: ['جيم يونغ كيم', 'جيم يونج كيم'], fa: ['جیم یونگ کیم'] },
  { canonical: 'David Malpass', country: 'US', roles: [['organization-head', 2019, 2023]], en: ['David Malpass', 'Malpass'], ar: ['ديفيد مالباس', 'مالباس'], fa: ['دیوید مالپاس', 'مالپاس'] },
  { canonical: 'Ajay Banga', country: 'US', roles: [['organization-head', 2023, null]], en: ['Ajay Banga', 'Banga'], ar: ['أجاي بانغا', 'أجاي بانجا'], fa: ['آجی بانگا', 'آجای بانگا'] },
  { canonical: 'Pascal Lamy', country: 'FR', roles: [['organization-head', 2005, 2013]], en: ['Pascal Lamy', 'Lamy'], ar: ['باسكال لامي'], fa: ['پاسکال لامی'] },
  { canonical: 'Roberto Azevêdo', country: 'BR', roles: [['organization-head', 2013, 2020]], en: ['Roberto Azevêdo', 'Roberto Azevedo', 'Azevêdo'], ar: ['روبرتو أزيفيدو', 'روبيرتو أزيفيدو'], fa: ['روبرتو آزودو', 'روبرتو آزِوِدو'] },
  { canonical: 'Klaus Schwab', country: 'DE', roles: [['organization-head', 1971, 2025]], en: ['Klaus Schwab', 'Schwab'], ar: ['كلاوس شواب', 'شواب'], fa: ['کلاوس شواب', 'شواب'] },
  // Arab League
  { canonical: 'Hossam Zaki', country: 'EG', roles: [['official', 2016, null]], en: ['Hossam Zaki', 'Hossam Zaky'], ar: ['حسام زكي'], fa: ['حسام زکی'] },
  // Gulf Cooperation Council
  { canonical: 'Abdul Rahman bin Hamad Al Attiyah', country: 'QA', roles: [['organization-head', 2002, 2011]], en: ['Abdul Rahman bin Hamad Al Attiyah', 'Abdulrahman Al Attiyah'], ar: ['عبد الرحمن بن حمد العطية', 'عبدالرحمن بن حمد العطية', 'عبد الرحمن العطية'], fa: ['عبدالرحمن بن حمد العطیه', 'عبدالرحمن العطیه'] },
  { canonical: 'Nayef Falah Mubarak Al-Hajraf', country: 'KW', roles: [['organization-head', 2020, 2023]], en: ['Nayef Falah Mubarak Al-Hajraf', 'Nayef Al-Hajraf', 'Nayef Al Hajraf'], ar: ['نايف فلاح مبارك الحجرف', 'نايف الحجرف', 'الحجرف'], fa: ['نایف فلاح مبارک الحجرف', 'نایف الحجرف', 'الحجرف'] },
  { canonical: 'Jasem Mohamed Albudaiwi', country: 'KW', roles: [['organization-head', 2023, null]], en: ['Jasem Mohamed Albudaiwi', 'Jasem Albudaiwi', 'Jassim Al-Budaiwi', 'Albudaiwi'], ar: ['جاسم محمد البديوي', 'جاسم البديوي', 'البديوي'], fa: ['جاسم محمد البدیوی', 'جاسم البدیوی', 'البدیوی'] },
  // Organisation of Islamic Cooperation
  { canonical: 'Ekmeleddin İhsanoğlu', country: 'TR', roles: [['organization-head', 2005, 2014]], en: ['Ekmeleddin İhsanoğlu', 'Ekmeleddin Ihsanoglu', 'İhsanoğlu', 'Ihsanoglu'], ar: ['أكمل الدين إحسان أوغلو', 'أكمل الدين إحسان أوغلي', 'إحسان أوغلو'], fa: ['اکمل‌الدین احسان‌اوغلو', 'اکمل الدین احسان اوغلو', 'احسان‌اوغلو'] },
  { canonical: 'Iyad bin Amin Madani', country: 'SA', roles: [['organization-head', 2014, 2016]], en: ['Iyad bin Amin Madani', 'Iyad Madani', 'Iyad Ameen Madani'], ar: ['إياد أمين مدني', 'إياد بن أمين مدني', 'إياد مدني'], fa: ['ایاد امین مدنی', 'ایاد مدنی'] },
  { canonical: 'Yousef Al-Othaimeen', country: 'SA', roles: [['organization-head', 2016, 2021]], en: ['Yousef Al-Othaimeen', 'Yousef bin Ahmed Al-Othaimeen', 'Al-Othaimeen'], ar: ['يوسف بن أحمد العثيمين', 'يوسف العثيمين', 'العثيمين'], fa: ['یوسف بن احمد العثیمین', 'یوسف العثیمین', 'العثیمین'] },
  // Shanghai Cooperation Organisation
  { canonical: 'Muratbek Imanaliev', country: 'KG', roles: [['organization-head', 2010, 2012]], en: ['Muratbek Imanaliev', 'Imanaliev'], ar: ['مرادبيك إيمانالييف', 'مراد بيك إيمانالييف'], fa: ['مرادبیک ایمانعلی‌اف', 'مرادبیک ایمانالیف'] },
  { canonical: 'Rashid Alimov', country: 'TJ', roles: [['organization-head', 2016, 2018]], en: ['Rashid Alimov', 'Alimov'], ar: ['رشيد عليموف', 'رشيد أليموف'], fa: ['رشید علیموف', 'رشید عالم‌اف'] },
  { canonical: 'Zhang Ming', country: 'CN', roles: [['organization-head', 2022, 2024]], en: ['Zhang Ming'], ar: ['تشانغ مينغ', 'تشانغ مينج', 'جانغ مينغ'], fa: ['ژانگ مینگ', 'جانگ مینگ'] },
  { canonical: 'Nurlan Yermekbayev', country: 'KZ', roles: [['minister', 2018, 2021], ['organization-head', 2025, null]], en: ['Nurlan Yermekbayev', 'Yermekbayev'], ar: ['نورلان يرميكباييف', 'نورلان يرمكباييف'], fa: ['نورلان یرمک‌بایف', 'نورلان یرمکبایف'] },
  // ASEAN
  { canonical: 'Surin Pitsuwan', country: 'TH', roles: [['organization-head', 2008, 2012]], en: ['Surin Pitsuwan', 'Pitsuwan'], ar: ['سورين بيتسوان', 'سورين بتسوان'], fa: ['سورین پیتسوان'] },
  { canonical: 'Lê Lương Minh', country: 'VN', roles: [['organization-head', 2013, 2017]], en: ['Lê Lương Minh', 'Le Luong Minh'], ar: ['لي لونغ مينه', 'لي لونغ مينغ'], fa: ['له لونگ مین'] },
  { canonical: 'Lim Jock Hoi', country: 'BN', roles: [['organization-head', 2018, 2022]], en: ['Lim Jock Hoi', 'Dato Lim Jock Hoi'], ar: ['ليم جوك هوي'], fa: ['لیم جوک هوی'] },
  { canonical: 'Kao Kim Hourn', country: 'KH', roles: [['organization-head', 2023, null]], en: ['Kao Kim Hourn'], ar: ['كاو كيم هورن', 'كاو كيم هوم'], fa: ['کائو کیم هورن'] },
  // OPEC
  { canonical: 'Abdalla Salem el-Badri', country: 'LY', roles: [['organization-head', 2007, 2016]], en: ['Abdalla Salem el-Badri', 'Abdullah al-Badri', 'El-Badri'], ar: ['عبد الله سالم البدري', 'عبدالله البدري', 'البدري'], fa: ['عبدالله سالم البدری', 'عبدالله البدری'] },
  { canonical: 'Mohammed Barkindo', country: 'NG', roles: [['organization-head', 2016, 2022]], en: ['Mohammed Barkindo', 'Mohammad Sanusi Barkindo', 'Barkindo'], ar: ['محمد باركيندو', 'محمد سانوسي باركيندو', 'باركيندو'], fa: ['محمد بارکیندو', 'بارکیندو'] },
  { canonical: 'Haitham al-Ghais', country: 'KW', roles: [['organization-head', 2022, null]], en: ['Haitham al-Ghais', 'Haitham Al Ghais', 'Al-Ghais'], ar: ['هيثم الغيص'], fa: ['هیثم الغیص'] },
  // New Development Bank (BRICS)
  { canonical: 'K. V. Kamath', country: 'IN', roles: [['organization-head', 2015, 2020]], en: ['K. V. Kamath', 'K.V. Kamath', 'Kundapur Vaman Kamath'], ar: ['كيه في كاماث', 'كي في كامات'], fa: ['کی. وی. کامات', 'کی وی کامات'] },
  { canonical: 'Marcos Troyjo', country: 'BR', roles: [['organization-head', 2020, 2023]], en: ['Marcos Troyjo', 'Troyjo'], ar: ['ماركوس ترويخو', 'ماركوس ترويجو'], fa: ['مارکوس ترویجو', 'مارکوس ترویخو'] },
  // CSTO (Russian and Belarusian secretaries-general are in the Europe files)
  { canonical: 'Yury Khachaturov', country: 'AM', roles: [['organization-head', 2017, 2018]], en: ['Yury Khachaturov', 'Yuri Khachaturov'], ar: ['يوري خاتشاتوروف'], fa: ['یوری خاچاتوروف'] },
  { canonical: 'Imangali Tasmagambetov', country: 'KZ', roles: [['organization-head', 2023, 2025]], en: ['Imangali Tasmagambetov', 'Tasmagambetov'], ar: ['إيمانغالي تاسماغامبيتوف', 'إيمانغالي تاسماجامبيتوف'], fa: ['ایمانقلی تاسماغامبتوف', 'ایمانگالی تاسماگامبتوف'] },
  // International Committee of the Red Cross
  { canonical: 'Jakob Kellenberger', country: 'CH', roles: [['organization-head', 2000, 2012]], en: ['Jakob Kellenberger', 'Kellenberger'], ar: ['ياكوب كيلينبرغر', 'جاكوب كيلنبرجر'], fa: ['یاکوب کلنبرگر'] },
  { canonical: 'Peter Maurer', country: 'CH', roles: [['organization-head', 2012, 2022]], en: ['Peter Maurer'], ar: ['بيتر ماورير', 'بيتر ماورر'], fa: ['پیتر مائورر', 'پیتر ماورر'] },
  { canonical: 'Mirjana Spoljaric Egger', country: 'CH', roles: [['organization-head', 2022, null]], en: ['Mirjana Spoljaric Egger', 'Mirjana Spoljaric'], ar: ['ميريانا سبولياريتش إيغر', 'ميريانا سبولياريتش', 'ميريانا سبولياريك'], fa: ['میریانا اسپولیاریچ اگر', 'میریانا اسپولیاریچ'] },
];
