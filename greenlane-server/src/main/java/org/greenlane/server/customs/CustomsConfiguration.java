package org.greenlane.server.customs;

import org.greenlane.server.platform.imports.DatasetImporter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

/** The green channel's importers, one class per file kind with a bean per layout or edition; the retraining job. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CustomsConfiguration {

    @Bean
    DatasetImporter hs2022Importer(JdbcClient jdbc, TransactionTemplate transactions, HsNomenclature nomenclature) {
        return new HsNomenclatureImporter(HsNomenclature.Edition.HS2022, jdbc, transactions, nomenclature);
    }

    @Bean
    DatasetImporter hs2017Importer(JdbcClient jdbc, TransactionTemplate transactions, HsNomenclature nomenclature) {
        return new HsNomenclatureImporter(HsNomenclature.Edition.HS2017, jdbc, transactions, nomenclature);
    }

    @Bean
    DatasetImporter customsDeclarationsImporter(DeclarationIntake intake) {
        return new DeclarationsImporter(DeclarationFile.Layout.GREENLANE, intake);
    }

    @Bean
    DatasetImporter customsKcsImporter(DeclarationIntake intake) {
        return new DeclarationsImporter(DeclarationFile.Layout.KCS, intake);
    }
}
