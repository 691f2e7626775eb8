/**
 * The weights of the figure ranking, in one place: each names a piece of evidence that a stored
 * figure is the one a question asks for, and how much it counts. Scores add up; the candidate with
 * the highest score among those that fit (a metric or category asked names it, or its clause holds
 * enough of the question's own words) answers.
 */
export const WEIGHTS = {
  /** The figure holds a template metric the question's measure names (the first key tried; later ones less by METRIC_ORDER_STEP). */
  METRIC_KEY: 6,
  METRIC_ORDER_STEP: 0.5,
  /** The figure is a 其中 part of a total holding a metric the question's measure names (通过信函提交申请 of 收到申请). */
  PART_OF_METRIC: 3,
  /** No figure holds a template metric asked, and the figure's clause holds a phrase naming the measure (继续办理 of 结转下年). */
  MEASURE_PHRASE: 3,
  /** The question names a channel of disclosure (微博) and the figure's clause names that channel alone. */
  ONE_CHANNEL: 4,
  /** … and the figure's label lists it among other channels: a total over them all. */
  SEVERAL_CHANNELS: -4,
  /** … and the figure's clause names other channels only (依托政府网站公开31条 against 微信公众号公开多少条). */
  OTHER_CHANNEL: -4,
  /** The question names the noun it counts after its measure word (多少次意见), another fitting figure's label holds it and this one's does not. */
  NOUN_COUNTED_ELSEWHERE: -6,
  /** The question writes a place beyond its agency's name (泾县12345热线) and the figure's label names only other places (宣城市12345热线). */
  OTHER_PLACE: -2,
  /** The figure is the proactive-disclosure category the question names (政策法规 of 其中政策法规2条). */
  CATEGORY_NAMED: 6,
  /** Share of the question's rarity-weighted bigrams found in the figure's label. */
  LABEL_WORDS: 4,
  /** … found only in its clause (the noun after the number, its 其中 parent). */
  CLAUSE_WORDS: 2.5,
  /** … found only elsewhere in its sentence. */
  QUOTE_WORDS: 1,
  /** Share of the label's own bigrams the question holds: a short label the question holds whole is what it names. */
  LABEL_COVERAGE: 3,
  /** The question writes the whole label (网上申请, 网站访问量), three characters or more. */
  LABEL_WHOLE: 4,
  /** The figure's label opens with 其他 (其他文件类信息) and the question asks for no remainder. */
  REMAINDER_UNASKED: -3,
  /** In a run of counts said in parallel (保留…65件、废止52件), the question writes the verb that sets this one apart. */
  RUN_VERB_ASKED: 1.5,
  /** The question names a reason for not disclosing (本机关不掌握) that the figure's label names: the count of that outcome. */
  REASON_NAMED: 3,
  /** The question writes the label's head noun, its last two characters (访问量, 来电). */
  HEAD_NOUN: 1.5,
  /** What a word of the question only the figure's sentence holds counts as held against OWN_WORDS_MISSING: a sentence may list several counts. */
  QUOTE_HELD: 0.2,
  /** Times the share of the question's own words (beyond its measure's phrases and the report's title) the figure does not hold. */
  OWN_WORDS_MISSING: -5,
  /** The measure word asked (多少篇) is the figure's unit. */
  UNIT_AGREES: 3,
  /** … and is the very word asked (个 of 多少个部门), not one it accepts (人 of 50余人). */
  UNIT_EXACT: 1,
  /** The measure word asked is not the figure's unit. */
  UNIT_CLASH: -10,
  /** A measure word is asked and the report wrote none after the count (推送信息1363): a little below one written. */
  UNIT_UNWRITTEN: -1,
  /** No measure word asked, and the figure is in the unit of the measure the question names. */
  INTENT_UNIT: 0.5,
  /** The question writes the figure's value with its unit (从12项减到多少项): it states that count and asks another. */
  GIVEN_IN_QUESTION: -6,
  /** A percentage when the question asks for no rate or share. */
  PERCENT_UNASKED: -3,
  /** Both say 累计 (or both 新增/本年). */
  QUALIFIER_AGREES: 3,
  /** The question asks this year's count (新增, 本年) and the figure is a running total, or the other way round. */
  QUALIFIER_CLASH: -4,
  /** The question asks a running total (累计, 截至) and the figure says nothing of time: a total the report states as running wins. */
  RUNNING_TOTAL_UNSTATED: -4,
  /** A running total when the question says nothing of it: a year's report is read for that year. */
  CUMULATIVE_UNASKED: -1,
  /** The question asks for the change on the year before and the figure states it. */
  CHANGE_AGREES: 5,
  /** The question asks for the change on the year before and the figure states none: the year's own count is only one side of it. */
  CHANGE_UNSTATED: -12,
  /** A change on the year before, or a plan, when the question asks for neither. */
  CHANGE_UNASKED: -6,
  PLAN_UNASKED: -3,
  /** The question asks of the body's own (自己网站) and the figure's clause names the report's body. */
  OWN_BODY_NAMED: 3,
  /** The question asks the whole (一共, 总共) and the figure is a 其中 part of a fitting total holding as much of the question. */
  PART_OF_WHOLE_ASKED: -5,
  /** The figure is a 其中 part of a fitting total and holds more of the question's own words than it. */
  PART_NAMES_ASKED: 4,
  /** … unless another part of that total holds this many of the question's words this one lacks: both asked, their total answers. */
  SIBLING_NAMED_PAIRS: 2,
  /** … where the part holds at least this share of them (not a chance pair: 省政府 of 省政府公报 in 省政府文件33个). */
  PART_OWN_SHARE: 0.75,
  /** … and holds this much more of them than its total: one chance pair more (市政 of 市政府工作报告 against 市政府网站) is not enough. */
  PART_OWN_MARGIN: 0.1,
  /** The figure stands in the section the measure belongs to. */
  SECTION_FIT: 0.5,
  /** Fewest distinct bigrams of the question's own words a figure no metric or category names must hold. */
  MIN_SHARED: 2,
  /** … and the least share of their rarity-weighted sum it must hold. */
  MIN_OWN_SHARE: 0.4,
  /** Least share of the question's own word pairs the report holds anywhere for one held pair to be enough. */
  MIN_PRESENT_SHARE: 0.3,
  /** What a word only the figure's sentence holds counts towards that share. */
  QUOTE_FIT: 0.5,
  /** A runner-up within this much of the winner is mentioned with it. */
  CLOSE_MARGIN: 1,
} as const;
