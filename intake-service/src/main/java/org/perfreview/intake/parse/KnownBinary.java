package org.perfreview.intake.parse;

/** Names common non-table files by their magic bytes, for a clear refusal message. */
final class KnownBinary {

    private KnownBinary() {
    }

    static String name(byte[] h, int n) {
        if (starts(h, n, 0x89, 'P', 'N', 'G')) {
            return " PNG 图片";
        }
        if (starts(h, n, 0xFF, 0xD8, 0xFF)) {
            return " JPEG 图片";
        }
        if (starts(h, n, 'G', 'I', 'F', '8')) {
            return " GIF 图片";
        }
        if (starts(h, n, '%', 'P', 'D', 'F')) {
            return " PDF 文档";
        }
        if (starts(h, n, 'R', 'a', 'r', '!')) {
            return " RAR 压缩包";
        }
        if (starts(h, n, '7', 'z', 0xBC, 0xAF)) {
            return " 7z 压缩包";
        }
        if (starts(h, n, 0x1F, 0x8B)) {
            return " gzip 压缩包";
        }
        if (starts(h, n, '{', '\\', 'r', 't', 'f')) {
            return " RTF 文档";
        }
        return null;
    }

    private static boolean starts(byte[] h, int n, int... magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((h[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
