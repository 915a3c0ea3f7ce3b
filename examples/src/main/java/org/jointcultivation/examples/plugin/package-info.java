/** A third-party rule plugin, found by the engine through {@code ServiceLoader}. */
@NullMarked
package org.jointcultivation.examples.plugin;

import org.jspecify.annotations.NullMarked;
