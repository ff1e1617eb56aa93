package org.perfreview.intake.parse.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.perfreview.intake.parse.row.MergeRegions;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects a sheet's {@code <mergeCell ref="A6:A18"/>} elements, which Excel writes after all rows: alone, as a
 * cheap first pass over a sheet too long to keep its rows, or beside the row pass ({@link XlsxRowSource}).
 */
final class MergeCellCollector extends DefaultHandler {

    private final MergeRegions regions = new MergeRegions();

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if ("mergeCell".equals(localName)) {
            String ref = attributes.getValue("ref");
            if (ref != null && ref.indexOf(':') > 0) {
                try {
                    CellRangeAddress r = CellRangeAddress.valueOf(ref);
                    regions.add(r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn() + 1, r.getLastColumn() + 1);
                } catch (IllegalArgumentException e) {
                    // A malformed reference merges nothing; the values stay where they are.
                }
            }
        }
    }

    MergeRegions regions() {
        return regions;
    }
}
