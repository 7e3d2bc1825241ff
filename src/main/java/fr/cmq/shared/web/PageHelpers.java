package fr.cmq.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The helpers templates call by name ({@code @dates}), declared by a configuration of the web layer so that wherever
 * pages are drawn — the application, a web slice under test — they are there too.
 */
@Configuration(proxyBeanMethods = false)
class PageHelpers implements WebMvcConfigurer {

    @Bean
    DatesForPages dates() {
        return new DatesForPages();
    }
}
