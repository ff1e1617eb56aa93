package org.perfreview.scoring.rules;

import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.Text;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A goal text reduced for near-duplicate search: the set of its character 3-grams (hashed), a MinHash
 * signature of it, and locality-sensitive band keys. Two texts whose 3-gram Jaccard similarity is 0.8
 * share at least one band key with probability above 0.999, so an index keyed by band finds copies
 * without comparing every pair; candidates are then confirmed with the exact {@link #jaccard}.
 */
public final class GoalFingerprint {

    static final int HASHES = 64;
    static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final long PRIME = 2_147_483_647L;
    private static final long[] A = new long[HASHES];
    private static final long[] B = new long[HASHES];
    /** Numbering such as "目标1：", "1、", "（二）" says nothing about content and is dropped. */
    private static final Pattern NUMBERING = Pattern.compile(
            "(目标|任务|指标)?[0-9一二三四五六七八九十]{1,2}[、.．:：)）]|[（(][0-9一二三四五六七八九十]{1,2}[)）]|目标[0-9一二三四五六七八九十]{1,2}");

    private static final String NUMERALS = "一二三四五六七八九十";

    static {
        java.util.Random r = new java.util.Random(20240101L);
        for (int i = 0; i < HASHES; i++) {
            A[i] = 1 + r.nextInt(Integer.MAX_VALUE - 1);
            B[i] = r.nextInt(Integer.MAX_VALUE);
        }
    }

    private final int[] shingles;
    /** Computed on first use: candidates read back from the index are only compared exactly, never banded. */
    private volatile int[] signature;

    private GoalFingerprint(int[] shingles) {
        this.shingles = shingles;
    }

    private int[] signature() {
        if (signature == null) {
            int[] sig = new int[HASHES];
            Arrays.fill(sig, Integer.MAX_VALUE);
            for (int s : shingles) {
                long x = s & 0x7fffffffL;
                for (int i = 0; i < HASHES; i++) {
                    int h = (int) ((A[i] * x + B[i]) % PRIME);
                    if (h < sig[i]) {
                        sig[i] = h;
                    }
                }
            }
            signature = sig;
        }
        return signature;
    }

    public static GoalFingerprint of(String text) {
        String compact = Texts.compact(text);
        String t = Texts.key(hasNumeral(compact) ? NUMBERING.matcher(compact).replaceAll("") : compact);
        if (t.length() < 3) {
            return new GoalFingerprint(t.isEmpty() ? new int[0] : new int[]{t.hashCode()});
        }
        int[] grams = new int[t.length() - 2];
        for (int i = 0; i + 3 <= t.length(); i++) {
            grams[i] = (31 * t.charAt(i) + t.charAt(i + 1)) * 31 + t.charAt(i + 2); // String.hashCode of the 3-gram
        }
        return new GoalFingerprint(distinctSorted(grams));
    }

    /** Every numbering {@link #NUMBERING} drops holds a numeral: a text without one skips the regex pass. */
    private static boolean hasNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || NUMERALS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int[] distinctSorted(int[] values) {
        Arrays.sort(values);
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (n == 0 || values[i] != values[n - 1]) {
                values[n++] = values[i];
            }
        }
        return Arrays.copyOf(values, n);
    }

    public boolean isEmpty() {
        return shingles.length == 0;
    }

    /** One key per band: equal keys mean the two signatures agree on that whole band. */
    public long[] bandKeys() {
        int[] sig = signature();
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = h * 1_000_003L + sig[b * ROWS + r];
            }
            keys[b] = h;
        }
        return keys;
    }

    /** Exact Jaccard similarity of the two 3-gram sets (both sorted). */
    public double jaccard(GoalFingerprint other) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < shingles.length && j < other.shingles.length) {
            int c = Integer.compare(shingles[i], other.shingles[j]);
            if (c == 0) {
                common++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        int union = shingles.length + other.shingles.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /** The goal texts the batch's goal index holds for a table: overall, annual and long-term goals with text. */
    public static List<String> goalTexts(NormalizedTable table) {
        if (table.goals() == null) {
            return List.of();
        }
        return table.goals().stream()
                .filter(g -> g.kind() == Goal.GoalKind.OVERALL || g.kind() == Goal.GoalKind.ANNUAL || g.kind() == Goal.GoalKind.LONG_TERM)
                .map(g -> Text.valueOf(g.text())).filter(s -> !s.isBlank()).toList();
    }
}
