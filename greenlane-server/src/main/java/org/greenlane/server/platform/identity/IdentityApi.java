package org.greenlane.server.platform.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Who am I, and an organisation administrator's management of its own users and API clients. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "The caller, and the users and API clients of the caller's organisation")
class IdentityApi {

    private final Organisations organisations;
    private final UserAccounts users;
    private final ApiClients clients;
    private final OnboardingOrganisations onboarding;

    IdentityApi(Organisations organisations, UserAccounts users, ApiClients clients, OnboardingOrganisations onboarding) {
        this.organisations = organisations;
        this.users = users;
        this.clients = clients;
        this.onboarding = onboarding;
    }

    record Me(String subject, String kind, String displayName, Set<Role> roles, Organisation organisation) {
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user or API client and its organisation")
    Me me(Actor actor) {
        Organisation organisation = organisations.find(actor.organisationId())
                .orElseThrow(() -> new RecordNotFound("organisation", actor.organisationId()));
        return new Me(actor.subject(), actor.kind().name(), actor.displayName(), actor.roles(), organisation);
    }

    @GetMapping("/organisations")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Every organisation of the platform (the platform operator's administrators only)")
    List<Organisation> organisations(Actor actor) {
        operatorOnly(actor);
        return organisations.all();
    }

    record OnboardedOrganisation(Organisation organisation, String administratorEmail, String initialPassword) {
    }

    @PostMapping("/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Register an organisation with its first administrator (the platform operator only); "
            + "the administrator's initial password is in this response only")
    OnboardedOrganisation onboard(Actor actor, @RequestBody OnboardingOrganisations.NewOrganisation asked) {
        operatorOnly(actor);
        OnboardingOrganisations.Onboarded onboarded = onboarding.onboard(asked);
        return new OnboardedOrganisation(onboarded.organisation(), onboarded.administrator().email(),
                onboarded.initialPassword());
    }

    private void operatorOnly(Actor actor) {
        if (organisations.kindOf(actor.organisationId()) != OrganisationKind.OPERATOR) {
            throw new AccessDeniedException("only the platform operator's administrators manage organisations");
        }
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Users of the caller's organisation")
    List<UserAccount> users(Actor actor) {
        return users.of(actor.organisationId());
    }

    @GetMapping("/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "One user of the caller's organisation")
    UserAccount user(Actor actor, @PathVariable UUID id) {
        return users.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("user", id));
    }

    record NewUser(@NotBlank @Email @Size(max = 254) String email,
                   @NotBlank @Size(max = 200) String displayName,
                   @NotBlank @Size(min = 12, max = 200) String password,
                   @NotEmpty Set<Role> roles) {
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a user to the caller's organisation")
    UserAccount addUser(Actor actor, @Valid @RequestBody NewUser user) {
        if (users.emailTaken(user.email())) {
            throw new InvalidInput("email", "is already registered");
        }
        Set<Role> grantable = organisations.kindOf(actor.organisationId()).grantableRoles();
        if (!grantable.containsAll(user.roles())) {
            throw new InvalidInput("roles", "an organisation of this kind grants only " + grantable);
        }
        return users.register(actor.organisationId(), user.email(), user.displayName(), user.password(), user.roles());
    }

    @DeleteMapping("/users/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Disable a user (records they made stay attributed to them)")
    void disableUser(Actor actor, @PathVariable UUID id) {
        if (actor.kind() == Actor.Kind.USER && actor.subject().equals(id.toString())) {
            throw new InvalidInput("id", "administrators cannot disable themselves");
        }
        if (!users.setEnabled(actor.organisationId(), id, false)) {
            throw new RecordNotFound("user", id);
        }
    }

    @GetMapping("/api-clients")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "API clients of the caller's organisation")
    List<ApiClient> clients(Actor actor) {
        return clients.of(actor.organisationId());
    }

    @GetMapping("/api-clients/{clientId}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "One API client of the caller's organisation")
    ApiClient client(Actor actor, @PathVariable String clientId) {
        return clients.find(actor.organisationId(), clientId).orElseThrow(() -> new RecordNotFound("API client", clientId));
    }

    record NewClient(@NotBlank @Size(max = 200) String name, @NotEmpty Set<Role> roles) {
    }

    record IssuedClient(String clientId, String clientSecret, String name, Set<Role> roles, String tokenEndpoint) {
    }

    @PostMapping("/api-clients")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create an API client; the secret is shown only in this response")
    IssuedClient addClient(Actor actor, @Valid @RequestBody NewClient client) {
        if (client.roles().contains(Role.ADMIN)) {
            throw new InvalidInput("roles", "API clients cannot administer the organisation");
        }
        Set<Role> allowed = organisations.kindOf(actor.organisationId()).clientRoles();
        if (!allowed.containsAll(client.roles())) {
            throw new InvalidInput("roles", "an API client of this organisation may act only as " + allowed);
        }
        ApiClients.Issued issued = clients.register(actor.organisationId(), client.name(), client.roles());
        return new IssuedClient(issued.client().clientId(), issued.secret(), client.name(), client.roles(), "/auth/token");
    }

    @DeleteMapping("/api-clients/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Delete an API client; its tokens stop working at once")
    void deleteClient(Actor actor, @PathVariable String clientId) {
        if (!clients.delete(actor.organisationId(), clientId)) {
            throw new RecordNotFound("API client", clientId);
        }
    }
}
