package org.perfreview.support.web;

import java.util.regex.Pattern;

/** Checks of text that enters through the API, before it reaches the database or an event. */
public final class Inputs {

    /** C0 controls except tab, line feed and carriage return, and DEL: PostgreSQL refuses NUL in text and JSON. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern UNIT_CODE = Pattern.compile("\\d{6}");

    private Inputs() {
    }

    public static boolean hasControlCharacter(String s) {
        return s != null && CONTROL.matcher(s).find();
    }

    /** The text without control characters (tab, line feed and carriage return stay). */
    public static String withoutControlCharacters(String s) {
        return s == null || !hasControlCharacter(s) ? s : CONTROL.matcher(s).replaceAll("");
    }

    public static String requireNoControlCharacters(String field, String value) {
        if (hasControlCharacter(value)) {
            throw new InvalidInputException(field, field + " 含有控制字符（如 NUL），请删除后重试");
        }
        return value;
    }

    public static boolean isUnitCode(String s) {
        return s != null && UNIT_CODE.matcher(s).matches();
    }

    /** A unit code is 6 digits; anything else is refused naming the field. */
    public static String requireUnitCode(String field, String value) {
        if (!isUnitCode(value)) {
            throw new InvalidInputException(field, field + " 必须是6位数字的单位编码，收到：" + shown(value));
        }
        return value;
    }

    /** The value as quoted in an error: control characters removed and at most 40 characters. */
    public static String shown(String value) {
        if (value == null) {
            return "空";
        }
        String s = withoutControlCharacters(value);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
