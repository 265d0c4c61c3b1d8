package org.greenlane.server.platform.tls;

import org.greenlane.server.platform.GreenlaneProperties;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTPS is the only connector: the API never answers over plain HTTP. A configured keystore
 * (GREENLANE_TLS_KEYSTORE) wins; otherwise a self-signed one is generated under var/tls.
 */
@Configuration(proxyBeanMethods = false)
class TlsConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> httpsOnly(GreenlaneProperties properties) {
        return factory -> {
            Ssl ssl = new Ssl();
            ssl.setEnabled(true);
            GreenlaneProperties.Tls tls = properties.tls();
            if (tls.configured()) {
                ssl.setKeyStore(tls.keystore().toAbsolutePath().toString());
                ssl.setKeyStorePassword(tls.keystorePassword());
                ssl.setKeyStoreType(tls.keystoreType());
                ssl.setKeyAlias(tls.keyAlias());
            } else {
                SelfSignedKeystore generated = new SelfSignedKeystore(properties.var().resolve("tls"));
                ssl.setKeyStorePassword(generated.ensure());
                ssl.setKeyStore(generated.keystore().toAbsolutePath().toString());
                ssl.setKeyStoreType("PKCS12");
                ssl.setKeyAlias(SelfSignedKeystore.ALIAS);
            }
            ssl.setEnabledProtocols(new String[]{"TLSv1.3", "TLSv1.2"});
            factory.setSsl(ssl);
        };
    }
}
