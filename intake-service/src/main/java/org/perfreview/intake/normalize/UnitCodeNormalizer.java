package org.perfreview.intake.normalize;

/** Unit codes as comparable keys: full-width digits narrowed, every space removed ({@code 8500 01} → {@code 850001}). */
public final class UnitCodeNormalizer {

    private UnitCodeNormalizer() {
    }

    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = TextFolder.squeeze(NarrowForms.of(raw));
        // A code typed into a numeric cell may come back as 201001.0.
        if (s.matches("\\d+\\.0+")) {
            s = s.substring(0, s.indexOf('.'));
        }
        return s;
    }
}
