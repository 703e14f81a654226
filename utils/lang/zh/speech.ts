// Chinese speech cues: “…”，X说。 / X表示：“…” / 据X称.
import type { SpeechCues } from '../speech';

const VERB = '(?:补充说|补充道|说道|问道|答道|写道|说|表示|称|指出|强调|认为|透露|介绍|坦言|回应|告诉|宣布|警告|承认|否认|解释|提到|回答|声称|直言|呼吁|重申)';
/** A speaker phrase: no clause punctuation, short because Chinese names and titles are short. */
const WHO = '(?<who>[^，,。：:“”「」『』、]{1,20}?)';

export const zhSpeech: SpeechCues = {
  nameStyle: 'cjk',
  abbreviations: new Set(['mr', 'dr', 'u.s']),
  connective: /^(?:但是?|然而|此外|另外|同时|而且|不过|因此|所以|与此同时|另一方面|并且|其次|可是)[，,]?\s*/u,
  after: [
    new RegExp(`^[，,。]?\\s*${WHO}(?:在[^，。“”]{0,30}?)?(?:对[^，。“”]{0,20}?)?${VERB}`, 'u'),
  ],
  before: [
    new RegExp(`据${WHO}(?:称|说|介绍|透露)[：:，,]?\\s*$`, 'u'),
    new RegExp(`${WHO}(?:在[^，。“”]{0,30}?)?(?:对[^，。“”]{0,20}?)?${VERB}[：:，,]?\\s*$`, 'u'),
  ],
  indirect: [new RegExp(`(?:^|[，。])${WHO}(?:在[^，。“”]{0,30}?)?${VERB}[，：,:]`, 'u')],
  pronouns: { male: /^他$/u, female: /^她$/u, plural: /^(?:他们|她们|我们)$/u },
  shortReference: /^(?:该|这位|此)\p{Script=Han}{1,4}$/u,
  titleBefore: /^(?:前|原|现任)(?=\p{Script=Han})/u,
  titleAfter: /(?:先生|女士|教授|发言人|副总统|总统|国家主席|主席|总理|部长|外长|大使|议员|委员长|总书记|书记|市长|省长|院长|主任|经理|董事长|总裁|研究员|分析师|记者|博士|医生|律师|将军|首相|国务卿)$/u,
  roleNoun: /(?:发言人|官员|人士|消息人士|专家|分析人士|负责人|当局|政府|部|局|委员会|警方)$/u,
  embedded: /^(?:的|地|是|等|之|和|与|这)/u,
  notSummary: [/^(?:图片|图|来源|责任编辑|编辑|记者|摄影|原标题|相关阅读)[：:\s]/u, /(?:摄|供图|图)\s*[)）]?$/u],
  stopwords: new Set(['的', '了', '是', '在', '和', '与', '也', '就', '都', '而', '及', '着', '或', '一个', '我们', '他们', '这', '那', '有', '为', '对']),
};
