package fr.cmq.shared;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One page of a list, as the API answers it: {@code content} and {@code page {number,size,totalElements,totalPages}}. */
public record PageResponse<T>(List<T> content, PageInfo page) {

    /** How many page links a pagination shows on each side of the current page. */
    private static final int WINDOW_RADIUS = 2;

    public record PageInfo(int number, int size, long totalElements, int totalPages) {

        /** The page a pagination marks as current: the requested one, or the last when the request went past it. */
        @JsonIgnore
        public int shownNumber() {
            return Math.max(0, Math.min(number, totalPages - 1));
        }

        /** The page numbers a pagination links to: a few around the shown page, never more, whatever was asked. */
        @JsonIgnore
        public List<Integer> window() {
            if (totalPages == 0) {
                return List.of();
            }
            int shown = shownNumber();
            return IntStream.rangeClosed(Math.max(0, shown - WINDOW_RADIUS), Math.min(totalPages - 1, shown + WINDOW_RADIUS))
                    .boxed().toList();
        }
    }

    public static <T> PageResponse<T> of(List<T> content, int number, int size, long totalElements) {
        int totalPages = size == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (totalElements + size - 1) / size);
        return new PageResponse<>(content, new PageInfo(number, size, totalElements, totalPages));
    }

    /** The number of rows before a page, in a type that does not overflow whatever page is asked. */
    public static long offset(int page, int size) {
        return (long) Math.max(page, 0) * size;
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(content.stream().map(mapper).toList(), page);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return content.isEmpty();
    }
}
