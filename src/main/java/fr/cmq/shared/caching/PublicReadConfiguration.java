package fr.cmq.shared.caching;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class PublicReadConfiguration implements WebMvcConfigurer {

    /** Before Spring Security and the upload limits: a kept answer costs a lookup and a copy. */
    private static final int BEFORE_EVERYTHING_ELSE = -110;

    @Bean
    PublicResponseCache publicResponseCache() {
        return new PublicResponseCache();
    }

    @Bean
    FilterRegistrationBean<PublicResponseFilter> publicResponseFilter(PublicResponseCache cache,
            ObjectProvider<Clock> clock) {
        var registration = new FilterRegistrationBean<>(
                new PublicResponseFilter(cache, clock.getIfAvailable(Clock::systemUTC)));
        registration.setOrder(BEFORE_EVERYTHING_ELSE);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PublicReadInterceptor());
    }
}
