package org.greenlane.server.platform.web;

import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Sign-in, the role's landing page, and the sections of the navigation. */
@Controller
class HomeController {

    private final List<DashboardPanel> panels;

    HomeController(List<DashboardPanel> panels) {
        this.panels = panels;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/dashboard";
    }

    @GetMapping("/dashboard")
    String dashboard(Actor actor, Model model) {
        model.addAttribute("landing", landing(actor.roles()).name());
        model.addAttribute("panels", panels.stream()
                .filter(panel -> panel.visibleTo(actor))
                .sorted(Comparator.comparingInt(DashboardPanel::order))
                .map(panel -> new DashboardPanel.Shown(panel.fragment(), panel.model(actor)))
                .toList());
        return "dashboard";
    }

    /** Sections not yet delivered say so plainly instead of showing invented content. */
    @GetMapping("/{section:statistics}")
    String section(@PathVariable String section, Model model) {
        model.addAttribute("section", section);
        return "section";
    }

    /** The page a user lands on: the first of their roles in this order. */
    static Role landing(Set<Role> roles) {
        for (Role role : List.of(Role.EXPORTER, Role.VERIFIER, Role.CUSTOMS_OFFICER, Role.ANALYST, Role.ADMIN)) {
            if (roles.contains(role)) {
                return role;
            }
        }
        throw new IllegalArgumentException("A user without roles cannot sign in");
    }
}
