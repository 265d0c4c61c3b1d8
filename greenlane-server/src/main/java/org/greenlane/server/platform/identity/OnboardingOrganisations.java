package org.greenlane.server.platform.identity;

import org.greenlane.server.platform.api.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Onboarding a tenant: the platform operator registers an organisation (an exporter, a verification body, a customs
 * authority, an analysis institute) with its first administrator, who then adds the organisation's own people and
 * API clients. The administrator's initial password is generated, shown once and stored only as a hash; both are
 * created or neither (decision 072).
 */
@Service
public class OnboardingOrganisations {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Organisations organisations;
    private final UserAccounts users;

    OnboardingOrganisations(Organisations organisations, UserAccounts users) {
        this.organisations = organisations;
        this.users = users;
    }

    /** A new tenant as asked for; {@code kind} is any kind but OPERATOR, {@code country} ISO 3166-1 alpha-2. */
    public record NewOrganisation(String name, OrganisationKind kind, String country, String adminEmail,
                                  String adminName) {
    }

    /** The registered organisation and its first administrator, with the initial password (shown once). */
    public record Onboarded(Organisation organisation, UserAccount administrator, String initialPassword) {
    }

    /**
     * @throws InvalidInput naming every field that is missing or wrong; nothing is stored then
     */
    @Transactional
    public Onboarded onboard(NewOrganisation asked) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        String name = asked.name() == null ? "" : asked.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(new InvalidInput.FieldProblem("name", "a name of 1 to " + MAX_NAME + " characters is required"));
        } else if (organisations.nameTaken(name)) {
            problems.add(new InvalidInput.FieldProblem("name", "an organisation named '" + name + "' already exists"));
        }
        if (asked.kind() == null || asked.kind() == OrganisationKind.OPERATOR) {
            problems.add(new InvalidInput.FieldProblem("kind", "one of ENTERPRISE, VERIFICATION_BODY, CUSTOMS_AUTHORITY, "
                    + "ANALYSIS is required (there is one operator)"));
        }
        String country = asked.country() == null ? "" : asked.country().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            problems.add(new InvalidInput.FieldProblem("country", "an ISO 3166-1 alpha-2 code such as CN is required"));
        }
        String email = asked.adminEmail() == null ? "" : asked.adminEmail().strip();
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            problems.add(new InvalidInput.FieldProblem("adminEmail", "a valid email address is required"));
        } else if (users.emailTaken(email)) {
            problems.add(new InvalidInput.FieldProblem("adminEmail", "this email is already registered"));
        }
        String adminName = asked.adminName() == null ? "" : asked.adminName().strip();
        if (adminName.isEmpty() || adminName.length() > MAX_NAME) {
            problems.add(new InvalidInput.FieldProblem("adminName", "a name of 1 to " + MAX_NAME + " characters is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Organisation organisation = organisations.register(name, asked.kind(), country);
        String password = initialPassword();
        UserAccount administrator = users.register(organisation.id(), email, adminName, password, Set.of(Role.ADMIN));
        return new Onboarded(organisation, administrator, password);
    }

    /** 18 random bytes, URL-safe base64: 24 characters, 144 bits. */
    private static String initialPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
