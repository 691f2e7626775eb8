/**
 * The units of the 新疆生产建设兵团 written before its towns as places are (第一师阿拉尔市十六团新开岭镇):
 * a division (第一师) runs a city, a regiment (十六团) the town after it.
 */

/** A division opening a name, with the corps before it if written. */
export const CORPS_DIVISION = /^(?:新疆生产建设兵团)?第[一二三四五六七八九十]{1,3}师/;
/** A regiment opening a name (十六团, 一五二团, 29团). */
export const CORPS_REGIMENT = /^[一二三四五六七八九十百零〇\d]{1,4}团(?:场)?/;
