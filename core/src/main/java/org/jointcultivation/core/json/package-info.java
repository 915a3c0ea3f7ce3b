/**
 * The model as JSON: {@link org.jointcultivation.core.json.CultivationJson} reads and writes every
 * value type, event, policy pack and record, and {@link
 * org.jointcultivation.core.json.PolicyPackFiles} reads and writes regulation files, JSON or YAML,
 * that a university's staff can review, validated on load. YAML needs {@code
 * jackson-dataformat-yaml} on the class path, an optional dependency of the core module.
 */
@NullMarked
package org.jointcultivation.core.json;

import org.jspecify.annotations.NullMarked;
