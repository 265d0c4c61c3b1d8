package org.greenlane.server.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Organisation;
import org.greenlane.server.platform.identity.Organisations;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Locale;
import java.util.Optional;

/** What every page's layout shows: who is signed in, for which organisation, in which language. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final Organisations organisations;

    PageModel(Organisations organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute("actor")
    Actor actor() {
        return CurrentActor.of(SecurityContextHolder.getContext().getAuthentication()).orElse(null);
    }

    /** Not for REST controllers (this advice reaches them too): they render no page, and this costs a query. */
    @ModelAttribute("organisation")
    Organisation organisation(HttpServletRequest request) {
        if (writesBody(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE))) {
            return null;
        }
        return Optional.ofNullable(actor()).flatMap(actor -> organisations.find(actor.organisationId())).orElse(null);
    }

    private static boolean writesBody(Object handler) {
        return handler instanceof HandlerMethod method && (method.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class));
    }

    @ModelAttribute("languageTag")
    String languageTag(Locale locale) {
        return Locale.SIMPLIFIED_CHINESE.getLanguage().equals(locale.getLanguage()) ? "zh-CN" : "en";
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
