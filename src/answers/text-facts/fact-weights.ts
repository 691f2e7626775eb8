/**
 * The weights of the text-fact ranker, in one place. A sentence's score adds up its evidence:
 * the question's words it holds (each weighted by how rare it is among the report's sentences),
 * the question's character bigrams it holds (likewise), a word that labels the answer type
 * (电话, 地址, 组长), and the answer's shape (a phone number, a date, 〔2019〕12号) — strongest
 * when the shape stands right after the label of its own type.
 */

/** Per unit of rarity of a question word the sentence holds. */
export const WORD_WEIGHT = 1;
/** Share of a word's or bigram's weight when only the clauses before the sentence, up to a full stop, hold it. */
export const LEAD_SHARE = 0.5;
/** Factor on the weight of the noun the question asks which of (地市 of 哪些地市). */
export const HEAD_BOOST = 2;
/** Per unit of rarity of a question bigram the sentence holds. */
export const BIGRAM_WEIGHT = 0.3;
/** A label of the asked type in the sentence (电话 for a phone). */
export const LABEL_WEIGHT = 2;
/** The answer's shape in the sentence (a phone number for a phone). */
export const SHAPE_WEIGHT = 4;
/** The shape right after a label of the asked type (电话:0731-5550123), not another's (传真:…). */
export const LABELLED_SHAPE_WEIGHT = 4;
/** A name in quotes set right beside the thing the question asks the name of (公众平台“魅力侨乡”), for all the question's words. */
export const NAME_BESIDE_WEIGHT = 6;
/** A person asked by post (组长是谁) and the sentence's shape names that post (组长:…, 以…为组长). */
export const POST_SHAPE_WEIGHT = 4;
/** How far from a name that thing may stand, in characters. */
export const NAME_BESIDE_REACH = 6;
/** How far before a shape its label may stand, in characters (地址：岚溪县城关街道青石路36号). */
export const LABEL_REACH = 16;

/** Least score of a sentence answering a type that has no shape of its own (persons, phrases). */
export const MIN_SHAPELESS_SCORE = 4;
/** Least score of a sentence holding `WHOLE_COVERAGE` of the question's words, for a shapeless type. */
export const MIN_WHOLE_SCORE = 2.5;
/** The share of the question's word and bigram weight that counts as all of it. */
export const WHOLE_COVERAGE = 0.95;
/** Least share of the question's word and bigram weight a sentence must hold to answer a shapeless type. */
export const MIN_SHAPELESS_COVERAGE = 0.4;
/** The same for a sentence that holds the answer's shape (a name in quotes, an enumeration). */
export const MIN_SHAPED_COVERAGE = 0.2;
/** Least share of the question's word and bigram weight a sentence must hold to say yes to a yes/no fact. */
export const MIN_YES_COVERAGE = 0.5;
