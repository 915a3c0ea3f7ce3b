/**
 * Implementation details of the core module. Not API: anything here may change in any release.
 */
@NullMarked
package org.jointcultivation.core.internal;

import org.jspecify.annotations.NullMarked;
