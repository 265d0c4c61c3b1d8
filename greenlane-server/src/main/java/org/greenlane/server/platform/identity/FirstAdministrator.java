package org.greenlane.server.platform.identity;

import org.greenlane.server.platform.GreenlaneProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * A fresh production database has nobody who could sign in. GREENLANE_ADMIN_EMAIL and
 * GREENLANE_ADMIN_PASSWORD create the operator organisation and its first administrator, once.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final int MIN_PASSWORD_LENGTH = 12;

    private final GreenlaneProperties.Bootstrap bootstrap;
    private final boolean demo;
    private final Organisations organisations;
    private final UserAccounts users;

    FirstAdministrator(GreenlaneProperties properties, Organisations organisations, UserAccounts users) {
        this.bootstrap = properties.bootstrap();
        this.demo = properties.demo().enabled();
        this.organisations = organisations;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo || users.anyExist()) {
            return;
        }
        if (bootstrap.adminEmail() == null || bootstrap.adminPassword() == null) {
            log.warn("No users yet: set GREENLANE_ADMIN_EMAIL and GREENLANE_ADMIN_PASSWORD and restart to create the first administrator");
            return;
        }
        if (bootstrap.adminPassword().length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("GREENLANE_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        Organisation operator = organisations.register("Platform operator", OrganisationKind.OPERATOR, null);
        users.register(operator.id(), bootstrap.adminEmail(), "Administrator", bootstrap.adminPassword(), Set.of(Role.ADMIN));
        log.info("Created the first administrator {}", bootstrap.adminEmail());
    }
}
