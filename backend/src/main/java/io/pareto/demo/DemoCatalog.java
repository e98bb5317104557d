package io.pareto.demo;

import java.util.List;

/** The fixed ingredients of the demo dataset: industries, customers, people. */
final class DemoCatalog {
  private DemoCatalog() {}

  record IndustryRow(String code, String en, String zh, String tier) {}

  /** docs/method.md §2: five major, five minor and five tracked industries. */
  static final List<IndustryRow> INDUSTRIES =
      List.of(
          new IndustryRow("FINANCE", "Finance", "金融", "MAJOR"),
          new IndustryRow("TAX", "Tax", "税务", "MAJOR"),
          new IndustryRow("EDUCATION", "Education", "教育", "MAJOR"),
          new IndustryRow("SECURITIES", "Securities", "证券", "MAJOR"),
          new IndustryRow("POSTAL", "Postal", "邮政", "MAJOR"),
          new IndustryRow("TELECOM", "Telecom", "电信", "MINOR"),
          new IndustryRow("PUBLIC_SECURITY", "Public security", "公安", "MINOR"),
          new IndustryRow("TRANSPORT", "Transport", "交通", "MINOR"),
          new IndustryRow("MILITARY", "Military", "军队", "MINOR"),
          new IndustryRow("INSURANCE", "Insurance", "保险", "MINOR"),
          new IndustryRow("POWER", "Power", "电力", "TRACKED"),
          new IndustryRow("WATER", "Water", "水务", "TRACKED"),
          new IndustryRow("TOBACCO", "Tobacco", "烟草", "TRACKED"),
          new IndustryRow("HEALTH", "Health", "卫生", "TRACKED"),
          new IndustryRow("MANUFACTURING", "Manufacturing", "制造", "TRACKED"));

  record AccountRow(String name, String industry, String region) {}

