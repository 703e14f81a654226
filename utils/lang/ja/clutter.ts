import type { ClutterCues } from '../clutter-cues';

export const clutter: ClutterCues = {
  code: 'ja',
  related: [
    '記事を読む', // inline teaser box of translation/news themes (the sample page)
    '関連記事', // 【関連記事】 boxes inside and after the body
    '関連ニュース',
    '関連リンク',
    'あわせて読みたい', // blog teaser boxes
    '合わせて読みたい',
    'こちらもおすすめ',
    'おすすめ記事', // recommendation rails
    'こちらの記事もおすすめ',
    '人気記事', // popularity rails
    'ランキング', // ranking lists
    'アクセスランキング',
    '最新記事', // latest-article rails
    '新着記事',
    'もっと見る', // "see more" links
    '続きを読む', // continuation teaser links
    '次のページ', // pagination links
  ],
  ads: [
    '広告', // ad-slot label
    'pr', // advertorial label (「PR」)
    'スポンサーリンク', // AdSense label used by Japanese blogs
    'スポンサードリンク',
    'スポンサーリンク・広告',
    '広告の後にも続きます', // ad-break label of Japanese portals
  ],
  prompts: [
    'シェア', // share bars
    'この記事をシェア', 'この記事をシェアする', 'ツイート', 'ポスト', 'はてブ',
    'タグ', // tag lists
    '前の記事', '次の記事', // prev/next links
    'コメント', 'コメントを残す', 'コメントを書く', // comment sections
    'ニュースレターに登録', 'メルマガ登録', 'メールマガジン', // newsletter prompts
    'クッキーの使用について', // cookie banners
    'フォローする', // social follow boxes
    '印刷', // toolbar buttons
  ],
  keyPoints: [
    'この記事のポイント', // key-point boxes of Japanese news sites
    'ポイント',
    '要点',
    '要約',
    'まとめ',
    '3行まとめ',
    'この記事の要約',
  ],
};
