package org.perfreview.portal.rest;

import jakarta.ws.rs.BadRequestException;
import java.math.BigDecimal;

/** Numbers typed into a form: a clear 400 naming the field, never a 500. */
final class FormNumbers {
    private FormNumbers() {
    }

    static BigDecimal decimal(String field, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("字段 " + field + " 需要数字，收到：" + text);
        }
    }
}
