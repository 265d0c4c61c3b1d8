package org.greenlane.server.footprint.results;

import org.greenlane.core.footprint.electricity.InstrumentType;
import org.greenlane.server.footprint.FootprintPage;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/** The organisation's green-electricity certificates and PPAs: what they cover and how much footprints claimed. */
@Controller
@RequestMapping("/footprints/certificates")
@PreAuthorize("hasRole('EXPORTER')")
class CertificatePages implements FootprintPage {

    private final Certificates certificates;

    CertificatePages(Certificates certificates) {
        this.certificates = certificates;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("fmt")
    org.greenlane.server.footprint.results.FootprintFormat format(java.util.Locale locale) {
        return new org.greenlane.server.footprint.results.FootprintFormat(locale);
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("certificates", certificates.of(actor.organisationId()));
        model.addAttribute("instruments", InstrumentType.values());
        return "footprint/certificates";
    }

    @PostMapping
    String add(Actor actor, @RequestParam String certificateId, @RequestParam String instrument,
               @RequestParam String market, @RequestParam String vintage, @RequestParam String mwh,
               @RequestParam(defaultValue = "0") String kgCo2ePerMWh, @RequestParam(defaultValue = "") String description,
               RedirectAttributes redirect) {
        try {
            certificates.add(actor.organisationId(), new CertificateDraft(certificateId, instrument, market,
                    integer(vintage, "vintage"), number(mwh, "mwh"), number(kgCo2ePerMWh, "kgCo2ePerMWh"), description));
            redirect.addFlashAttribute("added", certificateId);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.errors());
        } catch (DataIntegrityViolationException duplicate) {
            redirect.addFlashAttribute("problems", java.util.List.of(new InvalidInput.FieldProblem("certificateId",
                    "is already registered")));
        }
        return "redirect:/footprints/certificates";
    }

    @PostMapping("/{id}/delete")
    String remove(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            if (!certificates.remove(actor.organisationId(), id)) {
                throw new RecordNotFound("certificate", id);
            }
        } catch (DataIntegrityViolationException claimed) {
            redirect.addFlashAttribute("problems", java.util.List.of(new InvalidInput.FieldProblem("certificate",
                    claimed.getMessage())));
        }
        return "redirect:/footprints/certificates";
    }

    private static Integer integer(String text, String field) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput(field, "'" + text + "' is not a year");
        }
    }

    private static Double number(String text, String field) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput(field, "'" + text + "' is not a number");
        }
    }
}
