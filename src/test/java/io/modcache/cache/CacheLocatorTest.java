package io.modcache.cache;

import io.modcache.system.GoEnv;
import io.modcache.system.OperatingSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CacheLocatorTest {

    @TempDir
    Path home;

    private CacheLocator locator(Map<String, String> env, Optional<String> goEnv) {
        return new CacheLocator(env, OperatingSystem.LINUX, home,
                () -> goEnv.map(v -> GoEnv.of(Map.of("GOMODCACHE", v))).orElse(GoEnv.NONE));
    }

    @Test
    void explicitChoiceWins() {
        CacheLocation l = locator(Map.of("GOMODCACHE", "/env/mod"), Optional.of("/go/mod")).locate(Path.of("/chosen"));
        assertThat(l.root()).isEqualTo(Path.of("/chosen"));
        assertThat(l.source()).isEqualTo(CacheLocation.Source.OPTION);
    }

    @Test
    void goEnvCommandComesBeforeEnvironment() {
        CacheLocation l = locator(Map.of("GOMODCACHE", "/env/mod"), Optional.of("/go/mod")).locate(null);
        assertThat(l.root()).isEqualTo(Path.of("/go/mod"));
        assertThat(l.source()).isEqualTo(CacheLocation.Source.GO_ENV_COMMAND);
        assertThat(l.describe()).isEqualTo("/go/mod (from go env GOMODCACHE)");
    }

    @Test
    void environmentWhenGoIsMissing() {
        CacheLocation l = locator(Map.of("GOMODCACHE", "/env/mod", "GOPATH", "/gp"), Optional.empty()).locate(null);
        assertThat(l.root()).isEqualTo(Path.of("/env/mod"));
        assertThat(l.source()).isEqualTo(CacheLocation.Source.ENVIRONMENT);
    }

    @Test
    void envFileUnderXdgConfigHome() throws IOException {
        Path config = home.resolve("cfg");
        Files.createDirectories(config.resolve("go"));
        Files.writeString(config.resolve("go/env"), "# comment\nGOPROXY=off\nGOMODCACHE=/file/mod\nlower=x\n");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", config.toString(), "GOPATH", "/gp");
        CacheLocation l = locator(env, Optional.empty()).locate(null);
        assertThat(l.root()).isEqualTo(Path.of("/file/mod"));
        assertThat(l.source()).isEqualTo(CacheLocation.Source.GO_ENV_FILE);
        assertThat(l.detail()).isEqualTo(config.resolve("go/env").toString());
    }

    @Test
    void goenvVariableNamesTheFileAndOffDisablesIt() throws IOException {
        Path file = home.resolve("my-go-env");
        Files.writeString(file, "GOMODCACHE=/custom/mod");
        assertThat(locator(Map.of("GOENV", file.toString()), Optional.empty()).locate(null).root())
                .isEqualTo(Path.of("/custom/mod"));

        Files.createDirectories(home.resolve(".config/go"));
        Files.writeString(home.resolve(".config/go/env"), "GOMODCACHE=/default-file/mod");
        assertThat(locator(Map.of("GOENV", "off"), Optional.empty()).locate(null).source())
                .isEqualTo(CacheLocation.Source.DEFAULT);
        assertThat(locator(Map.of(), Optional.empty()).locate(null).root()).isEqualTo(Path.of("/default-file/mod"));
    }

    @Test
    void firstGopathEntryFromEnvironmentThenFile() throws IOException {
        CacheLocation l = locator(Map.of("GOPATH", "/a:/b"), Optional.empty()).locate(null);
        assertThat(l.root()).isEqualTo(Path.of("/a/pkg/mod"));
        assertThat(l.source()).isEqualTo(CacheLocation.Source.GOPATH);

        Files.createDirectories(home.resolve(".config/go"));
        Files.writeString(home.resolve(".config/go/env"), "GOPATH=/from-file\n");
        assertThat(locator(Map.of(), Optional.empty()).locate(null).root()).isEqualTo(Path.of("/from-file/pkg/mod"));
    }

    @Test
    void defaultIsGoPkgModInHome() {
        Map<String, String> env = new HashMap<>();
        env.put("GOMODCACHE", "relative/is/ignored");
        CacheLocation l = locator(env, Optional.empty()).locate(null);
        assertThat(l.root()).isEqualTo(home.resolve("go/pkg/mod"));
        assertThat(l.source()).isEqualTo(CacheLocation.Source.DEFAULT);
    }

    @Test
    void macAndWindowsConfigDirectories() throws IOException {
        Path mac = home.resolve("Library/Application Support/go");
        Files.createDirectories(mac);
        Files.writeString(mac.resolve("env"), "GOMODCACHE=/mac/mod\n");
        assertThat(new CacheLocator(Map.of(), OperatingSystem.MAC, home, () -> GoEnv.NONE).locate(null).root())
                .isEqualTo(Path.of("/mac/mod"));

        Path appData = home.resolve("AppData");
        Files.createDirectories(appData.resolve("go"));
        Files.writeString(appData.resolve("go/env"), "GOMODCACHE=/win/mod\n");
        assertThat(new CacheLocator(Map.of("AppData", appData.toString()), OperatingSystem.of("Windows 11"), home, () -> GoEnv.NONE)
                .goEnvFile()).contains(appData.resolve("go/env"));
    }
}
