package org.greenlane.server.exchange;

import org.greenlane.server.platform.identity.ApiClients;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The PACT partners of each organisation, and what they may see. A partner's API client has no
 * role and only the PACT scopes, so it can read what is shared with it and nothing else.
 */
@Repository
public class PactPartners {

    /** The scopes of PACT v3; a partner's client gets exactly these. */
    static final Set<String> PACT_SCOPES = Set.of("footprint:list", "footprint:read");

    private static final String COLUMNS = """
            id, organisation_id, name, client_id, share_all, host_url, host_token_url, host_client_id,
            host_client_secret, host_certificate, notify_published, created_at""";

    private final JdbcClient jdbc;
    private final ApiClients clients;
    private final RegisteredClientRepository registrations;
    private final SecretBox secrets;

    PactPartners(JdbcClient jdbc, ApiClients clients, RegisteredClientRepository registrations, SecretBox secrets) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.secrets = secrets;
        this.registrations = registrations;
    }

    /** A new partner and the credentials it uses to call us; the secret is returned once, stored hashed. */
    public record Issued(UUID partnerId, String name, String clientId, String clientSecret, boolean shareAll) {
    }

    /**
     * Registers a partner of the organisation with a fresh API client.
     *
     * @param shareAll whether the partner sees every footprint the organisation publishes over PACT
     */
    @Transactional
    public Issued create(UUID organisationId, String name, boolean shareAll) {
        return create(organisationId, name, shareAll, null, null);
    }

    /** With given credentials, for demo data whose credentials are documented. */
    @Transactional
    Issued create(UUID organisationId, String name, boolean shareAll, String clientId, String secret) {
        String partnerName = checkedName(name);
        if (jdbc.sql("select count(*) from pact_partner where organisation_id = :organisation and name = :name")
                .param("organisation", organisationId).param("name", partnerName).query(Long.class).single() > 0) {
            throw new IllegalArgumentException("name: a partner named '" + partnerName + "' already exists");
        }
        ApiClients.Issued issued = clientId == null
                ? clients.register(organisationId, "PACT partner " + partnerName, Set.of())
                : clients.register(organisationId, "PACT partner " + partnerName, Set.of(), clientId, secret);
        limitScopes(issued.client().clientId());
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into pact_partner (id, organisation_id, name, client_id, share_all) values (:id, :organisation, :name, :client, :all)")
                .param("id", id)
                .param("organisation", organisationId)
                .param("name", partnerName)
                .param("client", issued.client().clientId())
                .param("all", shareAll)
                .update();
        return new Issued(id, partnerName, issued.client().clientId(), issued.secret(), shareAll);
    }

    /** The platform registers clients with all API scopes; a PACT partner needs the PACT ones only. */
    private void limitScopes(String clientId) {
        RegisteredClient registered = registrations.findByClientId(clientId);
        registrations.save(RegisteredClient.from(registered).scopes(scopes -> {
            scopes.clear();
            scopes.addAll(PACT_SCOPES);
        }).build());
    }

    List<Partner> of(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from pact_partner where organisation_id = :organisation order by name")
                .param("organisation", organisationId)
                .query(PactPartners::map).list();
    }

    Optional<Partner> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from pact_partner where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId)
                .param("id", id)
                .query(PactPartners::map).optional();
    }

    /** The partner that holds this API client; the lookup of every PACT call. */
    Optional<Partner> byClient(String clientId) {
        return jdbc.sql("select " + COLUMNS + " from pact_partner where client_id = :client")
                .param("client", clientId)
                .query(PactPartners::map).optional();
    }

    /** Returns false when the partner is not in this organisation. */
    boolean setShareAll(UUID organisationId, UUID id, boolean shareAll) {
        return jdbc.sql("update pact_partner set share_all = :all where organisation_id = :organisation and id = :id")
                .param("all", shareAll).param("organisation", organisationId).param("id", id).update() == 1;
    }

    /** Removes the partner and its API client, whose tokens stop working at once. */
    @Transactional
    boolean delete(UUID organisationId, UUID id) {
        Optional<Partner> partner = find(organisationId, id);
        if (partner.isEmpty()) {
            return false;
        }
        jdbc.sql("delete from pact_partner where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id).update();
        if (partner.get().clientId() != null) {
            clients.delete(organisationId, partner.get().clientId());
        }
        return true;
    }

    /** Registers (or replaces) the partner's PACT host; the secret is sealed with the exchange key. */
    boolean registerHost(UUID organisationId, UUID id, URI baseUrl, URI tokenUrl, String clientId, String secret,
                         String certificate, boolean notifyPublished) {
        return jdbc.sql("""
                        update pact_partner set host_url = :url, host_token_url = :token, host_client_id = :client,
                               host_client_secret = :secret, host_certificate = :certificate, notify_published = :notify
                        where organisation_id = :organisation and id = :id""")
                .param("url", baseUrl.toString())
                .param("token", tokenUrl == null ? null : tokenUrl.toString())
                .param("client", clientId)
                .param("secret", secrets.seal(secret, "pact-partner:" + id))
                .param("certificate", certificate)
                .param("notify", notifyPublished)
                .param("organisation", organisationId)
                .param("id", id)
                .update() == 1;
    }

    boolean removeHost(UUID organisationId, UUID id) {
        return jdbc.sql("""
                        update pact_partner set host_url = null, host_token_url = null, host_client_id = null,
                               host_client_secret = null, host_certificate = null
                        where organisation_id = :organisation and id = :id""")
                .param("organisation", organisationId).param("id", id).update() == 1;
    }

    /** The client secret the partner issued to us, decrypted for a call to its host. */
    String hostSecret(Partner partner) {
        return secrets.open(partner.host().sealedSecret(), "pact-partner:" + partner.id());
    }

    /** Shares one footprint of the organisation with one of its partners; false when either is not the organisation's. */
    boolean share(UUID organisationId, UUID partnerId, UUID footprintId) {
        return jdbc.sql("""
                        insert into pact_share (partner_id, footprint_id)
                        select p.id, f.id from pact_partner p join pact_footprint f on f.organisation_id = p.organisation_id
                        where p.organisation_id = :organisation and p.id = :partner and f.id = :footprint
                        on conflict do nothing""")
                .param("organisation", organisationId).param("partner", partnerId).param("footprint", footprintId)
                .update() == 1 || isShared(organisationId, partnerId, footprintId);
    }

    boolean unshare(UUID organisationId, UUID partnerId, UUID footprintId) {
        return jdbc.sql("""
                        delete from pact_share s using pact_partner p
                        where s.partner_id = p.id and p.organisation_id = :organisation and p.id = :partner
                          and s.footprint_id = :footprint""")
                .param("organisation", organisationId).param("partner", partnerId).param("footprint", footprintId)
                .update() == 1;
    }

    private boolean isShared(UUID organisationId, UUID partnerId, UUID footprintId) {
        return jdbc.sql("""
                        select count(*) from pact_share s join pact_partner p on p.id = s.partner_id
                        where p.organisation_id = :organisation and s.partner_id = :partner and s.footprint_id = :footprint""")
                .param("organisation", organisationId).param("partner", partnerId).param("footprint", footprintId)
                .query(Long.class).single() > 0;
    }

    /** Partner ids each footprint of the organisation is shared with one by one (not via share-all). */
    List<Sharing> sharings(UUID organisationId) {
        return jdbc.sql("""
                        select s.footprint_id, s.partner_id from pact_share s join pact_partner p on p.id = s.partner_id
                        where p.organisation_id = :organisation""")
                .param("organisation", organisationId)
                .query((row, i) -> new Sharing(row.getObject("footprint_id", UUID.class), row.getObject("partner_id", UUID.class)))
                .list();
    }

    record Sharing(UUID footprintId, UUID partnerId) {
    }

    /** A successor footprint is shared with whoever saw the footprints it supersedes. */
    void inheritShares(UUID footprintId, List<UUID> predecessors) {
        jdbc.sql("""
                        insert into pact_share (partner_id, footprint_id)
                        select distinct s.partner_id, :footprint from pact_share s
                        join pact_footprint old on old.id = s.footprint_id
                        join pact_footprint successor on successor.id = :footprint and successor.organisation_id = old.organisation_id
                        where s.footprint_id = any(cast(:predecessors as uuid[]))
                        on conflict do nothing""")
                .param("footprint", footprintId)
                .param("predecessors", predecessors.stream().map(UUID::toString).toArray(String[]::new))
                .update();
    }

    static String checkedName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("name: a partner name of 1 to 200 characters is required");
        }
        return name.strip();
    }

    private static Partner map(ResultSet row, int index) throws SQLException {
        String hostUrl = row.getString("host_url");
        String tokenUrl = row.getString("host_token_url");
        Partner.Host host = hostUrl == null ? null : new Partner.Host(URI.create(hostUrl),
                tokenUrl == null ? null : URI.create(tokenUrl), row.getString("host_client_id"),
                row.getBytes("host_client_secret"), row.getString("host_certificate"));
        return new Partner(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getString("name"), row.getString("client_id"), row.getBoolean("share_all"), host,
                row.getBoolean("notify_published"), row.getTimestamp("created_at").toInstant());
    }
}
