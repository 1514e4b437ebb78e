import type { PersonRecord } from '../../types';

// Sources: see ./README.md in this folder.
// South-eastern Europe: Greece, Slovenia, Croatia and the Western Balkans (Serbia, Montenegro,
// Bosnia and Herzegovina, North Macedonia, Albania, Kosovo); offices held from 2010 on (a term
// begun earlier keeps its real first year). Members of Bosnia's three-member presidency are
// `head-of-state`; Kosovo uses the user-assigned code XK.
export const PEOPLE_EUROPE_SOUTH_EAST: readonly PersonRecord[] = [
  // Greece
  { canonical: 'Karolos Papoulias', country: 'GR', roles: [['head-of-state', 2005, 2015]], en: ['Karolos Papoulias', 'Papoulias'], ar: ['كارولوس بابولياس', 'بابولياس'], fa: ['کارولوس پاپولیاس'] },
  { canonical: 'Prokopis Pavlopoulos', country: 'GR', roles: [['head-of-state', 2015, 2020]], en: ['Prokopis Pavlopoulos', 'Pavlopoulos'], ar: ['بروكوبيس بافلوبولوس', 'بافلوبولوس'], fa: ['پروکوپیس پاولوپولوس'] },
  { canonical: 'Katerina Sakellaropoulou', country: 'GR', roles: [['head-of-state', 2020, 2025]], en: ['Katerina Sakellaropoulou', 'Sakellaropoulou'], ar: ['كاترينا ساكيلاروبولو', 'ساكيلاروبولو'], fa: ['کاترینا ساکلاروپولو'] },
  { canonical: 'Konstantinos Tasoulas', country: 'GR', roles: [['official', 2019, 2025], ['head-of-state', 2025, null]], en: ['Konstantinos Tasoulas', 'Tasoulas'], ar: ['كونستانتينوس تاسولاس', 'تاسولاس'], fa: ['کنستانتینوس تاسولاس'] },
  { canonical: 'George Papandreou', country: 'GR', roles: [['head-of-government', 2009, 2011], ['foreign-minister', 2009, 2010]], en: ['George Papandreou', 'Giorgos Papandreou', 'Papandreou'], ar: ['جورج باباندريو', 'يورغوس باباندريو', 'باباندريو'], fa: ['یورگوس پاپاندرئو', 'جرج پاپاندرئو', 'پاپاندرئو'] },
  { canonical: 'Lucas Papademos', country: 'GR', roles: [['head-of-government', 2011, 2012]], en: ['Lucas Papademos', 'Papademos'], ar: ['لوكاس باباديموس', 'باباديموس'], fa: ['لوکاس پاپادموس'] },
  { canonical: 'Antonis Samaras', country: 'GR', roles: [['head-of-government', 2012, 2015]], en: ['Antonis Samaras', 'Samaras'], ar: ['أنطونيس ساماراس', 'ساماراس'], fa: ['آنتونیس ساماراس', 'ساماراس'] },
  { canonical: 'Alexis Tsipras', country: 'GR', roles: [['head-of-government', 2015, 2019]], en: ['Alexis Tsipras', 'Tsipras'], ar: ['أليكسيس تسيبراس', 'ألكسيس تسيبراس', 'تسيبراس'], fa: ['الکسیس سیپراس', 'آلکسیس سیپراس', 'سیپراس'] },
  { canonical: 'Kyriakos Mitsotakis', country: 'GR', roles: [['head-of-government', 2019, null]], en: ['Kyriakos Mitsotakis', 'Mitsotakis'], ar: ['كيرياكوس ميتسوتاكيس', 'ميتسوتاكيس'], fa: ['کیریاکوس میتسوتاکیس', 'میتسوتاکیس'] },
  { canonical: 'Dimitris Droutsas', country: 'GR', roles: [['foreign-minister', 2010, 2011]], en: ['Dimitris Droutsas', 'Droutsas'], ar: ['ديميتريس دروتساس'], fa: ['دیمیتریس دروتساس'] },
  { canonical: 'Stavros Lambrinidis', country: 'GR', roles: [['foreign-minister', 2011, 2011], ['diplomat', 2012, 2019]], en: ['Stavros Lambrinidis', 'Lambrinidis'], ar: ['ستافروس لامبرينيديس'], fa: ['استاوروس لامبرینیدیس'] },
  { canonical: 'Stavros Dimas', country: 'GR', roles: [['foreign-minister', 2011, 2012]], en: ['Stavros Dimas'], ar: ['ستافروس ديماس'], fa: ['استاوروس دیماس'] },
  { canonical: 'Dimitris Avramopoulos', country: 'GR', roles: [['foreign-minister', 2012, 2013], ['minister', 2013, 2014], ['official', 2014, 2019]], en: ['Dimitris Avramopoulos', 'Avramopoulos'], ar: ['ديميتريس أفراموبولوس', 'أفراموبولوس'], fa: ['دیمیتریس آوراموپولوس', 'آوراموپولوس'] },
  { canonical: 'Evangelos Venizelos', country: 'GR', roles: [['foreign-minister', 2013, 2015]], en: ['Evangelos Venizelos', 'Venizelos'], ar: ['إيفانجيلوس فينيزيلوس', 'إيفانغيلوس فينيزيلوس', 'فينيزيلوس'], fa: ['اوانگلوس ونیزلوس', 'ونیزلوس'] },
  { canonical: 'Nikos Kotzias', country: 'GR', roles: [['foreign-minister', 2015, 2018]], en: ['Nikos Kotzias', 'Kotzias'], ar: ['نيكوس كوتزياس', 'نيكوس كودزياس', 'كوتزياس'], fa: ['نیکوس کوتزیاس', 'کوتزیاس'] },
  { canonical: 'Georgios Katrougalos', country: 'GR', roles: [['foreign-minister', 2019, 2019]], en: ['Georgios Katrougalos', 'Giorgos Katrougalos', 'Katrougalos'], ar: ['يورغوس كاتروغالوس', 'جورجيوس كاتروجالوس'], fa: ['گئورگیوس کاتروگالوس'] },
  { canonical: 'Nikos Dendias', country: 'GR', roles: [['foreign-minister', 2019, 2023], ['minister', 2023, null]], en: ['Nikos Dendias', 'Dendias'], ar: ['نيكوس ديندياس', 'ديندياس'], fa: ['نیکوس دندیاس', 'دندیاس'] },
  { canonical: 'Giorgos Gerapetritis', country: 'GR', roles: [['foreign-minister', 2023, null]], en: ['Giorgos Gerapetritis', 'George Gerapetritis', 'Gerapetritis'], ar: ['يورغوس يرابيتريتيس', 'جورج جيرابيتريتيس', 'جيورجوس جيرابيتريتيس', 'يرابيتريتيس'], fa: ['یورگوس یراپتریتیس', 'گئورگیوس گراپتریتیس', 'یراپتریتیس'] },
  // Slovenia
  { canonical: 'Danilo Türk', country: 'SI', roles: [['head-of-state', 2007, 2012]], en: ['Danilo Türk', 'Danilo Turk'], ar: ['دانيلو تورك'], fa: ['دانیلو تورک'] },
  { canonical: 'Borut Pahor', country: 'SI', roles: [['head-of-government', 2008, 2012], ['head-of-state', 2012, 2022]], en: ['Borut Pahor', 'Pahor'], ar: ['بوروت باهور', 'باهور'], fa: ['بوروت پاهور', 'پاهور'] },
  { canonical: 'Nataša Pirc Musar', country: 'SI', roles: [['head-of-state', 2022, null]], en: ['Nataša Pirc Musar', 'Natasa Pirc Musar', 'Pirc Musar'], ar: ['ناتاشا بيرتس موسار', 'ناتاشا بيرك موسار'], fa: ['ناتاشا پیرتس موسار'] },
  { canonical: 'Janez Janša', country: 'SI', roles: [['head-of-government', 2012, 2013], ['head-of-government', 2020, 2022]], en: ['Janez Janša', 'Janez Jansa', 'Janša'], ar: ['يانيز يانشا', 'يانشا'], fa: ['یانز یانشا', 'یانشا'] },
  { canonical: 'Alenka Bratušek', country: 'SI', roles: [['head-of-government', 2013, 2014]], en: ['Alenka Bratušek', 'Alenka Bratusek'], ar: ['ألينكا براتوشيك'], fa: ['آلنکا براتوشک'] },
  { canonical: 'Miro Cerar', country: 'SI', roles: [['head-of-government', 2014, 2018], ['foreign-minister', 2018, 2020]], en: ['Miro Cerar', 'Cerar'], ar: ['ميرو تسيرار', 'ميرو سيرار'], fa: ['میرو تسرار'] },
  { canonical: 'Marjan Šarec', country: 'SI', roles: [['head-of-government', 2018, 2020]], en: ['Marjan Šarec', 'Marjan Sarec'], ar: ['ماريان شاريتس'], fa: ['ماریان شارتس'] },
  { canonical: 'Robert Golob', country: 'SI', roles: [['head-of-government', 2022, null]], en: ['Robert Golob', 'Golob'], ar: ['روبرت غولوب', 'روبرت جولوب'], fa: ['روبرت گولوب'] },
  { canonical: 'Samuel Žbogar', country: 'SI', roles: [['foreign-minister', 2008, 2012]], en: ['Samuel Žbogar', 'Samuel Zbogar'], ar: ['صامويل جبوغار'], fa: ['ساموئل ژبوگار'] },
  { canonical: 'Karl Erjavec', country: 'SI', roles: [['foreign-minister', 2012, 2018]], en: ['Karl Erjavec', 'Erjavec'], ar: ['كارل إرجافيتس', 'كارل إريافيتس'], fa: ['کارل اریاوتس'] },
  { canonical: 'Anže Logar', country: 'SI', roles: [['foreign-minister', 2020, 2022]], en: ['Anže Logar', 'Anze Logar'], ar: ['أنجي لوغار', 'أنجي لوجار'], fa: ['آنژه لوگار'] },
  { canonical: 'Tanja Fajon', country: 'SI', roles: [['foreign-minister', 2022, null]], en: ['Tanja Fajon', 'Fajon'], ar: ['تانيا فايون', 'تانيا فاجون'], fa: ['تانیا فایون'] },
  // Croatia
  { canonical: 'Ivo Josipović', country: 'HR', roles: [['head-of-state', 2010, 2015]], en: ['Ivo Josipović', 'Ivo Josipovic', 'Josipović'], ar: ['إيفو يوسيبوفيتش', 'ايفو يوسيبوفيتش'], fa: ['ایوو یوسیپوویچ'] },
  { canonical: 'Kolinda Grabar-Kitarović', country: 'HR', roles: [['head-of-state', 2015, 2020]], en: ['Kolinda Grabar-Kitarović', 'Kolinda Grabar-Kitarovic', 'Grabar-Kitarović'], ar: ['كوليندا غرابار كيتاروفيتش', 'كوليندا جرابار كيتاروفيتش'], fa: ['کولیندا گرابار-کیتاروویچ', 'کولیندا گرابار کیتاروویچ'] },
  { canonical: 'Zoran Milanović', country: 'HR', roles: [['head-of-government', 2011, 2016], ['head-of-state', 2020, null]], en: ['Zoran Milanović', 'Zoran Milanovic', 'Milanović'], ar: ['زوران ميلانوفيتش', 'ميلانوفيتش'], fa: ['زوران میلانوویچ', 'میلانوویچ'] },
  { canonical: 'Jadranka Kosor', country: 'HR', roles: [['head-of-government', 2009, 2011]], en: ['Jadranka Kosor', 'Kosor'], ar: ['يادرانكا كوسور'], fa: ['یادرانکا کوسور'] },
  { canonical: 'Tihomir Orešković', country: 'HR', roles: [['head-of-government', 2016, 2016]], en: ['Tihomir Orešković', 'Tihomir Oreskovic'], ar: ['تيهومير أوريشكوفيتش'], fa: ['تیهومیر اورشکوویچ'] },
  { canonical: 'Andrej Plenković', country: 'HR', roles: [['head-of-government', 2016, null]], en: ['Andrej Plenković', 'Andrej Plenkovic', 'Plenković'], ar: ['أندريه بلينكوفيتش', 'أندري بلينكوفيتش', 'بلينكوفيتش'], fa: ['آندری پلنکوویچ', 'آندره پلنکوویچ', 'پلنکوویچ'] },
  { canonical: 'Gordan Jandroković', country: 'HR', roles: [['foreign-minister', 2008, 2011], ['official', 2017, null]], en: ['Gordan Jandroković', 'Gordan Jandrokovic'], ar: ['غوردان ياندروكوفيتش', 'جوردان ياندروكوفيتش'], fa: ['گوردان یاندروکوویچ'] },
  { canonical: 'Vesna Pusić', country: 'HR', roles: [['foreign-minister', 2011, 2016]], en: ['Vesna Pusić', 'Vesna Pusic'], ar: ['فيسنا بوسيتش'], fa: ['وسنا پوسیچ'] },
  { canonical: 'Miro Kovač', country: 'HR', roles: [['foreign-minister', 2016, 2016]], en: ['Miro Kovač', 'Miro Kovac'], ar: ['ميرو كوفاتش'], fa: ['میرو کواچ'] },
  { canonical: 'Davor Ivo Stier', country: 'HR', roles: [['foreign-minister', 2016, 2017]], en: ['Davor Ivo Stier'], ar: ['دافور إيفو ستير'], fa: ['داوور ایوو اشتیر'] },
  { canonical: 'Marija Pejčinović Burić', country: 'HR', roles: [['foreign-minister', 2017, 2019], ['organization-head', 2019, 2024]], en: ['Marija Pejčinović Burić', 'Marija Pejcinovic Buric'], ar: ['ماريا بيتشينوفيتش بوريتش', 'ماريا بيجينوفيتش بوريتش'], fa: ['ماریا پیچینوویچ بوریچ'] },
  { canonical: 'Gordan Grlić Radman', country: 'HR', roles: [['foreign-minister', 2019, null]], en: ['Gordan Grlić Radman', 'Gordan Grlic Radman', 'Grlić Radman'], ar: ['غوردان غرليتش رادمان', 'جوردان جرليتش رادمان'], fa: ['گوردان گرلیچ رادمان'] },
];
