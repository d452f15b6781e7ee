package io.modcache.testing;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks tests that run the real go command. They run everywhere the go command is (and in CI,
 * where a missing go fails them); {@code mvn verify -DexcludedGroups=go} leaves them out for a
 * quick loop.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("go")
public @interface RequiresGo {
}
