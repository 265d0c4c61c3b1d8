package org.greenlane.server.cbam;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Goods lines, always read and written within one organisation. */
@Repository
class GoodsLines {

    private static final String COLUMNS = "id, organisation_id, importer_id, product_id, description, cn_code, country_of_origin, "
            + "net_mass, import_date, basis, default_variant, benchmark_route, installation_id, process_key, version, created_at, updated_at";

    private final JdbcClient jdbc;

    GoodsLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    GoodsLine add(UUID organisationId, GoodsLineDraft draft) {
        return jdbc.sql("""
                        insert into cbam_goods_line (id, organisation_id, importer_id, product_id, description, cn_code, country_of_origin,
                            net_mass, import_date, basis, default_variant, benchmark_route, installation_id, process_key)
                        values (:id, :organisation, :importer, :product, :description, :cn, :origin, :mass, :date, :basis, :variant,
                            :route, :installation, :process)
                        returning""" + " " + COLUMNS)
                .param("id", UUID.randomUUID()).param("organisation", organisationId)
                .params(fields(draft))
                .query(GoodsLines::map).single();
    }

    List<GoodsLine> of(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from cbam_goods_line where organisation_id = :organisation order by import_date, id")
                .param("organisation", organisationId).query(GoodsLines::map).list();
    }

    List<GoodsLine> ofImporter(UUID organisationId, UUID importerId, int year) {
        return jdbc.sql("select " + COLUMNS + " from cbam_goods_line where organisation_id = :organisation and importer_id = :importer"
                        + " and extract(year from import_date) = :year order by import_date, id")
                .param("organisation", organisationId).param("importer", importerId).param("year", year)
                .query(GoodsLines::map).list();
    }

    /** Lines that take their embedded emissions from a process of the installation. */
    List<GoodsLine> usingInstallation(UUID organisationId, UUID installationId) {
        return jdbc.sql("select " + COLUMNS + " from cbam_goods_line where organisation_id = :organisation and installation_id = :installation")
                .param("organisation", organisationId).param("installation", installationId).query(GoodsLines::map).list();
    }

    Optional<GoodsLine> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from cbam_goods_line where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id).query(GoodsLines::map).optional();
    }

    Optional<GoodsLine> change(UUID organisationId, UUID id, int version, GoodsLineDraft draft) {
        Optional<GoodsLine> changed = jdbc.sql("""
                        update cbam_goods_line set importer_id = :importer, product_id = :product, description = :description,
                            cn_code = :cn, country_of_origin = :origin, net_mass = :mass, import_date = :date, basis = :basis,
                            default_variant = :variant, benchmark_route = :route, installation_id = :installation,
                            process_key = :process, version = version + 1, updated_at = now()
                        where organisation_id = :organisation and id = :id and version = :version
                        returning""" + " " + COLUMNS)
                .params(fields(draft))
                .param("organisation", organisationId).param("id", id).param("version", version)
                .query(GoodsLines::map).optional();
        if (changed.isEmpty() && find(organisationId, id).isPresent()) {
            throw new OptimisticLockingFailureException("Goods line " + id + " is no longer at version " + version);
        }
        return changed;
    }

    boolean remove(UUID organisationId, UUID id) {
        return jdbc.sql("delete from cbam_goods_line where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id).update() == 1;
    }

    private static Map<String, Object> fields(GoodsLineDraft draft) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("importer", draft.importerId());
        fields.put("product", draft.productId());
        fields.put("description", draft.description() == null ? "" : draft.description().strip());
        fields.put("cn", draft.cnCode());
        fields.put("origin", draft.countryOfOrigin());
        fields.put("mass", draft.netMass());
        fields.put("date", draft.importDate());
        fields.put("basis", draft.basis().name());
        fields.put("variant", blankToNull(draft.defaultVariant()));
        fields.put("route", blankToNull(draft.benchmarkRoute()));
        fields.put("installation", draft.installationId());
        fields.put("process", blankToNull(draft.processKey()));
        return fields;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static GoodsLine map(ResultSet row, int index) throws SQLException {
        return new GoodsLine(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class), row.getInt("version"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
                new GoodsLineDraft(row.getObject("importer_id", UUID.class), row.getObject("product_id", UUID.class),
                        row.getString("description"), row.getString("cn_code"), row.getString("country_of_origin"),
                        row.getBigDecimal("net_mass"), row.getDate("import_date").toLocalDate(),
                        GoodsLineDraft.Basis.valueOf(row.getString("basis")), row.getString("default_variant"),
                        row.getString("benchmark_route"), row.getObject("installation_id", UUID.class), row.getString("process_key")));
    }
}
