package fr.cmq.shared.caching;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;

/** An answer kept whole: its headers as the platform wrote them, its body, and what a revalidation compares. */
record CachedResponse(List<Header> headers, byte[] body, String etag, long lastModified) {

    static final String CACHE_CONTROL = "public, no-cache";

    record Header(String name, String value) {}

    static CachedResponse of(List<Header> headers, byte[] body, long now) {
        return new CachedResponse(List.copyOf(headers), body, "\"" + DigestUtils.md5DigestAsHex(body) + "\"",
                now / 1000 * 1000);
    }

    /** Answers 304 when the visitor's copy is this one, the whole answer otherwise. */
    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean unchanged = unchangedFor(request);
        response.setStatus(unchanged ? HttpServletResponse.SC_NOT_MODIFIED : HttpServletResponse.SC_OK);
        for (var header : headers) {
            response.addHeader(header.name(), header.value());
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        // kept per representation: a shared cache on the way must do the same
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
        if (!unchanged) {
            response.setContentLength(body.length);
        }
        if (!unchanged && !"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    int weight() {
        return body.length + headers.stream().mapToInt(header -> header.name().length() + header.value().length()).sum();
    }

    private boolean unchangedFor(HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return ifNoneMatch.strip().equals("*") || List.of(ifNoneMatch.split(",")).stream()
                    .map(tag -> tag.strip().replaceFirst("^W/", "")).anyMatch(etag::equals);
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && lastModified <= since;
        } catch (IllegalArgumentException unreadableDate) {
            return false;
        }
    }
}
