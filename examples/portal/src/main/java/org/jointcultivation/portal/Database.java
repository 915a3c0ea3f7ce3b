package org.jointcultivation.portal;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/** Opens the portal's database and brings its schema up to date with the Flyway migrations. */
final class Database {
  private Database() {}

  /** The database of {@code config}, migrated. */
  static Jdbi open(PortalConfig config) {
    Flyway.configure()
        .dataSource(config.jdbcUrl(), config.dbUser(), config.dbPassword())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return Jdbi.create(config.jdbcUrl(), config.dbUser(), config.dbPassword());
  }
}
