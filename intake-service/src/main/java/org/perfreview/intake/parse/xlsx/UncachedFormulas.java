package org.perfreview.intake.parse.xlsx;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.perfreview.contracts.table.Position;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Whether a cell of an .xlsx holds a formula with no cached value (saved by a tool that never calculated it): the
 * reader sees it as empty, so an empty unit name there is the file's fault, not the unit's. Reads one sheet's XML.
 */
public final class UncachedFormulas {

    private UncachedFormulas() {
    }

    public static boolean at(byte[] xlsx, Position at) {
        if (at == null || xlsx.length < 4 || xlsx[0] != 'P' || xlsx[1] != 'K') {
            return false;
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetName().equals(at.sheet())) {
                        CellFinder finder = new CellFinder(at.ref());
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(finder);
                        try {
                            xml.parse(new InputSource(sheet));
                        } catch (Found found) {
                            return finder.formula && !finder.value;
                        }
                        return false;
                    }
                }
            }
            return false;
        } catch (Exception e) {
            return false; // not a workbook we can look into: the other checks stand
        }
    }

    /** Stops the parse at the end of the wanted cell. */
    private static final class Found extends SAXException {
    }

    private static final class CellFinder extends DefaultHandler {
        private final String ref;
        private boolean inCell;
        private boolean inValue;
        boolean formula;
        boolean value;

        CellFinder(String ref) {
            this.ref = ref;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("c")) {
                inCell = ref.equals(attributes.getValue("r"));
            } else if (inCell && localName.equals("f")) {
                formula = true;
            } else if (inCell && (localName.equals("v") || localName.equals("is"))) {
                inValue = true;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue && !new String(ch, start, length).isBlank()) {
                value = true;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (localName.equals("v") || localName.equals("is")) {
                inValue = false;
            } else if (inCell && localName.equals("c")) {
                throw new Found();
            }
        }
    }
}
