package org.greenlane.server.platform.web;

import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.SignedInUser;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Optional;

/** Lets controllers take an {@link Actor} parameter, whether the caller signed in or sent a token. */
final class CurrentActor implements HandlerMethodArgumentResolver {

    static Optional<Actor> of(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof SignedInUser user) {
            return Optional.of(user.actor());
        }
        if (principal instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                 NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return of(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new IllegalStateException("No signed-in actor for " + parameter.getMethod()));
    }
}
