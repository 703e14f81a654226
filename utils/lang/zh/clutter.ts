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
    '相关链接', // 「■相关链接：」 boxes inside the body
    '相關連結',
    '相關鏈接',
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
    '关键字', '關鍵字', '关键词', '關鍵詞', // keyword (tag) lines under the article
    '评论', '評論', '发表评论', '網友評論', // comment sections
    '责任编辑', '責任編輯', // editor credit lines closing portal articles
    '打印', '关闭窗口', // toolbar buttons of old portals
    '订阅', // newsletter prompts
    '声明', '免责声明', // portal disclaimers under the article
  ],
  keyPoints: ['要点', '要點', '摘要', '重点', '重點', '核心提示', '内容提要'],
  disclaimers: [
    '免责声明', '免責聲明', // "disclaimer:" notices of portals under the article
    '仅代表作者', '僅代表作者', // "the article only represents the author's view"
    '不代表本网', '不代表本網', '不代表本站', // "does not represent this site's view"
    '赞同其观点', '贊同其觀點', // "reprinting does not mean we endorse its views"
    '不构成投资建议', '不構成投資建議', // finance portals' "not investment advice"
    '不得转载', '不得轉載', // "no reprinting without permission"
  ],
  creditLines: [
    // 「記者王明／台北報導」「【某某報／記者王明／台北報導】」
    /^[【〔\[(（]?[^【】〔〕\[\]()（）]{0,12}(?:記者|记者)[^【】〔〕\[\]()（）。，！？]{1,24}(?:報導|报道|報道)[】〕\])）]?$/,
    // 「[编辑：王明]」「(责编：李华)」「编辑： 王明」
    /^[\[(（【]?\s*(?:责编|責編|责任编辑|責任編輯|编辑|編輯)\s*[：:]\s*[^\])）】。，]{1,20}[\])）】]?$/,
    // 「(王明 编辑)」
    /^[(（]\s*[^()（）]{2,12}\s*(?:编辑|編輯)\s*[)）]$/,
    // 「(本文来源：新华网)」「（来源：某某网 编辑：王明）」
    /^[(（]\s*(?:本文)?(?:来源|來源)[：:][^()（）]{1,20}[)）]$/,
  ],
};
