package fr.cmq.shared.caching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * What of an anonymous request may change its answer, and nothing else: the path, the query with its parameters
 * ordered by name (the values of one name keep their order, since a handler may read the first), and the
 * representation asked for, over HTTP or HTTPS. The host, the forwarded headers and the cookies never change an answer kept for everyone
 * (links come from the configured site address), so they are not part of the key.
 */
final class PublicRequest {

    private static final Pattern ONE_CAMPUS = Pattern.compile("s?:/(?:campus|api/v1/campuses)/0*(\\d{1,18})(?=[/?\\s]|$)");

    private PublicRequest() {
    }

    /** The key of the answer, or none when the request cannot be told apart safely (an unreadable Accept). */
    static Optional<String> key(HttpServletRequest request) {
        // the scheme stays apart: the security headers of an answer over HTTPS are not those of one over HTTP
        String scheme = request.isSecure() ? "s:" : ":";
        return representation(request).map(representation -> scheme + request.getRequestURI()
                + query(request.getQueryString()) + " " + representation);
    }

    /**
     * The campus a kept answer is about alone — a campus's page or its API resource, and what lies under them — or
     * none for an answer that may show several (a list, a search, the agenda, an establishment, a formation).
     */
    static OptionalLong campusShown(String key) {
        var path = ONE_CAMPUS.matcher(key);
        return path.lookingAt() ? OptionalLong.of(Long.parseLong(path.group(1))) : OptionalLong.empty();
    }

    /** A HEAD is answered as the GET it stands for, without the body. */
    static HttpServletRequest asGet(HttpServletRequest request) {
        if (!"HEAD".equals(request.getMethod())) {
            return request;
        }
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }

    private static String query(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        var parameters = new ArrayList<>(List.of(query.split("&")));
        parameters.removeIf(String::isEmpty);
        parameters.sort(Comparator.comparing(parameter -> parameter.split("=", 2)[0]));
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    /** The media types asked for, in the order and with the weights given, written one way whatever the spacing. */
    private static Optional<String> representation(HttpServletRequest request) {
        var accepts = request.getHeaders(HttpHeaders.ACCEPT);
        var types = new ArrayList<String>();
        try {
            while (accepts != null && accepts.hasMoreElements()) {
                MediaType.parseMediaTypes(accepts.nextElement()).forEach(type -> types.add(type.toString()));
            }
        } catch (InvalidMediaTypeException unreadable) {
            return Optional.empty();
        }
        return Optional.of(types.isEmpty() ? "*/*" : String.join(",", types).toLowerCase(Locale.ROOT));
    }
}
