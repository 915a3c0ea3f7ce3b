/**
 * Implementation of the engine and the standard rules. Not API: anything here may change in any
 * release.
 */
@NullMarked
package org.jointcultivation.rules.internal;

import org.jspecify.annotations.NullMarked;
