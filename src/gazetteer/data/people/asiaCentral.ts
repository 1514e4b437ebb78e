import type { PersonRecord } from '../../types';

// Sources: see ./README.md in this folder.
// Central Asia (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan) and the Caucasus
// (Azerbaijan, Armenia, Georgia).
export const PEOPLE_ASIA_CENTRAL: readonly PersonRecord[] = [
  // Kazakhstan
  { canonical: 'Nursultan Nazarbayev', country: 'KZ', roles: [['head-of-state', 1990, 2019], ['official', 2019, 2022]], en: ['Nursultan Nazarbayev', 'Nazarbayev'], ar: ['نور سلطان نزارباييف', 'نورسلطان نزارباييف', 'نزارباييف'], fa: ['نورسلطان نظربایف', 'نظربایف'] },
  { canonical: 'Kassym-Jomart Tokayev', country: 'KZ', roles: [['official', 2013, 2019], ['head-of-state', 2019, null]], en: ['Kassym-Jomart Tokayev', 'Kassym Jomart Tokayev', 'Qasym-Jomart Toqayev', 'Tokayev'], ar: ['قاسم جومارت توكاييف', 'قاسم جومرت توكاييف', 'قاسم جومارت توكايف', 'توكاييف'], fa: ['قاسم ژومارت توکایف', 'قاسم جومارت توکایف', 'توکایف'] },
  { canonical: 'Karim Massimov', country: 'KZ', roles: [['head-of-government', 2007, 2012], ['head-of-government', 2014, 2016], ['official', 2016, 2022]], en: ['Karim Massimov', 'Massimov'], ar: ['كريم ماسيموف', 'ماسيموف'], fa: ['کریم ماسیموف', 'ماسیموف'] },
  { canonical: 'Serik Akhmetov', country: 'KZ', roles: [['head-of-government', 2012, 2014]], en: ['Serik Akhmetov'], ar: ['سيريك أحمدوف', 'سيريك أخميتوف'], fa: ['سریک احمتوف'] },
  { canonical: 'Bakhytzhan Sagintayev', country: 'KZ', roles: [['head-of-government', 2016, 2019]], en: ['Bakhytzhan Sagintayev', 'Sagintayev'], ar: ['باقيتجان ساغينتاييف', 'باخيتجان ساغينتاييف'], fa: ['باخیتژان ساگینتایف'] },
  { canonical: 'Askar Mamin', country: 'KZ', roles: [['head-of-government', 2019, 2022]], en: ['Askar Mamin'], ar: ['عسكر مامين', 'أسكار مامين'], fa: ['عسکر مامین'] },
  { canonical: 'Alihan Smaiylov', country: 'KZ', roles: [['head-of-government', 2022, 2024]], en: ['Alihan Smaiylov', 'Alikhan Smailov'], ar: ['عليخان إسمايلوف', 'علي خان سمايلوف'], fa: ['علیخان اسمایلوف'] },
  { canonical: 'Oljas Bektenov', country: 'KZ', roles: [['head-of-government', 2024, null]], en: ['Oljas Bektenov', 'Olzhas Bektenov'], ar: ['أولجاس بكتينوف', 'أولجاس بيكتينوف'], fa: ['اولژاس بکتنوف'] },
  { canonical: 'Kanat Saudabayev', country: 'KZ', roles: [['foreign-minister', 2009, 2011]], en: ['Kanat Saudabayev'], ar: ['كانات سعودباييف', 'قنات سعودباييف'], fa: ['کانات سائوداباییف', 'کانات سعودبایف'] },
  { canonical: 'Yerzhan Kazykhanov', country: 'KZ', roles: [['foreign-minister', 2011, 2012]], en: ['Yerzhan Kazykhanov'], ar: ['يرجان كازيخانوف'], fa: ['یرژان کازیخانوف'] },
  { canonical: 'Erlan Idrissov', country: 'KZ', roles: [['foreign-minister', 2012, 2016]], en: ['Erlan Idrissov', 'Yerlan Idrisov'], ar: ['إرلان إدريسوف', 'يرلان إدريسوف'], fa: ['ارلان ادریسوف'] },
  { canonical: 'Kairat Abdrakhmanov', country: 'KZ', roles: [['foreign-minister', 2016, 2018]], en: ['Kairat Abdrakhmanov'], ar: ['خيرت عبد الرحمانوف', 'كايرات عبدرخمانوف'], fa: ['خیرات عبدالرحمانوف', 'قیرات عبدالرحمانوف'] },
  { canonical: 'Beibut Atamkulov', country: 'KZ', roles: [['foreign-minister', 2018, 2019]], en: ['Beibut Atamkulov'], ar: ['بيبوت أتامكولوف'], fa: ['بیبوت آتامکولوف'] },
  { canonical: 'Mukhtar Tleuberdi', country: 'KZ', roles: [['foreign-minister', 2019, 2023]], en: ['Mukhtar Tleuberdi', 'Tleuberdi'], ar: ['مختار تليوبردي', 'مختار تلوبردي'], fa: ['مختار تلئوبردی', 'مختار تلوبردی'] },
  { canonical: 'Murat Nurtleu', country: 'KZ', roles: [['foreign-minister', 2023, 2025]], en: ['Murat Nurtleu', 'Nurtleu'], ar: ['مراد نورتليو', 'مورات نورتليو'], fa: ['مراد نورتلئو', 'مورات نورتلئو'] },
  { canonical: 'Yermek Kosherbayev', country: 'KZ', roles: [['foreign-minister', 2025, null]], en: ['Yermek Kosherbayev', 'Ermek Kosherbayev'], ar: ['يرميك كوشيرباييف'], fa: ['یرمک کوشربایف'] },
  { canonical: 'Maulen Ashimbayev', country: 'KZ', roles: [['official', 2020, null]], en: ['Maulen Ashimbayev'], ar: ['مولن أشيمباييف', 'ماولين أشيمباييف'], fa: ['مائولن آشیمبایف'] },

  // Kyrgyzstan
  { canonical: 'Kurmanbek Bakiyev', country: 'KG', roles: [['head-of-state', 2005, 2010]], en: ['Kurmanbek Bakiyev', 'Bakiyev'], ar: ['كرمان بيك باكييف', 'كورمان بيك باكييف'], fa: ['کرمان بیک باقی یف', 'قربان بیک باقی اف'] },
  { canonical: 'Roza Otunbayeva', country: 'KG', roles: [['head-of-state', 2010, 2011], ['diplomat', 2022, 2024]], en: ['Roza Otunbayeva', 'Otunbayeva'], ar: ['روزا أوتونباييفا'], fa: ['رزا اوتونبایوا', 'روزا اوتونبایوا'] },
  { canonical: 'Almazbek Atambayev', country: 'KG', roles: [['head-of-government', 2010, 2011], ['head-of-state', 2011, 2017]], en: ['Almazbek Atambayev', 'Atambayev'], ar: ['ألمازبيك أتامباييف', 'ألماظ بك أتامباييف', 'أتامباييف'], fa: ['آلمازبیک آتامبایف', 'آتامبایف'] },
  { canonical: 'Sooronbay Jeenbekov', country: 'KG', roles: [['head-of-government', 2016, 2017], ['head-of-state', 2017, 2020]], en: ['Sooronbay Jeenbekov', 'Jeenbekov'], ar: ['سورونباي جينبيكوف', 'جينبيكوف'], fa: ['سورونبای جینبکوف', 'جینبکوف'] },
  { canonical: 'Sadyr Japarov', country: 'KG', roles: [['head-of-government', 2020, 2020], ['head-of-state', 2021, null]], en: ['Sadyr Japarov', 'Sadyr Zhaparov', 'Japarov'], ar: ['صادر جباروف', 'سادير جاباروف', 'صدر جباروف'], fa: ['صدر ژاپاروف', 'سادیر جاپاروف', 'سادیر ژاپاروف'] },
  { canonical: 'Omurbek Babanov', country: 'KG', roles: [['head-of-government', 2011, 2012]], en: ['Omurbek Babanov'], ar: ['عمر بك بابانوف', 'أوموربيك بابانوف'], fa: ['عمربیک بابانوف'] },
  { canonical: 'Akylbek Japarov', country: 'KG', roles: [['head-of-government', 2021, 2024]], en: ['Akylbek Japarov', 'Akylbek Zhaparov'], ar: ['أكيلبيك جاباروف', 'عاقل بيك جباروف'], fa: ['آکیل بیک ژاپاروف', 'عاقل بیک جباروف'] },
  { canonical: 'Adylbek Kasymaliev', country: 'KG', roles: [['head-of-government', 2024, null]], en: ['Adylbek Kasymaliev', 'Adylbek Kasymaliyev'], ar: ['أديلبيك قاسمالييف', 'عادل بيك قاسم علييف'], fa: ['ادیل بیک قاسمعلی یف', 'عادل بیک قاسم علی اف'] },
  { canonical: 'Ruslan Kazakbaev', country: 'KG', roles: [['foreign-minister', 2010, 2012], ['foreign-minister', 2020, 2022]], en: ['Ruslan Kazakbaev', 'Ruslan Kazakbayev'], ar: ['رسلان كازاكباييف', 'روسلان كازاكباييف'], fa: ['روسلان کازاکبایف', 'رسلان قزاقبایف'] },
  { canonical: 'Erlan Abdyldaev', country: 'KG', roles: [['foreign-minister', 2012, 2018]], en: ['Erlan Abdyldaev', 'Erlan Abdyldayev'], ar: ['إرلان عبديلداييف', 'إرلان عبد الدايف'], fa: ['ارلان عبدیلدایف'] },
  { canonical: 'Chingiz Aidarbekov', country: 'KG', roles: [['foreign-minister', 2018, 2020]], en: ['Chingiz Aidarbekov', 'Chingiz Aydarbekov'], ar: ['جنكيز أيداربيكوف', 'تشينغيز أيداربيكوف'], fa: ['چنگیز آیداربکوف'] },
  { canonical: 'Jeenbek Kulubaev', country: 'KG', roles: [['foreign-minister', 2022, null]], en: ['Jeenbek Kulubaev', 'Zheenbek Kulubaev', 'Kulubaev'], ar: ['جينبيك كولوباييف', 'جينبك كولوباييف', 'كولوباييف'], fa: ['جینبک کولوبایف', 'ژینبک کولوبایف', 'کولوبایف'] },

  // Tajikistan
  { canonical: 'Emomali Rahmon', country: 'TJ', roles: [['head-of-state', 1994, null]], en: ['Emomali Rahmon', 'Emomali Rakhmon', 'Rahmon'], ar: ['إمام علي رحمن', 'إمام علي رحمان', 'امام علي رحمون'], fa: ['امامعلی رحمان', 'امام علی رحمان', 'امامعلی رحمانف'] },
  { canonical: 'Rustam Emomali', country: 'TJ', roles: [['official', 2017, null]], en: ['Rustam Emomali'], ar: ['رستم إمام علي'], fa: ['رستم امامعلی', 'رستم امام علی'] },
  { canonical: 'Oqil Oqilov', country: 'TJ', roles: [['head-of-government', 1999, 2013]], en: ['Oqil Oqilov', 'Akil Akilov'], ar: ['عاقل عاقلوف', 'أكيل أكيلوف'], fa: ['عاقل عاقل اف', 'عاقل عاقلوف'] },
  { canonical: 'Kokhir Rasulzoda', country: 'TJ', roles: [['head-of-government', 2013, null]], en: ['Kokhir Rasulzoda', 'Qohir Rasulzoda', 'Kohir Rasulzoda'], ar: ['قاهر رسول زاده', 'كوخير رسولزودا'], fa: ['قاهر رسول زاده', 'قاهر رسولزاده'] },
  { canonical: 'Hamrokhon Zarifi', country: 'TJ', roles: [['foreign-minister', 2006, 2013]], en: ['Hamrokhon Zarifi'], ar: ['حمروخون ظريفي', 'حمراخان ظريفي'], fa: ['حمراخان ظریفی', 'حمروخان ظریفی'] },
  { canonical: 'Sirodjidin Aslov', country: 'TJ', roles: [['foreign-minister', 2013, 2020]], en: ['Sirodjidin Aslov', 'Sirojiddin Aslov'], ar: ['سراج الدين أسلوف', 'سراج الدين أصلوف'], fa: ['سراج الدین اسلاف', 'سراج الدین اسلوف'] },
  { canonical: 'Sirojiddin Muhriddin', country: 'TJ', roles: [['foreign-minister', 2020, null]], en: ['Sirojiddin Muhriddin', 'Sirodjidin Muhriddin', 'Muhriddin'], ar: ['سراج الدين مهر الدين', 'سراج الدين محي الدين'], fa: ['سراج الدین مهرالدین', 'سراج الدین محی الدین', 'مهرالدین'] },

  // Turkmenistan
  { canonical: 'Gurbanguly Berdimuhamedow', country: 'TM', roles: [['head-of-state', 2006, 2022], ['official', 2022, null]], en: ['Gurbanguly Berdimuhamedow', 'Gurbanguly Berdimuhamedov'], ar: ['قربان قولي بردي محمدوف', 'قربانقلي بردي محمدوف', 'غوربانغولي بيردي محمدوف'], fa: ['قربانقلی بردی محمداف', 'قربانقلی بردی محمدوف'] },
  { canonical: 'Serdar Berdimuhamedow', country: 'TM', roles: [['head-of-state', 2022, null]], en: ['Serdar Berdimuhamedow', 'Serdar Berdimuhamedov'], ar: ['سردار بردي محمدوف', 'سردار قربان قولي بردي محمدوف'], fa: ['سردار بردی محمداف', 'سردار بردی محمدوف'] },
  { canonical: 'Raşit Meredow', country: 'TM', roles: [['foreign-minister', 2001, null]], en: ['Raşit Meredow', 'Rashid Meredov', 'Rashit Meredow', 'Meredov'], ar: ['رشيد مرادوف', 'راشد مرادوف', 'رشيد ميريدوف'], fa: ['رشید مرادوف', 'رشید مرداف', 'مرادوف'] },

  // Uzbekistan
  { canonical: 'Islam Karimov', country: 'UZ', roles: [['head-of-state', 1990, 2016]], en: ['Islam Karimov', 'Karimov'], ar: ['إسلام كريموف', 'كريموف'], fa: ['اسلام کریموف', 'کریموف'] },
  { canonical: 'Shavkat Mirziyoyev', country: 'UZ', roles: [['head-of-government', 2003, 2016], ['head-of-state', 2016, null]], en: ['Shavkat Mirziyoyev', 'Shavkat Mirziyoev', 'Mirziyoyev'], ar: ['شوكت ميرضيائيف', 'شوكت ميرزيوييف', 'شوكت مرضيائيف', 'ميرضيائيف'], fa: ['شوکت میرضیایف', 'شوکت میرضیایوف', 'میرضیایف'] },
  { canonical: 'Abdulla Aripov', country: 'UZ', roles: [['head-of-government', 2016, null]], en: ['Abdulla Aripov'], ar: ['عبد الله عاريبوف', 'عبدالله أريبوف'], fa: ['عبدالله عارف اف', 'عبدالله آریپوف'] },
  { canonical: 'Abdulaziz Kamilov', country: 'UZ', roles: [['foreign-minister', 2012, 2022]], en: ['Abdulaziz Kamilov', 'Kamilov'], ar: ['عبد العزيز كاملوف', 'عبدالعزيز كاميلوف'], fa: ['عبدالعزیز کاملوف', 'عبدالعزیز کامل اف'] },
  { canonical: 'Vladimir Norov', country: 'UZ', roles: [['organization-head', 2016, 2018], ['foreign-minister', 2022, 2022]], en: ['Vladimir Norov'], ar: ['فلاديمير نوروف'], fa: ['ولادیمیر نوروف'] },
  { canonical: 'Bakhtiyor Saidov', country: 'UZ', roles: [['foreign-minister', 2022, null]], en: ['Bakhtiyor Saidov', 'Saidov'], ar: ['بختيور سعيدوف', 'بختيار سعيدوف'], fa: ['بختیار سعیدوف', 'بختیار سعیداف', 'بختیور سعیدوف'] },

  // Azerbaijan
  { canonical: 'Ilham Aliyev', country: 'AZ', roles: [['head-of-state', 2003, null]], en: ['Ilham Aliyev', 'Aliyev'], ar: ['إلهام علييف', 'علييف'], fa: ['الهام علی اف', 'الهام علیاف', 'الهام علی یف', 'علی اف'] },
  { canonical: 'Mehriban Aliyeva', country: 'AZ', roles: [['official', 2017, null]], en: ['Mehriban Aliyeva'], ar: ['مهربان علييفا'], fa: ['مهربان علی اوا', 'مهربان علی یوا'] },
  { canonical: 'Artur Rasizade', country: 'AZ', roles: [['head-of-government', 2003, 2018]], en: ['Artur Rasizade'], ar: ['أرتور راسي زاده', 'أرتور رسي زاده'], fa: ['آرتور راسی زاده'] },
  { canonical: 'Novruz Mammadov', country: 'AZ', roles: [['head-of-government', 2018, 2019]], en: ['Novruz Mammadov'], ar: ['نوروز محمدوف', 'نوفروز محمدوف'], fa: ['نوروز محمداف', 'نوروز محمدوف'] },
  { canonical: 'Ali Asadov', country: 'AZ', roles: [['head-of-government', 2019, null]], en: ['Ali Asadov'], ar: ['علي أسدوف', 'علي أسادوف'], fa: ['علی اسداف', 'علی اسدوف'] },
  { canonical: 'Elmar Mammadyarov', country: 'AZ', roles: [['foreign-minister', 2004, 2020]], en: ['Elmar Mammadyarov', 'Mammadyarov'], ar: ['إلمار محمدياروف', 'محمدياروف'], fa: ['المار محمدیاروف', 'محمدیاروف', 'المار محمدیارف'] },
  { canonical: 'Jeyhun Bayramov', country: 'AZ', roles: [['foreign-minister', 2020, null]], en: ['Jeyhun Bayramov', 'Ceyhun Bayramov', 'Bayramov'], ar: ['جيهون بيراموف', 'جيحون بيراموف', 'جيهون بايراموف', 'بيراموف'], fa: ['جیحون بایراموف', 'جیهون بایراموف', 'بایراموف'] },
  { canonical: 'Ogtay Asadov', country: 'AZ', roles: [['official', 2005, 2020]], en: ['Ogtay Asadov', 'Oktay Asadov'], ar: ['أوقطاي أسدوف', 'أوكتاي أسادوف'], fa: ['اکتای اسداف', 'اوکتای اسدوف'] },
  { canonical: 'Sahiba Gafarova', country: 'AZ', roles: [['official', 2020, null]], en: ['Sahiba Gafarova', 'Gafarova'], ar: ['صاحبة غفاروفا', 'صاحبة قافاروفا'], fa: ['صاحبه غفاراوا', 'صاحبه غفاروا', 'صاحبه غفاروف', 'غفاراوا'] },
  { canonical: 'Hikmet Hajiyev', country: 'AZ', roles: [['official', 2018, null]], en: ['Hikmet Hajiyev'], ar: ['حكمت حاجييف'], fa: ['حکمت حاجی اف', 'حکمت حاجیف'] },

  // Armenia
  { canonical: 'Serzh Sargsyan', country: 'AM', roles: [['head-of-state', 2008, 2018], ['head-of-government', 2018, 2018]], en: ['Serzh Sargsyan', 'Serzh Sarkisian'], ar: ['سيرج سركيسيان', 'سيرج سارغسيان'], fa: ['سرژ سرکیسیان', 'سرژ سارکیسیان'] },
  { canonical: 'Armen Sarkissian', country: 'AM', roles: [['head-of-state', 2018, 2022]], en: ['Armen Sarkissian', 'Armen Sargsyan'], ar: ['أرمين سركيسيان', 'أرمين سارغسيان'], fa: ['آرمن سرکیسیان', 'آرمن سارکیسیان'] },
  { canonical: 'Vahagn Khachaturyan', country: 'AM', roles: [['head-of-state', 2022, null]], en: ['Vahagn Khachaturyan', 'Vahagn Khachaturian'], ar: ['فاهاغن خاتشاتوريان', 'فاهاجن خاتشاتوريان'], fa: ['واهاگن خاچاتوریان'] },
  { canonical: 'Tigran Sargsyan', country: 'AM', roles: [['head-of-government', 2008, 2014], ['organization-head', 2016, 2019]], en: ['Tigran Sargsyan', 'Tigran Sarkisian'], ar: ['تيغران سركيسيان', 'تيغران سارغسيان'], fa: ['تیگران سرکیسیان', 'تیگران سارکیسیان'] },
  { canonical: 'Hovik Abrahamyan', country: 'AM', roles: [['head-of-government', 2014, 2016]], en: ['Hovik Abrahamyan'], ar: ['هوفيك أبراهاميان'], fa: ['هوویک آبراهامیان'] },
  { canonical: 'Karen Karapetyan', country: 'AM', roles: [['head-of-government', 2016, 2018]], en: ['Karen Karapetyan'], ar: ['كارين كارابيتيان', 'كارين كارابتيان'], fa: ['کارن کاراپتیان'] },
  { canonical: 'Nikol Pashinyan', country: 'AM', roles: [['head-of-government', 2018, null]], en: ['Nikol Pashinyan', 'Pashinyan'], ar: ['نيكول باشينيان', 'باشينيان'], fa: ['نیکول پاشینیان', 'پاشینیان'] },
  { canonical: 'Eduard Nalbandyan', country: 'AM', roles: [['foreign-minister', 2008, 2018]], en: ['Eduard Nalbandyan', 'Edward Nalbandian', 'Nalbandyan'], ar: ['إدوارد نالبانديان', 'إدوارد نالبنديان'], fa: ['ادوارد نعلبندیان', 'ادوارد نالباندیان'] },
  { canonical: 'Zohrab Mnatsakanyan', country: 'AM', roles: [['foreign-minister', 2018, 2020]], en: ['Zohrab Mnatsakanyan', 'Mnatsakanyan'], ar: ['زهراب مناتساكانيان', 'زوهراب مناتساكانيان'], fa: ['زهراب مناتساکانیان', 'زوهراب مناتساکانیان'] },
  { canonical: 'Ara Aivazian', country: 'AM', roles: [['foreign-minister', 2020, 2021]], en: ['Ara Aivazian', 'Ara Ayvazyan'], ar: ['آرا أيفازيان'], fa: ['آرا آیوازیان'] },
  { canonical: 'Ararat Mirzoyan', country: 'AM', roles: [['official', 2019, 2021], ['foreign-minister', 2021, null]], en: ['Ararat Mirzoyan', 'Mirzoyan'], ar: ['أرارات ميرزويان', 'ميرزويان'], fa: ['آرارات میرزویان', 'میرزویان'] },
  { canonical: 'Alen Simonyan', country: 'AM', roles: [['official', 2022, null]], en: ['Alen Simonyan'], ar: ['آلين سيمونيان'], fa: ['آلن سیمونیان'] },

  // Georgia
  { canonical: 'Mikheil Saakashvili', country: 'GE', roles: [['head-of-state', 2004, 2013]], en: ['Mikheil Saakashvili', 'Mikhail Saakashvili', 'Saakashvili'], ar: ['ميخائيل ساكاشفيلي', 'ساكاشفيلي'], fa: ['میخائیل ساکاشویلی', 'ساکاشویلی'] },
  { canonical: 'Giorgi Margvelashvili', country: 'GE', roles: [['head-of-state', 2013, 2018]], en: ['Giorgi Margvelashvili', 'Margvelashvili'], ar: ['جيورجي مارغفيلاشفيلي', 'غيورغي مارغفيلاشفيلي'], fa: ['گیورگی مارگولاشویلی'] },
  { canonical: 'Salome Zourabichvili', country: 'GE', roles: [['head-of-state', 2018, 2024]], en: ['Salome Zourabichvili', 'Salome Zurabishvili', 'Zourabichvili'], ar: ['سالومي زورابيشفيلي', 'سالومي زورابيتشفيلي'], fa: ['سالومه زورابیشویلی', 'سالومه زورابیچویلی'] },
  { canonical: 'Mikheil Kavelashvili', country: 'GE', roles: [['head-of-state', 2024, null]], en: ['Mikheil Kavelashvili', 'Mikhail Kavelashvili', 'Kavelashvili'], ar: ['ميخائيل كافيلاشفيلي', 'ميخائيل قافيلاشفيلي'], fa: ['میخائیل کاولاشویلی'] },
  { canonical: 'Nika Gilauri', country: 'GE', roles: [['head-of-government', 2009, 2012]], en: ['Nika Gilauri'], ar: ['نيكا غيلاوري', 'نيكا جيلاوري'], fa: ['نیکا گیلائوری'] },
  { canonical: 'Bidzina Ivanishvili', country: 'GE', roles: [['head-of-government', 2012, 2013], ['party-leader', 2018, null]], en: ['Bidzina Ivanishvili', 'Ivanishvili'], ar: ['بيدزينا إيفانيشفيلي', 'إيفانيشفيلي'], fa: ['بیدزینا ایوانیشویلی', 'ایوانیشویلی'] },
  { canonical: 'Irakli Garibashvili', country: 'GE', roles: [['head-of-government', 2013, 2015], ['minister', 2019, 2021], ['head-of-government', 2021, 2024]], en: ['Irakli Garibashvili', 'Garibashvili'], ar: ['إيراكلي غاريباشفيلي', 'إيراكلي جاريباشفيلي', 'غاريباشفيلي'], fa: ['ایراکلی غریباشویلی', 'ایراکلی گاریباشویلی', 'غریباشویلی'] },
  { canonical: 'Giorgi Kvirikashvili', country: 'GE', roles: [['foreign-minister', 2015, 2015], ['head-of-government', 2015, 2018]], en: ['Giorgi Kvirikashvili', 'Kvirikashvili'], ar: ['جيورجي كفيريكاشفيلي', 'غيورغي كفيريكاشفيلي'], fa: ['گیورگی کویریکاشویلی'] },
  { canonical: 'Mamuka Bakhtadze', country: 'GE', roles: [['head-of-government', 2018, 2019]], en: ['Mamuka Bakhtadze'], ar: ['ماموكا باختادزه', 'ماموكا باختادزي'], fa: ['ماموکا باختادزه'] },
  { canonical: 'Giorgi Gakharia', country: 'GE', roles: [['head-of-government', 2019, 2021]], en: ['Giorgi Gakharia', 'Gakharia'], ar: ['جيورجي غاخاريا', 'غيورغي غاخاريا'], fa: ['گیورگی گاخاریا'] },
  { canonical: 'Irakli Kobakhidze', country: 'GE', roles: [['head-of-government', 2024, null]], en: ['Irakli Kobakhidze', 'Kobakhidze'], ar: ['إيراكلي كوباخيدزه', 'كوباخيدزه'], fa: ['ایراکلی کوباخیدزه', 'کوباخیدزه'] },
  { canonical: 'Grigol Vashadze', country: 'GE', roles: [['foreign-minister', 2008, 2012]], en: ['Grigol Vashadze'], ar: ['غريغول فاشادزه', 'جريجول فاشادزه'], fa: ['گریگول واشادزه'] },
  { canonical: 'Maia Panjikidze', country: 'GE', roles: [['foreign-minister', 2012, 2014]], en: ['Maia Panjikidze'], ar: ['مايا بانجيكيدزه'], fa: ['مایا پانجیکیدزه'] },
  { canonical: 'Tamar Beruchashvili', country: 'GE', roles: [['foreign-minister', 2014, 2015]], en: ['Tamar Beruchashvili'], ar: ['تامار بيروتشاشفيلي'], fa: ['تامار بروچاشویلی'] },
  { canonical: 'Mikheil Janelidze', country: 'GE', roles: [['foreign-minister', 2015, 2018]], en: ['Mikheil Janelidze'], ar: ['ميخائيل جانيليدزه'], fa: ['میخائیل جانلیدزه'] },
  { canonical: 'David Zalkaliani', country: 'GE', roles: [['foreign-minister', 2018, 2022]], en: ['David Zalkaliani', 'Zalkaliani'], ar: ['ديفيد زالكالياني', 'دافيد زالكالياني'], fa: ['داوید زالکالیانی', 'دیوید زالکالیانی'] },
  { canonical: 'Ilia Darchiashvili', country: 'GE', roles: [['foreign-minister', 2022, 2024]], en: ['Ilia Darchiashvili', 'Darchiashvili'], ar: ['إيليا دارتشياشفيلي'], fa: ['ایلیا دارچیاشویلی'] },
  { canonical: 'Maka Botchorishvili', country: 'GE', roles: [['foreign-minister', 2024, null]], en: ['Maka Botchorishvili'], ar: ['ماكا بوتشوريشفيلي'], fa: ['ماکا بوچوریشویلی'] },
];
