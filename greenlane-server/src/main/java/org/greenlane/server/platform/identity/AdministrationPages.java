package org.greenlane.server.platform.identity;

import org.greenlane.server.platform.api.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** An organisation administrator's pages: its users and its API clients. */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdministrationPages {

    private static final int MIN_PASSWORD_LENGTH = 12;
    /** Roles an API client may act with; administration stays with people. */
    private static final Set<Role> CLIENT_ROLES = EnumSet.complementOf(EnumSet.of(Role.ADMIN));

    private final UserAccounts users;
    private final ApiClients clients;

    AdministrationPages(UserAccounts users, ApiClients clients) {
        this.users = users;
        this.clients = clients;
    }

    @GetMapping
    String administration(Actor actor, Model model) {
        model.addAttribute("users", users.of(actor.organisationId()));
        model.addAttribute("clients", clients.of(actor.organisationId()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("clientRoles", CLIENT_ROLES);
        return "platform/administration";
    }

    @PostMapping("/users")
    String addUser(Actor actor, @RequestParam String email, @RequestParam String displayName,
                   @RequestParam String password, @RequestParam(required = false) List<Role> roles,
                   RedirectAttributes redirect) {
        String problem = userProblem(email, displayName, password, roles);
        if (problem != null) {
            redirect.addFlashAttribute("userProblem", problem);
            return "redirect:/admin";
        }
        users.register(actor.organisationId(), email, displayName.strip(), password, EnumSet.copyOf(roles));
        redirect.addFlashAttribute("userAdded", email.strip().toLowerCase(Locale.ROOT));
        return "redirect:/admin";
    }

    @PostMapping("/users/{id}/disable")
    String disableUser(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        if (actor.subject().equals(id.toString())) {
            redirect.addFlashAttribute("userProblem", "admin.users.notYourself");
            return "redirect:/admin";
        }
        if (!users.setEnabled(actor.organisationId(), id, false)) {
            throw new RecordNotFound("user", id);
        }
        return "redirect:/admin";
    }

    @PostMapping("/api-clients")
    String addClient(Actor actor, @RequestParam String name, @RequestParam(required = false) List<Role> roles,
                     RedirectAttributes redirect) {
        if (name.isBlank() || name.length() > 200) {
            redirect.addFlashAttribute("clientProblem", "admin.clients.nameRequired");
            return "redirect:/admin";
        }
        if (roles == null || roles.isEmpty() || !CLIENT_ROLES.containsAll(roles)) {
            redirect.addFlashAttribute("clientProblem", "admin.clients.rolesRequired");
            return "redirect:/admin";
        }
        ApiClients.Issued issued = clients.register(actor.organisationId(), name.strip(), EnumSet.copyOf(roles));
        // Shown once on the next page; only the hash is kept.
        redirect.addFlashAttribute("issued", issued);
        return "redirect:/admin";
    }

    @PostMapping("/api-clients/{clientId}/delete")
    String deleteClient(Actor actor, @PathVariable String clientId) {
        if (!clients.delete(actor.organisationId(), clientId)) {
            throw new RecordNotFound("API client", clientId);
        }
        return "redirect:/admin";
    }

    /** Returns the message key of the first problem, or null. */
    private String userProblem(String email, String displayName, String password, List<Role> roles) {
        if (!email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return "admin.users.emailInvalid";
        }
        if (users.emailTaken(email)) {
            return "admin.users.emailTaken";
        }
        if (displayName.isBlank()) {
            return "admin.users.nameRequired";
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            return "admin.users.passwordShort";
        }
        if (roles == null || roles.isEmpty()) {
            return "admin.users.rolesRequired";
        }
        return null;
    }
}
