package org.perfreview.intake.rest;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.perfreview.intake.testing.ZipRewriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/** TEST-ONLY: hostile variants of real sample files, built in memory (the zip bomb is streamed in, never held). */
final class HostileFiles {
    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String WORD_BODY = "word/document.xml";
    /** Ten levels of ten: 10^9 copies of "lol" once expanded. */
    static final String BILLION_LAUGHS = billionLaughs();

    private HostileFiles() {
    }

    /** A real workbook whose sheet inflates to {@code megabytes} MB of blanks from well under 1 MB. */
    static byte[] zipBomb(byte[] xlsx, int megabytes) {
        return ZipRewriter.replace(xlsx, SHEET, out -> {
            out.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(blanks);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The workbook agile-encrypted with a password, as Excel writes a protected file (an OLE2 container). */
    static byte[] encrypted(byte[] xlsx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The package with a DOCTYPE declaring {@code entities} put before the root of {@code entry}, and the first
     * text matching {@code target} replaced by {@code reference}: where a parser that expanded entities would put
     * the secret file or the billion laughs into the table.
     */
    static byte[] withEntities(byte[] zip, String entry, String root, String entities, String target, String reference) {
        return ZipRewriter.rewrite(zip, entry, xml -> {
            String declared = xml.replaceFirst("\\?>", "?><!DOCTYPE " + root + " [" + entities + "]>");
            String referenced = declared.replaceFirst(target, reference);
            if (referenced.equals(declared)) {
                throw new IllegalArgumentException(target + " not found in " + entry);
            }
            return referenced;
        });
    }

    static String externalEntity(Path secret) {
        return "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">";
    }

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            dtd.append("<!ENTITY lol").append(level).append(" \"").append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.toString();
    }
}
