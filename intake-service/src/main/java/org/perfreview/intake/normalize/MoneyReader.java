package org.perfreview.intake.normalize;

import org.perfreview.contracts.table.Amount;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.contracts.table.Position;

import java.math.BigDecimal;

/**
 * Reads a money cell into 万元 under the unit declared for it. A unit written after the number wins; else the
 * declared one scales the number; with none declared the number is taken as filed (the templates' 万元) and the
 * amount's unit stays empty. When the declared unit cannot be told, the amount gets no value and a positioned
 * problem (an ERROR note: scoring lists it among the unit's problems to fix): a number is never scaled by a guess.
 */
public final class MoneyReader {

    private MoneyReader() {
    }

    public static Reading read(String raw, Position at, MoneyUnit.Declaration declared) {
        BigDecimal number = AmountParser.parse(stripUnit(raw));
        MoneyUnit own = MoneyUnit.suffixOf(raw);
        if (number == null) {
            return new Reading(new Amount(null, raw, at, own == null ? null : own.word()), null);
        }
        if (own != null) {
            return new Reading(new Amount(own.toWan(number), raw, at, own.word()), null);
        }
        if (declared == null) {
            return new Reading(new Amount(number, raw, at), null);
        }
        if (declared.unknown()) {
            ParseNote problem = new ParseNote(ParseNote.Level.ERROR, at,
                    "金额单位无法确定（“" + declared.text() + "”），金额未换算为万元，请注明元、万元或亿元",
                    "金额单位：元、万元或亿元", raw);
            return new Reading(new Amount(null, raw, at), problem);
        }
        return new Reading(new Amount(declared.unit().toWan(number), raw, at, declared.unit().word()), null);
    }

    /** {@code 12,300元} → {@code 12,300}; the 万元 suffix is left to {@link AmountParser}. */
    private static String stripUnit(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        for (String w : new String[]{"亿元", "千元"}) {
            if (s.endsWith(w)) {
                return s.substring(0, s.length() - w.length());
            }
        }
        return s.endsWith("元") && !s.endsWith("万元") ? s.substring(0, s.length() - 1) : s;
    }

    /** The amount, and the problem when its unit could not be told. */
    public record Reading(Amount amount, ParseNote problem) {
    }
}
