package org.greenlane.server.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Locale;
import java.util.Map;

/** {@code ?lang=en} or {@code ?lang=zh-CN} switches the language; other values are ignored. */
final class LanguageSwitch implements HandlerInterceptor {

    /** The languages the UI is translated into, by BCP 47 tag. */
    static final Map<String, Locale> LANGUAGES = Map.of("en", Locale.ENGLISH, "zh-CN", Locale.SIMPLIFIED_CHINESE);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String asked = request.getParameter("lang");
        Locale chosen = asked == null ? null : LANGUAGES.get(asked);
        if (chosen != null) {
            RequestContextUtils.getLocaleResolver(request).setLocale(request, response, chosen);
        }
        return true;
    }
}
