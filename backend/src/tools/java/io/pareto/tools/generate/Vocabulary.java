package io.pareto.tools.generate;

import java.util.SplittableRandom;

/** The words generated names and codes are drawn from. */
final class Vocabulary {
  private Vocabulary() {}

  static final String[] INDUSTRIES = {
    "FINANCE",
    "TAX",
    "EDUCATION",
    "SECURITIES",
    "POSTAL",
    "TELECOM",
    "PUBLIC_SECURITY",
    "TRANSPORT",
    "MILITARY",
    "INSURANCE",
    "POWER",
    "WATER"
  };
  static final String[] REGIONS = {"华东", "华南", "华北", "华中", "西南", "西北", "东北"};
  static final String[] CITIES = {
    "南京", "上海", "杭州", "苏州", "广州", "深圳", "北京", "天津", "武汉", "成都", "西安", "沈阳"
  };
  static final String[] WORDS = {
    "华信", "联创", "中科", "远航", "恒通", "金桥", "瑞丰", "星河", "海纳", "天成", "博远", "众合"
  };
  static final String[] SUFFIXES = {"有限公司", "集团", "分行", "分公司", "研究院", "中心"};
  static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
  static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军", "杰", "涛"};
  static final String[] LAYERS = {"EXECUTIVE", "DECISION", "IMPLEMENTATION", "USER"};

  static String pick(SplittableRandom rnd, String[] values) {
    return values[rnd.nextInt(values.length)];
  }
}
