package org.aigc.media.compliance;

import java.util.regex.Pattern;

/** MD-05: a byline or credit line that names an AI as the author. */
public final class Bylines {

    /** Same expression as the MD-05 rule row, which removes such a line from generated text. */
    public static final String AI_BYLINE = "(?m)^[ \\t]*(?:by|written by|author:|作者[:：]?|文[/／]|记者[:：]?)[ \\t]*"
            + "(?:an? )?(?:(?:ai|a\\.i\\.|chatgpt|gpt[-\\w.]*|claude|gemini|llm|language model)(?![a-z])|人工智能|机器人"
            + "|ai助手|ai写作)[^\\n]*$";

    private static final Pattern PATTERN = Pattern.compile(AI_BYLINE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Bylines() {
    }

    /** True when the byline credits an AI (with or without a "By" prefix). */
    public static boolean namesAnAi(String byline) {
        String line = byline.strip();
        return PATTERN.matcher(line).find() || PATTERN.matcher("By " + line).find();
    }
}
