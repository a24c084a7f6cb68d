package org.aigc.health.phi;

import java.util.regex.Pattern;

/** The patterns behind {@link PhiDetector}; group 1, where present, is the identifier itself (after its label). */
final class PhiPatterns {

    static final String STATES = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV"
            + "|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR";
    private static final String CAP = "[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)?";
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String ID = "((?=[A-Za-z-]*\\d)[A-Za-z0-9][A-Za-z0-9-]{3,24})";
    private static final String NO = "(?i:\\s*(?:no\\.?|number|num|#|id))?\\s*[:#]?\\s*";
    private static final int CI = Pattern.CASE_INSENSITIVE;

    // A: names after a label, an honorific, a relation, or before "is a 45-year-old"; Chinese names after 患者/姓名
    static final Pattern LABELLED_NAME = Pattern.compile("\\b(?:(?i:patient|pt|name|patient name|full name|client"
            + "|resident|member|insured|guardian|emergency contact|next of kin|employer|spouse|wife|husband|son"
            + "|daughter|mother|father|brother|sister|partner|caregiver|signed|referred by))(?:'s name)?\\s*(?::|,|is|-)?"
            + "\\s+(" + CAP + "(?:\\s+[A-Z]\\.)?(?:\\s+" + CAP + "){0,2})");
    static final Pattern HONORIFIC_NAME = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?\\s+(" + CAP
            + "(?:\\s+" + CAP + ")?)");
    static final Pattern NAME_BEFORE_AGE = Pattern.compile("\\b(" + CAP + "\\s+" + CAP
            + "),?\\s+(?:is\\s+)?an?\\s+\\d{1,3}[- ](?:year|yr|y/o)");
    static final Pattern CHINESE_NAME = Pattern.compile("(?:患者|病人|姓名|家属|联系人)[：:\\s]*(\\p{IsHan}{2,3})(?=[，,。；;\\s、（(]|$)"
            + "|(\\p{IsHan}(?:先生|女士|小姐))");
    static final Pattern EMPLOYER = Pattern.compile("(?i:works at|employed by|employer:)\\s+((?:[A-Z][\\w&]*\\s?){1,4})");

    // B: street addresses, PO boxes, city before a state, county; Chinese street addresses
    static final Pattern STREET = Pattern.compile("\\b\\d{1,6}\\s+(?:[A-Z][a-z]+\\s+){1,3}(?i:street|st|avenue|ave"
            + "|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|circle|highway|hwy|parkway)\\b\\.?"
            + "(?:,?\\s*(?i:apt|apartment|suite|unit|#)\\s*[\\w-]+)?|\\b(?i:p\\.?\\s?o\\.?\\s+box)\\s+\\d+");
    static final Pattern CITY_STATE = Pattern.compile("\\b(" + CAP + "(?:\\s+" + CAP + ")?),\\s*(?:" + STATES + ")\\b");
    static final Pattern LIVES_IN = Pattern.compile("\\b(?i:lives in|living in|resides in|resident of|moved from"
            + "|city of|town of)\\s+(" + CAP + "(?:\\s+" + CAP + ")?)");
    static final Pattern COUNTY = Pattern.compile("\\b" + CAP + "(?:\\s+" + CAP + ")?\\s+(?:County|Parish|Precinct)\\b");
    static final Pattern CHINESE_ADDRESS = Pattern.compile("(?:住址|地址|家住)[：:]?\\s*[^\\s，,。；;]{2,40}"
            + "|\\p{IsHan}{2,12}(?:路|街|巷|大道)\\d+(?:号|弄)(?:\\d+(?:栋|幢|单元|室|楼))*");
    static final Pattern ZIP = Pattern.compile("(?:\\b(?:" + STATES + ")\\s+|(?i:zip(?:\\s*code)?|postal code|邮编)"
            + "\\s*[:#]?\\s*)(\\d{5}(?:-\\d{4})?)\\b|\\b(\\d{5}-\\d{4})\\b");

