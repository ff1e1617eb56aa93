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
import org.perfreview.intake.parse.row.MergeFiller;
import org.perfreview.intake.parse.row.RowHandler;
import org.perfreview.intake.parse.row.RowSource;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Streams an .xlsx: POI's {@link XSSFReader} over the package opened from a file (random access, POI's
 * zip-bomb checks on), read-only shared strings, and per sheet two SAX passes with POI's hardened XML reader:
 * merges first (they sit at the end of the sheet XML), then rows, handed on one at a time.
 */
public final class XlsxRowSource implements RowSource {

    private final ReaderLimits limits;

    public XlsxRowSource(ReaderLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(Path file, RowHandler handler) throws IOException {
        ExpansionBudget budget = new ExpansionBudget(limits.maxExpandedBytes());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = sharedStrings(pkg, budget);
            StylesTable styles = reader.getStylesTable();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                sheets.next().close();
                String name = sheets.getSheetName();
                PackagePart part = sheets.getSheetPart();
                MergeCellCollector merges = new MergeCellCollector();
                parse(part, budget, merges);
                handler.startSheet(name);
                RowCollector rows = new RowCollector(name, new MergeFiller(merges.regions(), limits.maxColumns()), handler, limits);
                parse(part, budget, new XSSFSheetXMLHandler(styles, strings, rows, formatter, false));
                handler.endSheet();
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
