package fr.cmq.shared.web;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One page of a list, as the API answers it: {@code content} and {@code page {number,size,totalElements,totalPages}}. */
public record PageResponse<T>(List<T> content, PageInfo page) {

    public record PageInfo(int number, int size, long totalElements, int totalPages) {
    }

    public static <T> PageResponse<T> of(List<T> content, int number, int size, long totalElements) {
        int totalPages = size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
        return new PageResponse<>(content, new PageInfo(number, size, totalElements, totalPages));
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(content.stream().map(mapper).toList(), page);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return content.isEmpty();
    }
}
