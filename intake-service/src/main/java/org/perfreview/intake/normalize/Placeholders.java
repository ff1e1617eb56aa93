package org.perfreview.intake.normalize;

import java.util.Set;

/** Cell contents that stand in for content: 无, 不适用, /, —; and 涉密 (classified). */
public final class Placeholders {

    private static final Set<String> WORDS = Set.of(
            "无", "不适用", "不涉及", "无此项", "暂无", "/", "\\", "-", "--", "—", "——", "－", "N/A", "NA", "n/a", "空", "……", "…");

    private Placeholders() {
    }

    /** True for a placeholder after whitespace and a trailing full stop are removed. */
    public static boolean isPlaceholder(String text) {
        if (text == null) {
            return false;
        }
        String s = TextFolder.squeeze(text);
        if (s.endsWith("。") || s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return WORDS.contains(s) || WORDS.contains(NarrowForms.of(s));
    }

    /** 涉密 standing in place of content (涉密, 涉密内容, （涉密）); a sentence that mentions 涉密人员 is content. */
    public static boolean isClassified(String text) {
        if (text == null) {
            return false;
        }
        String s = TextFolder.squeeze(text);
        return s.contains("涉密") && s.length() <= 8;
    }
}
