package io.modcache.cache;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Escaping and path validity, checked against golang.org/x/mod/module's own test tables. */
class ModulePathsTest {

    /** x/mod module_test.go checkPathTests: (path, valid module path). */
    static Stream<Arguments> checkPathTests() {
        return Stream.of(
                Arguments.of("x.y/z", true),
                Arguments.of("x.y", true),
                Arguments.of("", false),
                Arguments.of("/x.y/z", false),
                Arguments.of("x./z", false),
                Arguments.of(".x/z", false),
                Arguments.of("-x/z", false),
                Arguments.of("x..y/z", true),
                Arguments.of("x.y/z/../../w", false),
                Arguments.of("x.y//z", false),
                Arguments.of("x.y/z//w", false),
                Arguments.of("x.y/z/", false),
                Arguments.of("x.y/z/v0", false),
                Arguments.of("x.y/z/v1", false),
                Arguments.of("x.y/z/v2", true),
                Arguments.of("x.y/z/v2.0", false),
                Arguments.of("X.y/z", false),
                Arguments.of("!x.y/z", false),
                Arguments.of("_x.y/z", false),
                Arguments.of("x.y!/z", false),
                Arguments.of("x.y\"/z", false),
                Arguments.of("x.y#/z", false),
                Arguments.of("x.y$/z", false),
                Arguments.of("x.y%/z", false),
                Arguments.of("x.y&/z", false),
                Arguments.of("x.y'/z", false),
                Arguments.of("x.y(/z", false),
                Arguments.of("x.y)/z", false),
                Arguments.of("x.y*/z", false),
                Arguments.of("x.y+/z", false),
                Arguments.of("x.y,/z", false),
                Arguments.of("x.y-/z", true),
                Arguments.of("x.y./zt", false),
                Arguments.of("x.y:/z", false),
                Arguments.of("x.y;/z", false),
                Arguments.of("x.y</z", false),
                Arguments.of("x.y=/z", false),
                Arguments.of("x.y>/z", false),
                Arguments.of("x.y?/z", false),
                Arguments.of("x.y@/z", false),
                Arguments.of("x.y[/z", false),
                Arguments.of("x.y\\/z", false),
                Arguments.of("x.y]/z", false),
                Arguments.of("x.y^/z", false),
                Arguments.of("x.y_/z", false),
                Arguments.of("x.y`/z", false),
                Arguments.of("x.y{/z", false),
                Arguments.of("x.y}/z", false),
                Arguments.of("x.y~/z", false),
                Arguments.of("x.y/z!", false),
                Arguments.of("x.y/z\"", false),
                Arguments.of("x.y/z#", false),
                Arguments.of("x.y/z$", false),
                Arguments.of("x.y/z%", false),
                Arguments.of("x.y/z&", false),
                Arguments.of("x.y/z'", false),
                Arguments.of("x.y/z(", false),
                Arguments.of("x.y/z)", false),
                Arguments.of("x.y/z*", false),
                Arguments.of("x.y/z++", false),
                Arguments.of("x.y/z,", false),
                Arguments.of("x.y/z-", true),
                Arguments.of("x.y/z.t", true),
                Arguments.of("x.y/z/t", true),
                Arguments.of("x.y/z:", false),
                Arguments.of("x.y/z;", false),
                Arguments.of("x.y/z<", false),
                Arguments.of("x.y/z=", false),
                Arguments.of("x.y/z>", false),
                Arguments.of("x.y/z?", false),
                Arguments.of("x.y/z@", false),
                Arguments.of("x.y/z[", false),
                Arguments.of("x.y/z\\", false),
                Arguments.of("x.y/z]", false),
                Arguments.of("x.y/z^", false),
                Arguments.of("x.y/z_", true),
                Arguments.of("x.y/z`", false),
                Arguments.of("x.y/z{", false),
                Arguments.of("x.y/z}", false),
                Arguments.of("x.y/z~", true),
                Arguments.of("x.y/x.foo", true),
                Arguments.of("x.y/aux.foo", false),
                Arguments.of("x.y/prn", false),
                Arguments.of("x.y/prn2", true),
                Arguments.of("x.y/com", true),
                Arguments.of("x.y/com1", false),
                Arguments.of("x.y/com1.txt", false),
                Arguments.of("x.y/calm1", true),
                Arguments.of("x.y/z~", true),
                Arguments.of("x.y/z~0", false),
                Arguments.of("x.y/z~09", false),
                Arguments.of("x.y/z09", true),
                Arguments.of("x.y/z09~", true),
                Arguments.of("x.y/z09~09z", true),
                Arguments.of("x.y/z09~09z~09", false),
                Arguments.of("github.com/!123/logrus", false),
                Arguments.of("github.com/user/unicode/испытание", false),
                Arguments.of("../x", false),
                Arguments.of("./y", false),
                Arguments.of("x:y", false),
                Arguments.of("\\temp\\foo", false),
                Arguments.of(".gitignore", false),
                Arguments.of(".github/ISSUE_TEMPLATE", false),
                Arguments.of("x☺y", false));
    }

