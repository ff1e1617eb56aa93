package org.perfreview.contracts.schema;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence) in the familiar -/+ form, each hunk headed by its line in the old text. */
final class LineDiff {
    private LineDiff() {
    }

    /** Empty when the texts have the same lines. */
    static String of(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        boolean inHunk = false;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                inHunk = false;
                i++;
                j++;
                continue;
            }
            if (!inHunk) {
                out.add("@@ line " + (i + 1));
                inHunk = true;
            }
            if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                out.add("- " + a[i++]);
            } else {
                out.add("+ " + b[j++]);
            }
        }
        return String.join("\n", out);
    }
}
