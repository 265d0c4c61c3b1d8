package org.greenlane.server.platform.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * API clients: the OAuth2 registration lives in Spring Authorization Server's table (secret hashed
 * by the platform's password encoder); which organisation and roles it acts with lives here.
 */
@Repository
public class ApiClients {

    /** Scopes every client may request; the PACT exchange reads footprints with the last two. */
    public static final Set<String> SCOPES = Set.of("api", "footprint:list", "footprint:read");
    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    /**
     * How long a bearer-token check may use a client it read before (decision 068): changes made
     * through this class reach this node's checks at once; changes by another node or by hand in the
     * database within this time.
     */
    static final Duration CHECK_REUSE = Duration.ofSeconds(5);
    private static final int CHECKED_CLIENTS = 10_000;

    private final JdbcClient jdbc;
    private final RegisteredClientRepository registrations;
    private final PasswordEncoder passwords;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    /** Counts changes, so a check that read the database before a change never keeps what it read. */
    private final AtomicLong changes = new AtomicLong();

    /** A client (or its absence) as read for a token check, and when. */
    private record Checked(Optional<ApiClient> client, long readAt) {
    }

    ApiClients(JdbcClient jdbc, RegisteredClientRepository registrations,
               PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.passwords = passwords;
    }

    /** The secret is returned once and stored only as a hash. */
    public record Issued(ApiClient client, String secret) {
    }

    @Transactional
    public Issued register(UUID organisationId, String name, Set<Role> roles) {
        return register(organisationId, name, roles, "glc_" + token(12), token(32));
    }

    /** For demo data with documented credentials; production clients get random ones. */
    @Transactional
    public Issued register(UUID organisationId, String name, Set<Role> roles, String clientId, String secret) {
        RegisteredClient registration = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientName(name)
                .clientSecret(passwords.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(SCOPES))
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFETIME).build())
                .build();
        forgetAfterCommit(clientId);
        registrations.save(registration);
        ApiClient client = new ApiClient(clientId, organisationId, name, roles);
        jdbc.sql("insert into api_client (client_id, organisation_id, name, roles) values (:id, :organisation, :name, :roles::text[])")
                .param("id", clientId)
                .param("organisation", organisationId)
                .param("name", name)
                .param("roles", UserAccounts.pgArray(roles))
                .update();
        return new Issued(client, secret);
    }

    /**
     * The client as API calls with a bearer token see it: read again at most {@link #CHECK_REUSE}
     * after the last read, and at once after this node registered or deleted it, so a deleted
     * client's tokens stop working at once.
     */
    public Optional<ApiClient> forTokenCheck(String clientId) {
        long now = System.nanoTime();
        Checked known = checked.get(clientId);
        if (known != null && now - known.readAt() < CHECK_REUSE.toNanos()) {
            return known.client();
        }
        long changesBefore = changes.get();
        Optional<ApiClient> client = find(clientId);
        if (checked.size() >= CHECKED_CLIENTS) {
            checked.clear();
        }
        Checked read = new Checked(client, now);
        checked.put(clientId, read);
        // A change committed while we read may not be in what we read: then it must not stay.
        if (changes.get() != changesBefore) {
            checked.remove(clientId, read);
        }
        return client;
    }

    public Optional<ApiClient> find(String clientId) {
        return jdbc.sql("select client_id, organisation_id, name, roles from api_client where client_id = :id")
                .param("id", clientId)
                .query(ApiClients::map).optional();
    }

    public List<ApiClient> of(UUID organisationId) {
        return jdbc.sql("select client_id, organisation_id, name, roles from api_client where organisation_id = :organisation order by name")
                .param("organisation", organisationId)
                .query(ApiClients::map).list();
    }

    public Optional<ApiClient> find(UUID organisationId, String clientId) {
        return find(clientId).filter(client -> client.organisationId().equals(organisationId));
    }

    /** Returns false when the client is not in this organisation. */
    @Transactional
    public boolean delete(UUID organisationId, String clientId) {
        int deleted = jdbc.sql("delete from api_client where client_id = :id and organisation_id = :organisation")
                .param("id", clientId)
                .param("organisation", organisationId)
                .update();
        if (deleted == 1) {
            jdbc.sql("delete from oauth2_registered_client where client_id = :id").param("id", clientId).update();
            forgetAfterCommit(clientId);
        }
        return deleted == 1;
    }

    /**
     * Token checks read the client again once the change is visible to them, i.e. after the commit;
     * forgetting it now as well keeps this thread's own later checks exact.
     */
    private void forgetAfterCommit(String clientId) {
        forget(clientId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(clientId);
                }
            });
        }
    }

    private void forget(String clientId) {
        changes.incrementAndGet();
        checked.remove(clientId);
    }

    private String token(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static ApiClient map(ResultSet row, int index) throws SQLException {
        return new ApiClient(row.getString("client_id"), row.getObject("organisation_id", UUID.class),
                row.getString("name"), UserAccounts.roles(row.getArray("roles")));
    }
}
