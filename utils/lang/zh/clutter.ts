import type { ClutterCues } from '../clutter-cues';

export const clutter: ClutterCues = {
  code: 'zh',
  related: [
    '相关阅读', // related-reading boxes of Chinese portals
    '相關閱讀',
    '相关新闻',
    '相關新聞',
    '相关文章',
    '相關文章',
    '延伸阅读',
    '延伸閱讀',
    '推荐阅读', // recommendation rails
    '推薦閱讀',
    '热门文章', // popularity rails
    '熱門文章',
    '排行榜', // ranking lists
    '最新文章', // latest-article rails
    '更多', // "more" links
    '阅读全文',
    '上一篇', '下一篇', // prev/next links
    '上一页', '下一页', // pagination links
  ],
  ads: [
    '广告', // ad-slot label
    '廣告',
    '推广', // promoted content label
    '赞助',
  ],
  prompts: [
    '分享', '分享到', // share bars
    '标签', '標籤', // tag lists
    '评论', '評論', '发表评论', '網友評論', // comment sections
    '责任编辑', '責任編輯', // editor credit lines closing portal articles
    '打印', '关闭窗口', // toolbar buttons of old portals
    '订阅', // newsletter prompts
    '声明', '免责声明', // portal disclaimers under the article
  ],
  keyPoints: ['要点', '要點', '摘要', '重点', '重點', '核心提示', '内容提要'],
};
