package org.greenlane.server.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Organisation;
import org.greenlane.server.platform.identity.Organisations;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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

    @ModelAttribute("organisation")
    Organisation organisation() {
        return Optional.ofNullable(actor()).flatMap(actor -> organisations.find(actor.organisationId())).orElse(null);
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
