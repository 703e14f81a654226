import { describe, expect, it } from 'vitest';
import { cleanTitle, siteNameFromTitle } from './title';

const base = { siteName: null as string | null, host: 'www.example.com', lang: 'en', witnesses: [] as string[] };

describe('cleanTitle', () => {
  it.each([
    // [case, raw titles, witnesses, siteName, lang, expected]
    ['prefix site name with a fullwidth-less bar', ['News24|合意へ向けて順調:北朝鮮の金正恩委員長'], [], 'News24', 'ja', '合意へ向けて順調:北朝鮮の金正恩委員長'],
    ['suffix after a spaced hyphen', ['Kim set to meet Putin for arms talks - News24'], [], 'News24', 'en', 'Kim set to meet Putin for arms talks'],
    ['fullwidth bar ｜', ['円相場、1ドル＝156円台で推移｜東都新聞'], [], '東都新聞', 'ja', '円相場、1ドル＝156円台で推移'],
    ['fullwidth colon before a known site name', ['台風13号が関東に接近：朝日新聞デジタル'], [], '朝日新聞デジタル', 'ja', '台風13号が関東に接近'],
    ['fullwidth colon before a site-shaped name, site undeclared', ['台風13号が関東に接近：東都新聞デジタル'], [], null, 'ja', '台風13号が関東に接近'],
    ['agency credit in fullwidth brackets', ['日銀が金融政策を据え置き（共同通信）'], [], null, 'ja', '日銀が金融政策を据え置き'],
    ['fullwidth slash ／', ['新型ロケット打ち上げ成功／宇宙ニュース'], [], '宇宙ニュース', 'ja', '新型ロケット打ち上げ成功'],
    ['fullwidth hyphen －', ['新型ロケット打ち上げ成功－宇宙ニュース'], [], '宇宙ニュース', 'ja', '新型ロケット打ち上げ成功'],
    ['trailing 【】 label', ['新型ロケット打ち上げ成功、来年には有人飛行も【宇宙ニュース】'], [], null, 'ja', '新型ロケット打ち上げ成功、来年には有人飛行も'],
    ['guillemets', ['La réforme des retraites adoptée au Sénat « Le Journal'], [], 'Le Journal', 'fr', 'La réforme des retraites adoptée au Sénat'],
    ['Chinese portal underscores', ['西部山区新铁路线正式开通运营_新闻频道_东方新闻网'], [], null, 'zh', '西部山区新铁路线正式开通运营'],
    ['Chinese publication name in 《》 after a hyphen', ['市区新建三座口袋公园 春节前开放-《东方财经网》'], [], null, 'zh', '市区新建三座口袋公园 春节前开放'],
    ['section and 電子報 site name', ['多運動 薪水高 ｜即時新聞｜東方電子報'], [], null, 'zh', '多運動 薪水高'],
    ['a colon inside the headline stays', ['Brexit: what happens next for the UK economy'], [], null, 'en', 'Brexit: what happens next for the UK economy'],
    ['hyphenated words are not separators', ['Covid-19 cases fall for a third week in a row'], [], null, 'en', 'Covid-19 cases fall for a third week in a row'],
    ['section and site both cut', ['Markets rally as inflation cools sharply | Business | Example'], [], null, 'en', 'Markets rally as inflation cools sharply'],
    ['host name as the site', ['Rates hold steady for a third month - example.com'], [], null, 'en', 'Rates hold steady for a third month'],
    ['the h1 decides where the headline ends', ['Opinion | Why the bridge matters: a reply to critics | Example'], ['Why the bridge matters: a reply to critics'], null, 'en', 'Why the bridge matters: a reply to critics'],
    ['an h1 that is the site logo is no witness', ['Storm warning for the weekend - The Valley Herald'], ['The Valley Herald'], 'The Valley Herald', 'en', 'Storm warning for the weekend'],
    ['wire credit', ['Dockworkers strike for a second day (Reuters)'], [], null, 'en', 'Dockworkers strike for a second day'],
    ['Korean edition tag', ['정부, 항만 물류 자동화에 3조원 투입(종합)'], [], null, 'ko', '정부, 항만 물류 자동화에 3조원 투입'],
    ['a run of three colons is one separator', ['GOROD.RU::: Мост через реку откроют к весне'], [], null, 'ru', 'Мост через реку откроют к весне'],
    ['guillemets quoting a word are no separators', ['Зимой в парке стало «теснее» :: Городское Агентство :: Новости города'], [], null, 'ru', 'Зимой в парке стало «теснее»'],
    ['the h1 is one part of a title with a long site blurb', ['Парк открыли у реки - новость из рубрики Город, свежие новости и обсуждения на Примере.'], ['Парк открыли у реки'], null, 'ru', 'Парк открыли у реки'],
    ['a title of section names only yields to the h1', ['Новости - Северный округ - example.com'], ['В Самаре открыли новый парк у набережной'], null, 'ru', 'В Самаре открыли новый парк у набережной'],
    ['a site part ending in a date is cut', ['В городской больнице открылось новое отделение / ИА "Пример", 17 января 2012'], [], null, 'ru', 'В городской больнице открылось новое отделение'],
    ['a keyword list after the headline is cut', ['Солдат скончался под Энгельсом из-за осложнений гриппа | Самара, Энгельсский район, солдат умер от менингита, Иван Петров | Город Пример'], [], null, 'ru', 'Солдат скончался под Энгельсом из-за осложнений гриппа'],
    ['a section name in capitals is cut', ['Яйца полезны мозгу - НАУКА И ТЕХНИКА'], [], null, 'ru', 'Яйца полезны мозгу'],
  ])('%s', (_case, raw, witnesses, siteName, lang, expected) => {
    expect(cleanTitle({ ...base, raw, witnesses, siteName, lang })).toBe(expected);
  });

  it('falls back to the h1 when the page has no <title>', () => {
    expect(cleanTitle({ ...base, raw: [], witnesses: ['A headline only in the h1'] })).toBe('A headline only in the h1');
  });
});

describe('siteNameFromTitle', () => {
  it.each([
    ['西部山区新铁路线正式开通运营_新闻频道_东方新闻网', 'zh', '东方新闻网'],
    ['台風13号が関東に接近：東都新聞デジタル', 'ja', '東都新聞デジタル'],
    ['Headline about something important - The Daily Example News', 'en', 'The Daily Example News'],
    ['A headline without any site name at all', 'en', null],
  ])('%s', (title, lang, expected) => {
    expect(siteNameFromTitle(title, { host: 'www.example.com', lang })).toBe(expected);
  });
});
