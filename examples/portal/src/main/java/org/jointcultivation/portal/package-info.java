/**
 * The reference portal: a small web application built on the library, the way a university would
 * build its own. Events are kept in a database (H2 or PostgreSQL) through JDBI with Flyway
 * migrations; an {@link org.jointcultivation.rules.EvaluationSession} keeps the assessment current;
 * every response passes through {@link org.jointcultivation.rules.access.AccessControl}, so a
 * person is never sent what their rights withhold.
 */
@NullMarked
package org.jointcultivation.portal;

import org.jspecify.annotations.NullMarked;
