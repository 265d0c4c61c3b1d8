package org.greenlane.server.platform.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Spring Security puts a filter before its chains that looks up the Spring MVC handler of every
 * request in advance, for request matchers that ask Spring MVC and for CORS. For a path with a
 * variable that lookup tests every request mapping of the application, and the dispatcher does it
 * again: together about a third of a receipt call's CPU (decision 068). Our matchers are plain path
 * patterns ({@code PathPatternRequestMatcher}, see {@link SecurityConfiguration}) and no chain
 * enables CORS, so the lookup served nothing; the introspector keeps its other duties (CORS
 * pre-flight, privilege evaluation) and computes them when asked, without the advance lookup.
 */
final class HandlerLookupOnce implements BeanPostProcessor {

    static final String INTROSPECTOR = "mvcHandlerMappingIntrospector";

    private final ApplicationContext context;

    HandlerLookupOnce(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (INTROSPECTOR.equals(beanName) && bean.getClass() == HandlerMappingIntrospector.class) {
            OnDemandIntrospector onDemand = new OnDemandIntrospector();
            onDemand.setPatternCacheLimit(((HandlerMappingIntrospector) bean).getPatternCacheLimit());
            onDemand.setApplicationContext(context);
            return onDemand;
        }
        return bean;
    }

    /** Looks up handlers only when asked. */
    static final class OnDemandIntrospector extends HandlerMappingIntrospector {

        @Override
        public CachedResult setCache(HttpServletRequest request) {
            return null;
        }

        @Override
        public void resetCache(ServletRequest request, CachedResult cachedResult) {
            // Nothing was cached by setCache.
        }
    }
}
