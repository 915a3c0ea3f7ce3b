/** Runnable programs that embed the library the way a university's portal would. */
@NullMarked
package org.jointcultivation.examples;

import org.jspecify.annotations.NullMarked;
