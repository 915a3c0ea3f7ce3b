package org.jointcultivation.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this project, applied in every model package's {@code package-info}.
 *
 * <p>Generated {@code Immutable*} classes stay package-private behind their abstract type, which
 * exposes a public nested {@code Builder}; collection attributes get singular adders
 * ({@code addAttendee}). An inline {@code @Value.Style} would replace this one, so none is used.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"party:parties", "clause:clauses", "criterion:criteria"},
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