    @ParameterizedTest
    @MethodSource("checkPathTests")
    void checkPathMatchesXMod(String path, boolean ok) {
        assertThat(ModulePaths.isValidPath(path)).as("CheckPath(%s)", path).isEqualTo(ok);
        if (!ok) {
            assertThatThrownBy(() -> ModulePaths.escapePath(path)).isInstanceOf(InvalidModulePathException.class);
        }
    }

    @Test
    void escapesUpperCaseWithBang() {
        assertThat(ModulePaths.escapePath("ascii.com/abcdefghijklmnopqrstuvwxyz.-/~_0123456789"))
                .isEqualTo("ascii.com/abcdefghijklmnopqrstuvwxyz.-/~_0123456789");
        assertThat(ModulePaths.escapePath("github.com/GoogleCloudPlatform/omega"))
                .isEqualTo("github.com/!google!cloud!platform/omega");
        assertThat(ModulePaths.unescapePath("github.com/!google!cloud!platform/omega"))
                .isEqualTo("github.com/GoogleCloudPlatform/omega");
        assertThat(ModulePaths.escapeVersion("v1.0.0-RC1")).isEqualTo("v1.0.0-!r!c1");
        assertThat(ModulePaths.unescapeVersion("v1.0.0-!r!c1")).isEqualTo("v1.0.0-RC1");
    }

    /** x/mod module_test.go badUnescape. */
    @ParameterizedTest
    @ValueSource(strings = {
            "github.com/GoogleCloudPlatform/omega",
            "github.com/!google!cloud!platform!/omega",
            "github.com/!0google!cloud!platform/omega",
            "github.com/!_google!cloud!platform/omega",
            "github.com/!!google!cloud!platform/omega",
            ""})
    void rejectsInvalidEscapes(String bad) {
        assertThatThrownBy(() -> ModulePaths.unescapePath(bad))
                .isInstanceOf(InvalidModulePathException.class)
                .hasMessageContaining("invalid escaped module path");
    }

    @Test
    void unescapeRejectsValidEscapeOfInvalidPath() {
        assertThatThrownBy(() -> ModulePaths.unescapePath("x.y/z/v1"))
                .hasMessageContaining("invalid escaped module path");
    }

    @Test
    void versionEscapesRejectBangsAndBadChars() {
        assertThatThrownBy(() -> ModulePaths.escapeVersion("v1.0.0!")).isInstanceOf(InvalidModulePathException.class);
        assertThatThrownBy(() -> ModulePaths.unescapeVersion("v1.0.0-!1")).isInstanceOf(InvalidModulePathException.class);
        assertThatThrownBy(() -> ModulePaths.unescapeVersion("v1.0.0-X")).isInstanceOf(InvalidModulePathException.class);
    }
}
