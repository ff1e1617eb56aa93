package org.perfreview.intake.parse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes inflated from a container across all its parts and stops at the limit (zip-bomb guard). */
public final class ExpansionBudget {

    private final long limit;
    private long used;

    public ExpansionBudget(long limit) {
        this.limit = limit;
    }

    public InputStream wrap(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }
        };
    }

    private void count(long n) throws LimitExceededException {
        used += n;
        if (used > limit) {
            throw new LimitExceededException("解压后内容超过上限 " + (limit / (1024 * 1024))
                    + " MB（疑似压缩炸弹 zip bomb），已停止读取");
        }
    }
}
