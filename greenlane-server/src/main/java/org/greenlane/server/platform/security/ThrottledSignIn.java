package org.greenlane.server.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.Locale;

/** Form sign-in with the {@link LoginThrottle} in front of the password check. */
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottledSignIn(DaoAuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String account = String.valueOf(attempt.getName()).strip().toLowerCase(Locale.ROOT);
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (throttle.blocked(account, address)) {
            throw new LockedException("Too many failed sign-in attempts");
        }
        try {
            Authentication result = passwordCheck.authenticate(attempt);
            throttle.succeeded(account);
            return result;
        } catch (BadCredentialsException wrong) {
            throttle.failed(account, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
