package fr.cmq.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import fr.cmq.identity.Role;
import fr.cmq.identity.internal.accounts.AccountDetailsService;
import fr.cmq.identity.internal.proconnect.ProConnect;
import fr.cmq.identity.internal.tokens.BearerTokenFilter;
import fr.cmq.identity.internal.tokens.BearerTokens;
import fr.cmq.shared.CmqProperties;

/**
 * Two filter chains: the API (stateless, personal tokens or HTTP Basic, errors as ProblemDetail) and the pages (form login, CSRF,
 * session). Both check passwords through the same throttled authentication manager.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(CmqProperties.class)
class SecurityConfiguration {

    static final String SIGN_IN_PAGE = "/connexion";
    private static final String SIGNED_OUT = "/?deconnecte";
    private static final int BEFORE_SPRING_SECURITY = -101;
    private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * The pages' policy: the site's own files, and the tiles of the base map from the server the configuration names.
     * Swagger UI's bundle sets style attributes as it unfolds operations; its pages alone may, and only styles: scripts
     * stay confined to the site's own files.
     */
    private static String contentSecurityPolicy(String styles, CmqProperties properties) {
        String tiles = properties.map().tileOrigin();
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                styles,
                "img-src 'self' data:" + (tiles == null ? "" : " " + tiles),
                "font-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** Uploads are measured before anything else runs, even before the sign-in is checked. */
    @Bean
    FilterRegistrationBean<UploadLimits> uploadLimits(CmqProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new UploadLimits(properties.imports().maxSize(), properties.documents().maxSize()));
        registration.setOrder(BEFORE_SPRING_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<UntrustedProxyWarning> untrustedProxyWarning() {
        var registration = new FilterRegistrationBean<>(new UntrustedProxyWarning());
        registration.setOrder(BEFORE_SPRING_SECURITY);
        return registration;
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, AuthenticationEventPublisher events) {
        var passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        var manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager,
            ProblemDetailSecurityResponses problems, BearerTokens tokens, CmqProperties properties) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/docs", "/api/docs/**", "/api/v1/filieres",
                                "/api/v1/territories/**", "/api/v1/establishments/**", "/api/v1/campuses",
                                "/api/v1/campuses/*", "/api/v1/formations", "/api/v1/campuses/*/formations",
                                "/api/v1/campuses/*/formations/*", "/api/v1/events", "/api/v1/indicators", "/api/v1/campuses/*/events",
                                "/api/v1/campuses/*/events/*", "/api/v1/campuses/*/maturity").permitAll()
                        .requestMatchers("/api/v1/audit-events/**", "/api/v1/imports/**")
                        .hasAuthority(Role.ADMIN_NATIONAL.authority())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no session and no token to forge: what stands for CSRF is refusing writes sent by another site's page
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new CrossSiteWrites(properties.siteUrl()), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, problems, problems), BasicAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .permissionsPolicyHeader(policy -> policy.policy(PERMISSIONS_POLICY))
                        .httpStrictTransportSecurity(hsts -> strictTransport(hsts, properties)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager, CmqProperties properties,
            ObjectProvider<ProConnect> proConnect, LoginThrottle throttle, AuthenticationEventPublisher events,
            ObjectProvider<SessionMarks> sessionMarks, @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> routes)
            throws Exception {
        var federation = proConnect.getIfAvailable();
        if (federation != null) {
            var manager = new ProviderManager(List.of(new ThrottledFederatedSignIn(federation.provider(), throttle)),
                    authenticationManager);
            manager.setAuthenticationEventPublisher(events);
            authenticationManager = manager;
            federation.configure(http, new BackToAskedPage("/espace"));
        }
        String pagesPolicy = contentSecurityPolicy("style-src 'self'", properties);
        String apiExplorerPolicy = contentSecurityPolicy("style-src 'self' 'unsafe-inline'", properties);
        var failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl(SIGN_IN_PAGE + "?erreur");
        failures.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), SIGN_IN_PAGE + "?bloque"));
        return http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", SIGN_IN_PAGE, "/mentions-legales", "/donnees-personnelles", "/etablissements",
                                "/etablissements/*", "/campus", "/campus/*", "/campus/*/logo", "/formations", "/formations/*",
                                "/evenements", "/evenements.ics", "/evenements/*", "/donnees", "/donnees/*", "/sitemap.xml", "/sitemaps/*", "/statistiques", "/campus/*/evenements.ics", "/accessibilite", "/error", "/error/**",
                                "/mot-de-passe", "/mot-de-passe-oublie", "/questionnaires/*", ProConnect.UNKNOWN_AGENT_PAGE,
                                ProConnect.UNAVAILABLE_PAGE).permitAll()
                        .requestMatchers("/assets/**", "/webjars/**", "/robots.txt", "/favicon.ico").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/admin/**").hasAuthority(Role.ADMIN_NATIONAL.authority())
                        .requestMatchers(new UnroutedPaths(routes)).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(SIGN_IN_PAGE)
                        .loginProcessingUrl(SIGN_IN_PAGE)
                        .usernameParameter("email")
                        .passwordParameter("motDePasse")
                        .successHandler(new BackToAskedPage("/espace"))
                        .failureHandler(failures))
                .logout(logout -> logout
                        .logoutUrl("/deconnexion")
                        .addLogoutHandler((request, response, authentication) -> sessionMarks
                                .ifAvailable(marks -> marks.logout(request, response, authentication)))
                        .logoutSuccessHandler((request, response, authentication) -> response.sendRedirect(
                                federation == null ? request.getContextPath() + SIGNED_OUT
                                        : federation.signedOutAddress(authentication, SIGNED_OUT))))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new SignedInMultipart(), CsrfFilter.class)
                .headers(headers -> headers
                        .addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                                request.getRequestURI().startsWith("/swagger-ui") ? apiExplorerPolicy : pagesPolicy))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(policy -> policy.policy(PERMISSIONS_POLICY))
                        .httpStrictTransportSecurity(hsts -> strictTransport(hsts, properties)))
                .build();
    }

    /** Served over HTTPS (behind a proxy that ends TLS, say), every answer tells browsers to come back only so. */
    private static void strictTransport(HeadersConfigurer<HttpSecurity>.HstsConfig hsts, CmqProperties properties) {
        hsts.includeSubDomains(true).maxAgeInSeconds(Duration.ofDays(365).toSeconds());
        if (properties.https()) {
            hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
        }
    }
}
