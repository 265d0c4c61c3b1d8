package org.greenlane.server.platform.identity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/** A signed-in person's own account: changing the initial password an administrator or the operator set. */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class AccountPages {

    private static final int MIN_PASSWORD_LENGTH = 12;
    private static final int MAX_PASSWORD_LENGTH = 200;

    private final UserAccounts users;

    AccountPages(UserAccounts users) {
        this.users = users;
    }

    @GetMapping
    String account() {
        return "platform/account";
    }

    @PostMapping("/password")
    String changePassword(Actor actor, @RequestParam String currentPassword, @RequestParam String newPassword,
                          @RequestParam String repeatedPassword, RedirectAttributes redirect) {
        String problem = null;
        if (actor.kind() != Actor.Kind.USER) {
            problem = "account.password.notAPerson";
        } else if (newPassword.length() < MIN_PASSWORD_LENGTH || newPassword.length() > MAX_PASSWORD_LENGTH) {
            problem = "admin.users.passwordShort";
        } else if (!newPassword.equals(repeatedPassword)) {
            problem = "account.password.mismatch";
        } else if (newPassword.equals(currentPassword)) {
            problem = "account.password.unchanged";
        } else if (!users.changePassword(actor.organisationId(), UUID.fromString(actor.subject()), currentPassword,
                newPassword)) {
            problem = "account.password.wrongCurrent";
        }
        redirect.addFlashAttribute(problem == null ? "passwordChanged" : "passwordProblem",
                problem == null ? true : problem);
        return "redirect:/account";
    }
}
