package org.perfreview.support.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: {@code items}, the 0-based {@code page}, its {@code size} and the {@code total} count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, total);
    }

    /** The page of an in-memory list. */
    public static <T> Page<T> of(List<T> all, Request request) {
        int from = (int) Math.min(all.size(), (long) request.page() * request.size());
        int to = Math.min(all.size(), from + request.size());
        return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
    }

    /** Validated {@code page} and {@code size} query parameters (absent: first page of {@link #DEFAULT_SIZE}). */
    public record Request(int page, int size) {

        public static Request of(Integer page, Integer size) {
            int p = page == null ? 0 : page;
            int s = size == null ? DEFAULT_SIZE : size;
            if (p < 0) {
                throw new InvalidInputException("page", "page 从 0 开始，不能为负数");
            }
            if (s < 1 || s > MAX_SIZE) {
                throw new InvalidInputException("size", "size 应在 1 到 " + MAX_SIZE + " 之间");
            }
            return new Request(p, s);
        }
    }
}
