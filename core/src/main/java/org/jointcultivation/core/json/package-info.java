/**
 * Regulations as files: {@link org.jointcultivation.core.json.PolicyPackFiles} reads and writes
 * {@link org.jointcultivation.core.norm.PolicyPack policy packs} as JSON or YAML that a university's
 * staff can review, validated on load. Needs Jackson on the class path ({@code jackson-databind},
 * {@code jackson-datatype-jsr310}, {@code jackson-datatype-jdk8}, and {@code
 * jackson-dataformat-yaml} for YAML), which the core module declares as optional dependencies.
 */
@NullMarked
package org.jointcultivation.core.json;

import org.jspecify.annotations.NullMarked;
