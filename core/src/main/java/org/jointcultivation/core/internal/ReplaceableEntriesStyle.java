package org.jointcultivation.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * {@link ValueStyle} with JDK collections in the builders, for types whose map entries a builder
 * must be able to replace: {@code Norm.builder().from(norm).putParameter("minimum", "9")} overrides
 * the copied {@code minimum}, where Guava's map builder would refuse the second key. The built
 * values are unmodifiable either way.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"party:parties", "clause:clauses", "criterion:criteria"},
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true)
public @interface ReplaceableEntriesStyle {}