  /** 64 customers, Chinese and English names, spread over the 15 industries. */
  static final List<AccountRow> ACCOUNTS =
      List.of(
          new AccountRow("中国工商银行江苏省分行", "FINANCE", "华东"),
          new AccountRow("招商银行深圳分行", "FINANCE", "华南"),
          new AccountRow("Bank of Ningbo", "FINANCE", "华东"),
          new AccountRow("江苏省农村信用社联合社", "FINANCE", "华东"),
          new AccountRow("北京银行", "FINANCE", "华北"),
          new AccountRow("国家税务总局上海市税务局", "TAX", "华东"),
          new AccountRow("国家税务总局浙江省税务局", "TAX", "华东"),
          new AccountRow("Shenzhen Tax Service", "TAX", "华南"),
          new AccountRow("国家税务总局河北省税务局", "TAX", "华北"),
          new AccountRow("浙江大学", "EDUCATION", "华东"),
          new AccountRow("南京大学", "EDUCATION", "华东"),
          new AccountRow("Tsinghua University", "EDUCATION", "华北"),
          new AccountRow("华南理工大学", "EDUCATION", "华南"),
          new AccountRow("上海市教育委员会", "EDUCATION", "华东"),
          new AccountRow("中信证券", "SECURITIES", "华北"),
          new AccountRow("华泰证券", "SECURITIES", "华东"),
          new AccountRow("Guotai Junan Securities", "SECURITIES", "华东"),
          new AccountRow("海通证券", "SECURITIES", "华东"),
          new AccountRow("中国邮政集团江苏省分公司", "POSTAL", "华东"),
          new AccountRow("China Post Guangdong", "POSTAL", "华南"),
          new AccountRow("中国邮政储蓄银行北京分行", "POSTAL", "华北"),
          new AccountRow("中国移动江苏公司", "TELECOM", "华东"),
          new AccountRow("中国电信上海公司", "TELECOM", "华东"),
          new AccountRow("China Unicom Beijing", "TELECOM", "华北"),
          new AccountRow("中国铁塔广东分公司", "TELECOM", "华南"),
          new AccountRow("南京市公安局", "PUBLIC_SECURITY", "华东"),
          new AccountRow("杭州市公安局", "PUBLIC_SECURITY", "华东"),
          new AccountRow("Guangzhou Public Security Bureau", "PUBLIC_SECURITY", "华南"),
          new AccountRow("上海申通地铁集团", "TRANSPORT", "华东"),
          new AccountRow("北京首都国际机场", "TRANSPORT", "华北"),
          new AccountRow("Shenzhen Metro Group", "TRANSPORT", "华南"),
          new AccountRow("江苏交通控股有限公司", "TRANSPORT", "华东"),
          new AccountRow("某战区联勤保障中心", "MILITARY", "华北"),
          new AccountRow("Army Logistics Academy", "MILITARY", "西南"),
          new AccountRow("中国人寿江苏省分公司", "INSURANCE", "华东"),
          new AccountRow("中国平安财产保险", "INSURANCE", "华南"),
          new AccountRow("Pacific Insurance Shanghai", "INSURANCE", "华东"),
          new AccountRow("新华保险北京分公司", "INSURANCE", "华北"),
          new AccountRow("国网江苏省电力有限公司", "POWER", "华东"),
          new AccountRow("南方电网广东电网公司", "POWER", "华南"),
          new AccountRow("State Grid Hebei", "POWER", "华北"),
          new AccountRow("华能国际电力", "POWER", "华北"),
          new AccountRow("北京市自来水集团", "WATER", "华北"),
          new AccountRow("深圳市水务集团", "WATER", "华南"),
          new AccountRow("Suzhou Water Supply", "WATER", "华东"),
          new AccountRow("江苏中烟工业有限责任公司", "TOBACCO", "华东"),
          new AccountRow("浙江中烟工业有限责任公司", "TOBACCO", "华东"),
          new AccountRow("Yunnan Tobacco Company", "TOBACCO", "西南"),
          new AccountRow("江苏省人民医院", "HEALTH", "华东"),
          new AccountRow("复旦大学附属中山医院", "HEALTH", "华东"),
          new AccountRow("Peking Union Medical College Hospital", "HEALTH", "华北"),
          new AccountRow("广东省卫生健康委员会", "HEALTH", "华南"),
          new AccountRow("上海市第一人民医院", "HEALTH", "华东"),
          new AccountRow("徐工集团", "MANUFACTURING", "华东"),
          new AccountRow("美的集团", "MANUFACTURING", "华南"),
          new AccountRow("BYD Auto", "MANUFACTURING", "华南"),
          new AccountRow("三一重工", "MANUFACTURING", "华中"),
          new AccountRow("海尔智家", "MANUFACTURING", "华东"),
          new AccountRow("格力电器", "MANUFACTURING", "华南"),
          new AccountRow("Sany Heavy Energy", "MANUFACTURING", "华中"),
          new AccountRow("中国建设银行湖北省分行", "FINANCE", "华中"),
          new AccountRow("武汉大学", "EDUCATION", "华中"),
          new AccountRow("Chongqing Rural Commercial Bank", "FINANCE", "西南"),
          new AccountRow("成都市公安局", "PUBLIC_SECURITY", "西南"));

  static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"
  };
  static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军", "杰", "涛", "明", "超", "霞", "平", "建国", "晓东",
    "海燕", "志强"
  };

  /** Typical titles per decision-map layer (docs/method.md §6), zh and en. */
  static final String[][] EXECUTIVE_TITLES = {{"董事长", "信息化领导小组组长"}, {"Chairman", "President"}};

  static final String[][] DECISION_TITLES = {
    {"分管副总", "信息中心主任", "采购部总经理"}, {"Vice President", "CIO", "Head of Procurement"}
  };
  static final String[][] IMPLEMENTATION_TITLES = {
    {"项目经理", "系统运维科科长", "技术主管"}, {"Project Manager", "IT Operations Lead", "Technical Lead"}
  };
  static final String[][] USER_TITLES = {
    {"业务骨干", "系统管理员", "一线用户代表"}, {"Key User", "System Administrator", "User Representative"}
  };

  static final String[] DEAL_NAMES = {
    "核心系统扩容项目",
    "数据中心升级",
    "年度运维服务",
    "Cloud migration",
    "安全加固项目",
    "新一代业务平台",
    "Analytics platform",
    "终端更新采购",
    "灾备中心建设",
    "移动办公平台"
  };
}
