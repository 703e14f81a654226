import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it.each([
    // [case, text, declared lang attribute, expected]
    ['kana → ja even when the page says en-US', '北朝鮮の金正恩総書記は、ロシアのプーチン大統領と会談するために、珍しい海外訪問を行う予定であると発表した。', 'en-US', 'ja'],
    ['han only → zh', '连接西部三座城市的山区铁路12日正式开通运营，沿线群众出行时间大幅缩短。', null, 'zh'],
    ['a traditional-Chinese page keeps zh', '連接西部三座城市的山區鐵路12日正式開通運營，沿線群眾出行時間大幅縮短。', 'zh-TW', 'zh'],
    ['hangul → ko', '정부가 항만 물류 자동화를 위해 2030년까지 3조원을 투입하기로 했다.', 'en', 'ko'],
    ['Cyrillic → ru', 'Правительство объявило о запуске новой железнодорожной линии в горных районах.', null, 'ru'],
    ['Cyrillic keeps a declared uk', 'Уряд оголосив про запуск нової залізничної лінії в гірських районах країни.', 'uk', 'uk'],
    ['Greek → el', 'Η κυβέρνηση ανακοίνωσε τη λειτουργία νέας σιδηροδρομικής γραμμής στις ορεινές περιοχές.', null, 'el'],
    ['Arabic → ar', 'افتتحت الحكومة اليوم أكبر محطة لتحلية مياه البحر في المنطقة.', null, 'ar'],
    ['Arabic script keeps a declared fa', 'دولت امروز بزرگترین ایستگاه آب شیرین کن منطقه را افتتاح کرد.', 'fa', 'fa'],
    ['Hebrew → he', 'הממשלה חנכה היום את מתקן ההתפלה הגדול ביותר באזור.', 'en', 'he'],
    ['English stopwords', 'The port operators said that the strike was costing the economy millions of dollars a day, and they called on the union to return to the table.', null, 'en'],
    ['German overrules a wrong en', 'Die Regierung hat am Montag angekündigt, dass die neue Bahnstrecke in den Bergen für den Verkehr freigegeben wird und dass sie mit der Region verbunden ist.', 'en', 'de'],
    ['French', 'Le gouvernement a annoncé que la nouvelle ligne de chemin de fer sera ouverte dans les montagnes et qu\'elle reliera les villes de la région.', null, 'fr'],
    ['Spanish', 'El gobierno anunció que la nueva línea de tren se abrirá en las montañas y que unirá las ciudades de la región con la capital.', null, 'es'],
    ['Polish', 'Rząd ogłosił, że nowa linia kolejowa w górach zostanie otwarta i że będzie to ważne dla regionu, który jest od lat odcięty od świata.', null, 'pl'],
    ['a declared Latin language without a list stands on short text', 'Vláda oznámila otevření nové železniční trati v horách.', 'cs', 'cs'],
    ['a Japanese declaration on English text is wrong', 'The port operators said that the strike was costing the economy millions of dollars a day, and they called on the union to return to the table.', 'ja', 'en'],
    ['no letters keeps the declaration', '2023 — 12:30', 'de', 'de'],
    ['nothing known', '12345', null, 'und'],
  ])('%s', (_case, text, declared, expected) => {
    expect(detectLanguage(text, declared)).toBe(expected);
  });
});
