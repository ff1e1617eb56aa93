package org.perfreview.intake.parse.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides how a text upload is encoded: a byte-order mark wins; otherwise strict UTF-8, then strict GB18030
 * (what Excel on a Chinese Windows writes for "CSV"). Text with NUL or other control bytes is not text.
 */
public final class TextCharset {

    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The charset and how many BOM bytes to skip. */
    public record Detected(Charset charset, int bomLength) {
    }

    private TextCharset() {
    }

    public static Optional<Detected> detect(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return decodes(content, 3, StandardCharsets.UTF_8) ? Optional.of(new Detected(StandardCharsets.UTF_8, 3))
                    : Optional.empty();
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return Optional.of(new Detected(StandardCharsets.UTF_16LE, 2));
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return Optional.of(new Detected(StandardCharsets.UTF_16BE, 2));
        }
        if (hasControlBytes(content)) {
            return Optional.empty();
        }
        if (decodes(content, 0, StandardCharsets.UTF_8)) {
            return Optional.of(new Detected(StandardCharsets.UTF_8, 0));
        }
        if (decodes(content, 0, GB18030)) {
            return Optional.of(new Detected(GB18030, 0));
        }
        return Optional.empty();
    }

    private static boolean hasControlBytes(byte[] content) {
        for (byte b : content) {
            int v = b & 0xFF;
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f' || v == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static boolean decodes(byte[] content, int offset, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
