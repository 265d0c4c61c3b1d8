package org.greenlane.server.platform.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Users of all organisations; every read but the sign-in lookup is scoped to one organisation. */
@Repository
public class UserAccounts {

    private static final String COLUMNS = "id, organisation_id, email, display_name, roles, enabled";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public UserAccount register(UUID organisationId, String email, String displayName, String rawPassword, Set<Role> roles) {
        UserAccount account = new UserAccount(UUID.randomUUID(), organisationId, normalise(email), displayName, roles, true);
        jdbc.sql("""
                        insert into app_user (id, organisation_id, email, display_name, password_hash, roles)
                        values (:id, :organisation, :email, :name, :hash, :roles::text[])""")
                .param("id", account.id())
                .param("organisation", organisationId)
                .param("email", account.email())
                .param("name", displayName)
                .param("hash", passwords.encode(rawPassword))
                .param("roles", pgArray(roles))
                .update();
        return account;
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("select count(*) from app_user where email = :email").param("email", normalise(email))
                .query(Long.class).single() > 0;
    }

    public boolean anyExist() {
        return jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
    }

    public List<UserAccount> of(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from app_user where organisation_id = :organisation order by email")
                .param("organisation", organisationId)
                .query(UserAccounts::map).list();
    }

    public Optional<UserAccount> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId)
                .param("id", id)
                .query(UserAccounts::map).optional();
    }

    /** Returns false when the user is not in this organisation. */
    public boolean setEnabled(UUID organisationId, UUID id, boolean enabled) {
        return jdbc.sql("update app_user set enabled = :enabled where organisation_id = :organisation and id = :id")
                .param("enabled", enabled)
                .param("organisation", organisationId)
                .param("id", id)
                .update() == 1;
    }

    /**
     * A user's own password change: the current password must match; the new one is stored as a hash.
     *
     * @return false when the current password is wrong (nothing changes then)
     */
    public boolean changePassword(UUID organisationId, UUID id, String currentPassword, String newPassword) {
        Optional<String> hash = jdbc.sql("select password_hash from app_user where organisation_id = :organisation "
                        + "and id = :id and enabled").param("organisation", organisationId).param("id", id)
                .query(String.class).optional();
        if (hash.isEmpty() || !passwords.matches(currentPassword, hash.get())) {
            return false;
        }
        return jdbc.sql("update app_user set password_hash = :hash where organisation_id = :organisation and id = :id")
                .param("hash", passwords.encode(newPassword)).param("organisation", organisationId).param("id", id)
                .update() == 1;
    }

    /** The sign-in lookup: the only read across organisations, since the email identifies the tenant. */
    Optional<Credentials> credentials(String email) {
        return jdbc.sql("select " + COLUMNS + ", password_hash from app_user where email = :email")
                .param("email", normalise(email))
                .query((row, i) -> new Credentials(map(row, i), row.getString("password_hash")))
                .optional();
    }

    record Credentials(UserAccount account, String passwordHash) {
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static String pgArray(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    static Set<Role> roles(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static UserAccount map(ResultSet row, int index) throws SQLException {
        return new UserAccount(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getString("email"), row.getString("display_name"), roles(row.getArray("roles")),
                row.getBoolean("enabled"));
    }
}
