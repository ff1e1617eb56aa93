package org.perfreview.intake.parse.xlsx;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.perfreview.intake.parse.ExpansionBudget;
import org.perfreview.intake.parse.LimitExceededException;
import org.perfreview.intake.parse.ReaderLimits;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.MergeFiller;
import org.perfreview.intake.parse.row.RowHandler;
import org.perfreview.intake.parse.row.RowSource;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Streams an .xlsx: POI's {@link XSSFReader} over the package opened from a file (random access, POI's
 * zip-bomb checks on), read-only shared strings, and POI's hardened XML reader over each sheet. Merged values can
 * only be filled once the merges are known, and they sit at the end of the sheet XML, so a sheet of up to
 * {@link #KEPT_ROWS} rows (every table a unit files) is read in one pass, its rows kept until the merges at its end
 * fill them; a longer sheet (a compiled volume) is read twice, merges first, then rows handed on one at a time, so
 * memory stays flat however long it is (the load profile in BENCHMARKS.md section 4 found the second pass costing
 * about a tenth of intake's CPU).
 */
public final class XlsxRowSource implements RowSource {

    /** Rows a sheet may have to be read in one pass. */
    static final int KEPT_ROWS = 2_000;

    private final ReaderLimits limits;
    private final int keptRows;

    public XlsxRowSource(ReaderLimits limits) {
        this(limits, KEPT_ROWS);
    }

    /** {@code keptRows} 0: every sheet in two passes (tests compare the two ways). */
    XlsxRowSource(ReaderLimits limits, int keptRows) {
        this.limits = limits;
        this.keptRows = keptRows;
    }

    @Override
    public void read(Path file, RowHandler handler) throws IOException {
        ExpansionBudget budget = new ExpansionBudget(limits.maxExpandedBytes());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Workbook workbook = new Workbook(budget, sharedStrings(pkg, budget), reader.getStylesTable(), new DataFormatter(Locale.ROOT));
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                sheets.next().close();
                String name = sheets.getSheetName();
                PackagePart part = sheets.getSheetPart();
                if (keptRows == 0 || !readInOnePass(workbook, name, part, handler)) {
                    readInTwoPasses(workbook, name, part, handler);
                }
            }
        } catch (RowCollector.LimitSignal e) {
            throw new LimitExceededException(e.getMessage());
        } catch (SAXException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("工作表 XML 无法解析：" + e.getMessage(), e);
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw new IOException("xlsx 包结构无效：" + e.getMessage(), e);
        }
    }

    /** What every sheet of one workbook is read with. */
    private record Workbook(ExpansionBudget budget, ReadOnlySharedStringsTable strings, StylesTable styles, DataFormatter formatter) {
    }

    /**
     * Rows and merges on one pass, the rows kept and filled at the end. False when the sheet has more rows than are
     * kept: nothing was handed on yet, and the sheet is then read in two passes.
     */
    private boolean readInOnePass(Workbook wb, String name, PackagePart part, RowHandler handler) throws IOException, SAXException {
        MergeCellCollector merges = new MergeCellCollector();
        KeptRows kept = new KeptRows(keptRows);
        ContentHandler sheet = new XSSFSheetXMLHandler(wb.styles(), wb.strings(), new RowCollector(name, kept, limits), wb.formatter(), false) {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
                merges.startElement(uri, localName, qName, attributes);
                super.startElement(uri, localName, qName, attributes);
            }
        };
        try {
            parse(part, wb.budget(), sheet);
        } catch (KeptRows.Full e) {
            return false;
        }
        handler.startSheet(name);
        kept.replay(name, new MergeFiller(merges.regions(), limits.maxColumns()), handler);
        handler.endSheet();
        return true;
    }

    /** Merges first, then the rows handed on one at a time as they are read. */
    private void readInTwoPasses(Workbook wb, String name, PackagePart part, RowHandler handler) throws IOException, SAXException {
        MergeCellCollector merges = new MergeCellCollector();
        parse(part, wb.budget(), merges);
        handler.startSheet(name);
        MergeFiller filler = new MergeFiller(merges.regions(), limits.maxColumns());
        RowCollector rows = new RowCollector(name, (number, cells) -> handler.row(filler.fill(name, number, cells)), limits);
        parse(part, wb.budget(), new XSSFSheetXMLHandler(wb.styles(), wb.strings(), rows, wb.formatter(), false));
        handler.endSheet();
    }

    /** A sheet's rows as read, up to a limit, until its merges are known. */
    private static final class KeptRows implements RowCollector.RowSink {
        private final int limit;
        private final List<CellText[]> cells = new ArrayList<>();
        private final List<Integer> numbers = new ArrayList<>();

        /** Thrown through POI when a sheet has more rows than are kept. */
        static final class Full extends RuntimeException {
            Full() {
                super(null, null, false, false);
            }
        }

        KeptRows(int limit) {
            this.limit = limit;
        }

        @Override
        public void row(int number, CellText[] row) {
            if (cells.size() == limit) {
                throw new Full();
            }
            numbers.add(number);
            cells.add(row);
        }

        void replay(String sheet, MergeFiller filler, RowHandler handler) {
            for (int i = 0; i < cells.size(); i++) {
                handler.row(filler.fill(sheet, numbers.get(i), cells.get(i)));
            }
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg, ExpansionBudget budget)
            throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pkg);
        }
        try (InputStream in = budget.wrap(parts.get(0).getInputStream())) {
            return new ReadOnlySharedStringsTable(in);
        }
    }

    private static void parse(PackagePart part, ExpansionBudget budget, ContentHandler content)
            throws IOException, SAXException {
        try (InputStream in = budget.wrap(part.getInputStream())) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(content);
            xml.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IOException("XML 解析器不可用", e);
        }
    }
}
