package org.perfreview.scoring.rules;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether an indicator's 指标值 says no more than its 三级指标 (docs/domain.md, "indicator text equal to its
 * value"): the same text; the name with only words added that hold no figure (水域环境 → 水域环境清洁, 对社会造成负面
 * 影响 → 未对社会造成负面影响, 是否方便市民出行 → 方便市民出行); a value that is most of the name; or, with no figure on
 * either side, the same characters reordered (是否有益于岳阳经济的发展 → 对岳阳的经济发展有益). A value that adds a
 * number adds a measurable target and is not a copy.
 */
public final class NameValue {

    /** The question form a name may take: 是否X → X. */
    private static final String QUESTION = "是否";

    private NameValue() {
    }

    /**
     * @param minLength    shortest folded value considered
     * @param coreShare    least share of the name a value inside it must cover
     * @param reorderShare least share of the shorter text's characters the other must hold to count as reordered
     */
    public static boolean copies(String nameText, String valueText, int minLength, double coreShare, double reorderShare) {
        String name = Texts.key(nameText);
        String value = Texts.key(valueText);
        if (name.startsWith(QUESTION)) {
            name = name.substring(QUESTION.length());
        }
        if (value.length() < minLength || name.isEmpty()) {
            return false;
        }
        if (name.equals(value)) {
            return true;
        }
        if (name.length() > minLength && value.contains(name) && !hasDigit(value.replace(name, ""))) {
            return true;
        }
        if (name.contains(value) && value.length() >= coreShare * name.length()) {
            return true;
        }
        if (hasDigit(name) || hasDigit(value) || Math.min(name.length(), value.length()) < 4) {
            return false;
        }
        Set<Integer> a = chars(name);
        Set<Integer> b = chars(value);
        int shorter = Math.min(a.size(), b.size());
        a.retainAll(b);
        return a.size() >= reorderShare * shorter && Math.abs(name.length() - value.length()) <= 4;
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    private static Set<Integer> chars(String s) {
        Set<Integer> out = new HashSet<>();
        s.codePoints().forEach(out::add);
        return out;
    }
}
