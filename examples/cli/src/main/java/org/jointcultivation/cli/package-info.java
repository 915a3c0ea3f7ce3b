/**
 * A command line for regulation files, built on the library as any application would be:
 * {@code validate}, {@code lint}, {@code evaluate}, {@code explain}, {@code diff} and {@code
 * templates}. Start at {@link org.jointcultivation.cli.RegulationsCli}.
 */
@NullMarked
package org.jointcultivation.cli;

import org.jspecify.annotations.NullMarked;
