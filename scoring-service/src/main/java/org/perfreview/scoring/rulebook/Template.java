package org.perfreview.scoring.rulebook;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders the rulebook's Chinese message and fix templates: {@code {name}} is replaced by a variable. */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private Template() {
    }

    /** Unknown placeholders render as an empty string so that no raw braces reach a unit's notice. */
    public static String render(String template, Map<String, String> vars) {
        if (template == null || template.indexOf('{') < 0) {
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (m.find()) {
            String value = vars.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Names of the placeholders a template uses, for validation and tests. */
    public static java.util.Set<String> placeholders(String template) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        if (template != null) {
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
