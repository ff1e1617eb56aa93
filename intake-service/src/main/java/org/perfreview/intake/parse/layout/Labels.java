package org.perfreview.intake.parse.layout;

import org.perfreview.intake.normalize.NarrowForms;
import org.perfreview.intake.normalize.TextFolder;

import java.util.List;

/**
 * Header and form labels compared by key: spaces and line breaks removed, full-width brackets and colons
 * narrowed (评（扣）分标准 = 评(扣)分标准), a trailing colon dropped.
 */
public final class Labels {

    /** Labels of the form tables (project, self-evaluation, base data). */
    private static final List<String> FORM = List.of(
            "项目名称", "项目支出名称", "主管部门", "实施单位", "项目属性", "项目期限", "实施期限", "项目资金", "资金总额",
            "财政拨款", "其他资金", "结转", "总体目标", "中长期目标", "年度目标", "总目标", "预期目标", "实际完成情况",
            "绩效指标", "一级指标", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "总分", "编制数",
            "在职人数", "控制率", "部门名称", "单位名称", "决算数", "预算数", "按收入性质分", "按支出性质分");

    private Labels() {
    }

    public static String key(String raw) {
        if (raw == null) {
            return "";
        }
        String k = TextFolder.squeeze(NarrowForms.of(raw));
        while (k.endsWith(":")) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }

    /** A short text containing one of the words: long texts (goals, explanations) that mention a label are not labels. */
    public static boolean isLabel(String key, String... words) {
        for (String w : words) {
            if (key.contains(w) && key.length() <= w.length() + 10) {
                return true;
            }
        }
        return false;
    }

    public static boolean isFormLabel(String key) {
        return FORM.stream().anyMatch(w -> isLabel(key, w));
    }
}
