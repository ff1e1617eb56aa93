package org.perfreview.intake.parse.row;

import java.util.Arrays;

/**
 * The merged regions of one sheet, packed four ints each (firstRow, lastRow, firstCol, lastCol, all 1-based)
 * and sorted by first row, so a sheet with many stacked units costs 16 bytes per region and no objects.
 */
public final class MergeRegions {

    private int[] data = new int[64];
    private int size;
    private boolean sorted = true;

    public void add(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (lastRow < firstRow || lastCol < firstCol || (firstRow == lastRow && firstCol == lastCol)) {
            return;
        }
        if ((size + 1) * 4 > data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        if (size > 0 && firstRow < firstRow(size - 1)) {
            sorted = false;
        }
        int i = size * 4;
        data[i] = firstRow;
        data[i + 1] = lastRow;
        data[i + 2] = firstCol;
        data[i + 3] = lastCol;
        size++;
    }

    public int size() {
        return size;
    }

    int firstRow(int r) {
        return data[r * 4];
    }

    int lastRow(int r) {
        return data[r * 4 + 1];
    }

    int firstCol(int r) {
        return data[r * 4 + 2];
    }

    int lastCol(int r) {
        return data[r * 4 + 3];
    }

    /** Sorts by first row; called once before the row pass. */
    MergeRegions sorted() {
        if (!sorted) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(firstRow(a), firstRow(b)));
            int[] copy = new int[size * 4];
            for (int i = 0; i < size; i++) {
                System.arraycopy(data, order[i] * 4, copy, i * 4, 4);
            }
            data = copy;
            sorted = true;
        }
        return this;
    }
}
