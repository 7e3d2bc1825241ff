package fr.cmq.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Opens the read-only transaction of a {@link ReadInOneTransaction} page before any other interceptor (the guard's
 * reads join it), and ends it once the handler is done, before the view is drawn; after a failure, once it is answered.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class OneTransactionPerPage implements WebMvcConfigurer, HandlerInterceptor {

    private static final String OPEN = OneTransactionPerPage.class.getName() + ".transaction";
    /** Before the guard's check, which reads the campus. */
    private static final int FIRST = -100;

    /** Looked up when a page asks: a web slice without a database has no transaction to open. */
    private final ObjectProvider<PlatformTransactionManager> transactions;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(FIRST);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(ReadInOneTransaction.class)
                && (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()))) {
            var definition = new DefaultTransactionDefinition();
            definition.setReadOnly(true);
            definition.setName(method.getShortLogMessage());
            var manager = transactions.getIfAvailable();
            if (manager != null) {
                request.setAttribute(OPEN, manager.getTransaction(definition));
            }
        }
        return true;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable ModelAndView view) {
        end(request);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable Exception failure) {
        end(request);
    }

    private void end(HttpServletRequest request) {
        if (request.getAttribute(OPEN) instanceof TransactionStatus status) {
            request.removeAttribute(OPEN);
            if (status.isCompleted()) {
                return;
            }
            var manager = transactions.getObject();
            if (status.isRollbackOnly()) {
                manager.rollback(status);
            } else {
                manager.commit(status);
            }
        }
    }
}