    // C: dates (the year may stay), ages over 89, a birth year that reveals an age over 89
    static final Pattern DATE_WORDS = Pattern.compile("\\b(" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+(\\d{4}))?"
            + "\\b|\\b(\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ")(?:,?\\s+(\\d{4}))?\\b|\\b(" + MONTH
            + "\\s+\\d{4})\\b");
    static final Pattern DATE_NUMERIC = Pattern.compile("\\b(\\d{1,2}[/.-]\\d{1,2})[/.-](\\d{4}|\\d{2})\\b"
            + "|\\b(\\d{4})[/.-](\\d{1,2}[/.-]\\d{1,2})\\b");
    static final Pattern DATE_KEYED = Pattern.compile("\\b(?i:on|since|dated|dob|d\\.o\\.b\\.?|born|admitted|discharged"
            + "|seen|died|deceased)[:\\s]+(\\d{1,2}/\\d{1,2})\\b(?![/.-]\\d)");
    static final Pattern DATE_CHINESE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2}月\\d{1,2}[日号])");
    static final Pattern AGE = Pattern.compile("\\b(?:9\\d|1[0-4]\\d)(?:[- ]?(?:years?|yrs?)(?:[- ]old)?|[- ]?y/?o)\\b"
            + "|\\b(?i:aged?|age:)\\s*(?:9\\d|1[0-4]\\d)\\b|(?:9\\d|1[0-4]\\d)\\s*岁", CI);
    static final Pattern BIRTH_YEAR = Pattern.compile("\\b(?i:born(?: in)?|dob|year of birth|birth year)[:\\s]+(\\d{4})\\b");

    // D-F: phone and fax numbers (fax when labelled so), e-mail
    static final Pattern PHONE = Pattern.compile("(?<![\\w-])(?:\\+?1[-.\\s]?)?\\(?\\d{3}\\)?[-.\\s]\\d{3}[-.\\s]\\d{4}\\b"
            + "|(?<![\\w-])\\+\\d{1,3}[\\s-]?\\d{1,4}(?:[\\s-]?\\d{2,4}){2,3}\\b|(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    static final Pattern FAX_LABEL = Pattern.compile("(?i:fax|facsimile|传真)\\s*(?:no\\.?|number|#)?\\s*[:：]?\\s*$");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    // G-M, R: numbers after their label, and the formats that identify on their own
    static final Pattern SSN = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b|(?i:ssn|social security(?: number| no\\.?)?)"
            + "\\s*[:#]?\\s*(\\d{9}|\\d{3}\\s\\d{2}\\s\\d{4})\\b");
    static final Pattern MRN = Pattern.compile("(?<![A-Za-z])(?i:mrn|medical record|chart|病历号|住院号|门诊号)" + NO + ID);
    static final Pattern HEALTH_PLAN = Pattern.compile("(?<![A-Za-z])(?i:member|subscriber|policy|health plan|insurance"
            + "|beneficiary|medicare|medicaid|group|医保卡?号?)" + NO + ID
            + "|\\b([1-9][AC-HJKMNP-RT-Yac-hjkmnp-rt-y][AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]\\d[AC-HJKMNP-RT-Y]"
            + "[AC-HJKMNP-RT-Y0-9]\\d[AC-HJKMNP-RT-Y]{2}\\d{2})\\b");
    static final Pattern ACCOUNT = Pattern.compile("(?<![A-Za-z])(?i:account|acct|billing|invoice|账号|账户)" + NO + ID);
    static final Pattern LICENCE = Pattern.compile("(?<![A-Za-z])(?i:licen[cs]e|driver'?s licen[cs]e|dl|dea|npi|certificate"
            + "|passport|执业证书?|驾驶证)" + NO + ID);
    static final Pattern VEHICLE = Pattern.compile("(?<![A-Za-z])(?i:licen[cs]e plate|plate|vin|车牌号?)" + NO
            + "((?=[A-Za-z\\p{IsHan}-]*\\d)[A-Za-z0-9\\p{IsHan}][A-Za-z0-9-]{1,16})|\\b((?=[A-HJ-NPR-Z0-9]*\\d)(?=[A-HJ-NPR-Z0-9]*[A-Z])"
            + "[A-HJ-NPR-Z0-9]{17})\\b");
    static final Pattern DEVICE = Pattern.compile("(?<![A-Za-z])(?i:serial|s/n|sn|device|udi|imei|pacemaker|implant|pump)" + NO
            + "((?=[A-Za-z-]*\\d)[A-Za-z0-9][A-Za-z0-9()-]{3,40})");
    static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>\"'）)]+", CI);
    static final Pattern IP = Pattern.compile("\\b(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\b"
            + "|\\b(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}\\b");
    static final Pattern OTHER_ID = Pattern.compile("(?<![A-Za-z])(?i:patient id|case|claim|accession|specimen|encounter|visit"
            + "|身份证号?|编号)" + NO + ID + "|\\b(\\d{17}[\\dXx])\\b|(?<![\\d.,])(\\d{9,})(?![\\d.,])");

    private PhiPatterns() {
    }
}
