/**
 * Rights: who may see or do what. {@link org.jointcultivation.rules.access.AccessControl} decides
 * whether a person may take an {@link org.jointcultivation.rules.access.Action} on a {@link
 * org.jointcultivation.rules.access.Resource}, from the record's live state: default deny, an
 * explicit forbid beats any permit, a policy that fails denies, and every decision names the
 * policies that determined it. {@code filter} returns redacted views that hold only what the person
 * may see.
 */
@NullMarked
package org.jointcultivation.rules.access;

import org.jspecify.annotations.NullMarked;
