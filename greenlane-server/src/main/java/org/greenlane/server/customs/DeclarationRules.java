package org.greenlane.server.customs;

import org.greenlane.server.platform.api.InvalidInput.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rules every declaration item must pass, whether lodged by API or imported from a file. All
 * problems of an item are reported at once, each naming its field.
 */
final class DeclarationRules {

    private static final int CODE_LENGTH = 40;
    private static final int REFERENCE_LENGTH = 200;

    /** A checked item: either the declaration ready to store, or its problems. */
    record Checked(CustomsDeclaration declaration, List<FieldProblem> problems) {
    }

    private final LocalDate today;
    private final Function<String, Optional<UUID>> authorityOfOffice;
    private final HsNomenclature nomenclature;

    DeclarationRules(LocalDate today, Function<String, Optional<UUID>> authorityOfOffice, HsNomenclature nomenclature) {
        this.today = today;
        this.authorityOfOffice = authorityOfOffice;
        this.nomenclature = nomenclature;
    }

    /**
     * @param authorityId the authority the caller acts for, or null for an enterprise (any office) or an import
     */
    Checked check(DeclarationDraft draft, UUID authorityId, UUID declarantOrganisationId, String source) {
        List<FieldProblem> problems = new ArrayList<>();
        String reference = text(draft.reference());
        if (reference.isEmpty()) {
            problems.add(new FieldProblem("reference", "is required"));
        } else if (!reference.matches("[A-Za-z0-9._/-]{1,40}")) {
            problems.add(new FieldProblem("reference", "'" + reference + "' must be 1 to 40 letters, digits or . _ / -"));
        }
        if (draft.flow() == null) {
            problems.add(new FieldProblem("flow", "is required: IMPORT or EXPORT"));
        }
        if (draft.date() == null) {
            problems.add(new FieldProblem("date", "is required (yyyy-mm-dd)"));
        } else if (draft.date().isAfter(today)) {
            problems.add(new FieldProblem("date", draft.date() + " is in the future (today is " + today + ")"));
        }
        Optional<UUID> authority = Optional.empty();
        String officeCode = text(draft.office());
        if (officeCode.isEmpty()) {
            problems.add(new FieldProblem("office", "is required"));
        } else {
            authority = authorityOfOffice.apply(officeCode);
            if (authority.isEmpty() || authorityId != null && !authority.get().equals(authorityId)) {
                problems.add(new FieldProblem("office", "'" + officeCode + "' is not a known customs office"
                        + (authorityId != null && authority.isPresent() ? " of your authority" : "")));
                authority = Optional.empty();
            }
        }
        code(draft.declarant(), "declarant", true, problems);
        code(draft.trader(), "trader", true, problems);
        code(draft.seller(), "seller", false, problems);
        code(draft.courier(), "courier", false, problems);
        for (String[] field : new String[][]{{"processType", draft.processType()}, {"importType", draft.importType()},
                {"importUse", draft.importUse()}, {"paymentType", draft.paymentType()},
                {"transportMode", draft.transportMode()}, {"taxType", draft.taxType()},
                {"originIndicator", draft.originIndicator()}}) {
            code(field[1], field[0], false, problems);
        }
        String hs = text(draft.hsCode());
        String hsCheck = null;
        if (!hs.matches("\\d{6,10}")) {
            problems.add(new FieldProblem("hsCode", hs.isEmpty() ? "is required" : "'" + hs + "' must be 6 to 10 digits"));
        } else if (draft.date() != null) {
            HsNomenclature.Verdict verdict = nomenclature.check(hs, draft.date());
            if (verdict.valid()) {
                hsCheck = verdict.basis();
            } else {
                problems.add(new FieldProblem("hsCode", verdict.problem()));
            }
        }
        String origin = country(draft.originCountry(), "originCountry", problems);
        String departure = country(draft.departureCountry(), "departureCountry", problems);
        amount(draft.taxRate(), "taxRate", problems);
        amount(draft.netMassKg(), "netMassKg", problems);
        amount(draft.customsValue(), "customsValue", problems);
        if (draft.embeddedEmissions() != null) {
            amount(draft.embeddedEmissions(), "embeddedEmissions", problems);
        }
        String footprint = reference(draft.footprintRef(), "footprintRef", problems);
        String certificate = reference(draft.certificateRef(), "certificateRef", problems);
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new CustomsDeclaration(UUID.randomUUID(), authority.orElseThrow(),
                declarantOrganisationId, reference, draft.flow(), draft.date(), officeCode, text(draft.processType()),
                text(draft.importType()), text(draft.importUse()), text(draft.paymentType()), text(draft.transportMode()),
                text(draft.declarant()), text(draft.trader()), text(draft.seller()), text(draft.courier()), hs, hsCheck,
                origin, departure, text(draft.taxType()), draft.taxRate(), text(draft.originIndicator()),
                draft.netMassKg(), draft.customsValue(), footprint, certificate, draft.embeddedEmissions(), source,
                null, null), List.of());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static void code(String value, String field, boolean required, List<FieldProblem> problems) {
        String code = text(value);
        if (code.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
        } else if (code.length() > CODE_LENGTH || code.contains("|") || code.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem(field, "must be at most " + CODE_LENGTH + " characters, without '|'"));
        }
    }

    private static String country(String value, String field, List<FieldProblem> problems) {
        String code = text(value);
        if (!code.matches("[A-Z]{2}")) {
            problems.add(new FieldProblem(field, code.isEmpty() ? "is required"
                    : "'" + code + "' is not an ISO 3166-1 alpha-2 code (two capital letters)"));
        }
        return code;
    }

    private static void amount(Double value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (!Double.isFinite(value)) {
            problems.add(new FieldProblem(field, "must be a finite number"));
        } else if (value < 0) {
            problems.add(new FieldProblem(field, value + " is negative"));
        }
    }

    private static String reference(String value, String field, List<FieldProblem> problems) {
        String reference = text(value);
        if (reference.length() > REFERENCE_LENGTH) {
            problems.add(new FieldProblem(field, "must be at most " + REFERENCE_LENGTH + " characters"));
        }
        return reference.isEmpty() ? null : reference;
    }
}
