package fr.cmq.identity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.support.MultipartFilter;

/**
 * File upload forms carry their CSRF token in the multipart body: it must be parsed before Spring Security's filter
 * chain (order -100) looks for the token, or every upload would be refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class MultipartBeforeSecurityConfiguration {

    private static final int BEFORE_SPRING_SECURITY = -101;

    @Bean
    FilterRegistrationBean<MultipartFilter> multipartFilter() {
        var registration = new FilterRegistrationBean<>(new MultipartFilter());
        registration.setOrder(BEFORE_SPRING_SECURITY);
        return registration;
    }
}
