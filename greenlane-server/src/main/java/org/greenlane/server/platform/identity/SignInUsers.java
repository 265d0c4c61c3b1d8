package org.greenlane.server.platform.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks users up by email for the sign-in form. */
@Service
class SignInUsers implements UserDetailsService {

    private final UserAccounts accounts;

    SignInUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.credentials(email)
                .map(found -> new SignedInUser(found.account(), found.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No user with this email"));
    }
}
