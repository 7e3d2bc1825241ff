package fr.cmq.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * A public page's schema.org description, read by search engines, written as the text of a
 * {@code <script type="application/ld+json">} block: {@code <}, {@code >} and {@code &} are written as JSON escapes so
 * that no text of a campus can close the block or open another.
 */
public final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLd() {
    }

    /** A schema.org thing of this type; its properties without a value are left out. */
    public static Thing of(String type) {
        return new Thing(type);
    }

    public static final class Thing {

        private final Map<String, Object> properties = new LinkedHashMap<>();

        private Thing(String type) {
            properties.put("@context", "https://schema.org");
            properties.put("@type", type);
        }

        public Thing with(String name, @Nullable Object value) {
            if (value != null && !(value instanceof String text && text.isBlank())) {
                properties.put(name, nested(value));
            }
            return this;
        }

        private static Object nested(Object value) {
            return switch (value) {
                case Thing thing -> thing.nested();
                case java.util.List<?> list -> list.stream().map(Thing::nested).toList();
                default -> value;
            };
        }

        private Map<String, Object> nested() {
            var copy = new LinkedHashMap<>(properties);
            copy.remove("@context");
            return copy;
        }

        /** The block's text, safe inside a script element. */
        public String script() {
            return JSON.writeValueAsString(properties)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        }
    }
}
