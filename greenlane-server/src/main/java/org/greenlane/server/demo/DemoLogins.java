package org.greenlane.server.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo's sign-ins. They exist only in a database that {@code ./greenlane demo} created; the
 * production command never loads demo data, so these documented passwords never reach a real
 * installation.
 */
public final class DemoLogins {

    public static final String PASSWORD = "greenlane-demo";
    public static final String CLIENT_ID = "demo-steel-exporter";
    public static final String CLIENT_SECRET = "demo-steel-exporter-secret";

    public static final String STEEL_EXPORTER = "exporter@lvyuan-steel.example";
    public static final String STEEL_ADMIN = "admin@lvyuan-steel.example";
    public static final String SOLAR_EXPORTER = "exporter@sz-solar.example";
    public static final String VERIFIER = "verifier@green-verify.example";
    public static final String CUSTOMS_OFFICER = "officer@ningbo-customs.example";
    public static final String ANALYST = "analyst@trade-stats.example";
    public static final String OPERATOR_ADMIN = "admin@greenlane-operator.example";

    /** Email and what the user does, in the order the launcher prints them. */
    public static final Map<String, String> USERS;

    static {
        Map<String, String> users = new LinkedHashMap<>();
        users.put(STEEL_EXPORTER, "exporter, Zhejiang Lvyuan Steel");
        users.put(STEEL_ADMIN, "administrator, Zhejiang Lvyuan Steel");
        users.put(SOLAR_EXPORTER, "exporter, Shenzhen Sunpath Solar");
        users.put(VERIFIER, "verifier, Green Verify Certification");
        users.put(CUSTOMS_OFFICER, "customs officer, Ningbo customs district");
        users.put(ANALYST, "analyst, Green Trade Statistics Institute");
        users.put(OPERATOR_ADMIN, "administrator, platform operator");
        USERS = Collections.unmodifiableMap(users);
    }

    private DemoLogins() {
    }
}
