package org.greenlane.server.platform.identity;

import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
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

    private final UserAccounts users;
    private final ApiClients clients;
    private final Organisations organisations;
    private final OnboardingOrganisations onboarding;

    AdministrationPages(UserAccounts users, ApiClients clients, Organisations organisations,
                        OnboardingOrganisations onboarding) {
        this.users = users;
        this.clients = clients;
        this.organisations = organisations;
        this.onboarding = onboarding;
    }

    @GetMapping
    String administration(Actor actor, Model model) {
        OrganisationKind kind = organisations.kindOf(actor.organisationId());
        model.addAttribute("users", users.of(actor.organisationId()));
        model.addAttribute("clients", clients.of(actor.organisationId()));
        model.addAttribute("roles", kind.grantableRoles());
        model.addAttribute("clientRoles", kind.clientRoles());
        if (kind == OrganisationKind.OPERATOR) {
            model.addAttribute("organisations", organisations.all());
            model.addAttribute("tenantKinds", EnumSet.complementOf(EnumSet.of(OrganisationKind.OPERATOR)));
        }
        return "platform/administration";
    }

    /** The platform operator registers a tenant with its first administrator (decision 072). */
    @PostMapping("/organisations")
    String onboard(Actor actor, @RequestParam String name, @RequestParam(required = false) OrganisationKind kind,
                   @RequestParam String country, @RequestParam String adminEmail, @RequestParam String adminName,
                   RedirectAttributes redirect) {
        if (organisations.kindOf(actor.organisationId()) != OrganisationKind.OPERATOR) {
            throw new AccessDeniedException("only the platform operator registers organisations");
        }
        try {
            redirect.addFlashAttribute("onboarded",
                    onboarding.onboard(new OnboardingOrganisations.NewOrganisation(name, kind, country, adminEmail, adminName)));
        } catch (InvalidInput refused) {
            redirect.addFlashAttribute("organisationProblems", refused.errors());
        }
        return "redirect:/admin#organisations";
    }

    @PostMapping("/users")
    String addUser(Actor actor, @RequestParam String email, @RequestParam String displayName,
                   @RequestParam String password, @RequestParam(required = false) List<Role> roles,
                   RedirectAttributes redirect) {
        String problem = userProblem(email, displayName, password, roles,
                organisations.kindOf(actor.organisationId()).grantableRoles());
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
        if (roles == null || roles.isEmpty() || !organisations.kindOf(actor.organisationId()).clientRoles().containsAll(roles)) {
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
    private String userProblem(String email, String displayName, String password, List<Role> roles, Set<Role> grantable) {
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
        if (!grantable.containsAll(roles)) {
            return "admin.users.roleNotAllowed";
        }
        return null;
    }
}
