/**
 * The dashboard's words in English and Simplified Chinese: one table, so that a label missing
 * in one language fails to compile rather than showing a key.
 */
const EN = {
  title: 'Compliance dashboard',
  language: 'Language',
  token: 'Access token',
  tokenHelp:
    'Development: paste a token (npm run token -- --email legal@jv.demo). Production: leave empty; your sign-in supplies it.',
  load: 'Show my dashboard',
  signedInAs: 'Signed in as',
  signInFailed: 'Sign-in failed: check the token, or sign in again.',
  loading: 'Loading…',
  notPermitted: 'Your role may not see this section.',
  failed: 'This section could not be loaded.',
  none: 'Nothing to show.',
  deadlines: 'Deadlines in the next 90 days',
  missed: 'Missed obligations',
  notices: 'Notices whose clocks are running',
  reviews: 'Screening review queue',
  licences: 'Export licences expiring within 90 days',
  due: 'Due',
  article: 'Article',
  obligation: 'Obligation',
  obligor: 'Owed by',
  status: 'Status',
  kind: 'Kind',
  subject: 'Subject',
  state: 'State',
  sender: 'Sender',
  ends: 'Clock ends',
  runAt: 'Run on',
  destination: 'Destination',
  decision: 'Decision',
  licence: 'Licence',
  validTo: 'Valid until',
  destinations: 'Destinations',
} as const;

export type LabelKey = keyof typeof EN;

const ZH: Record<LabelKey, string> = {
  title: '合规仪表板',
  language: '语言',
  token: '访问令牌',
  tokenHelp:
    '开发环境：粘贴令牌（npm run token -- --email legal@jv.demo）。生产环境：留空，由登录系统提供。',
  load: '显示我的仪表板',
  signedInAs: '当前用户',
  signInFailed: '登录失败：请检查令牌或重新登录。',
  loading: '加载中…',
  notPermitted: '您的角色无权查看此部分。',
  failed: '此部分无法加载。',
  none: '暂无内容。',
  deadlines: '未来90天的截止日期',
  missed: '已逾期的义务',
  notices: '期限正在计算的通知',
  reviews: '筛查复核队列',
  licences: '90天内到期的出口许可证',
  due: '截止日',
  article: '条款',
  obligation: '义务',
  obligor: '义务方',
  status: '状态',
  kind: '类型',
  subject: '事由',
  state: '状态',
  sender: '发送方',
  ends: '期限届满',
  runAt: '检查日期',
  destination: '目的地',
  decision: '结论',
  licence: '许可证',
  validTo: '有效期至',
  destinations: '目的地',
};

export const DASHBOARD_LABELS = { en: EN, 'zh-CN': ZH } as const;
