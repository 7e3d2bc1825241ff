package fr.cmq.shared.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A choice in an address or a form is read whatever its case ({@code tri=distance} as {@code DISTANCE}): people type
 * addresses, and links written by others do not know our constants. A value that names no constant is still refused.
 */
@Configuration(proxyBeanMethods = false)
class EnumsInAnyCase implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new AnyCase());
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    static final class AnyCase implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
            return text -> (T) constant((Class<? extends Enum>) enumType, text);
        }

        private static @Nullable Enum<?> constant(Class<? extends Enum> type, String text) {
            String name = text.strip();
            if (name.isEmpty()) {
                return null;
            }
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            String upper = name.toUpperCase(Locale.ROOT);
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(upper)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("No constant " + name + " in " + type.getSimpleName());
        }
    }
}
