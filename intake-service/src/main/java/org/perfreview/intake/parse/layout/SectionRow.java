package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.Text;
import org.perfreview.intake.normalize.TextFolder;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section row of a form without 一级指标/二级指标 columns: one text naming the level of the indicators below it
 * (一、产出指标, （一）数量指标, 2.效益指标). Chinese numerals with 、 open a level-1 section, bracketed ones a
 * level-2 section; without numbering the lexicon's 一级指标 names tell the two apart. The numbering is not kept.
 */
record SectionRow(boolean levelOne, Text name) {

    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?:([一二三四五六七八九十]+)\\s*[、.．]|[(（]\\s*([一二三四五六七八九十]+)\\s*[)）]|(\\d+)\\s*[、.．])?\\s*(.+?)\\s*$");

    /** The section a row names, or null when the row is not one. */
    static SectionRow of(SheetRow row, Lexicon lexicon) {
        List<CellText> own = row.nonBlankOrigins();
        if (own.size() != 1) {
            return null;
        }
        CellText cell = own.get(0);
        Matcher m = NUMBERED.matcher(cell.raw());
        if (!m.matches()) {
            return null;
        }
        String name = TextFolder.fold(m.group(4));
        if (name == null || name.length() > 16 || !name.endsWith("指标")) {
            return null;
        }
        boolean one = m.group(1) != null || m.group(2) == null && lexicon.isLevelOne(Labels.key(name));
        return new SectionRow(one, new Text(name, cell.raw(), cell.origin()));
    }
}
