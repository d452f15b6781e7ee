package io.modcache.sumdb;

import io.modcache.system.GoEnv;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Asking a database that cannot be reached: said in words, once, not a timeout per version. */
class OnlineSumdbTest {

    @Test
    void anUnreachableDatabaseIsNamedWithTheReasonAndNotAskedAgain() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        SumdbConfig config = SumdbConfig.from(GoEnv.NONE, Map.of("GOSUMDB", "sum.golang.org http://127.0.0.1:" + port), Path.of("/nonexistent"));
        OnlineSumdb db = new OnlineSumdb(config, "off", Map.of());

        IOException first = catchThrowableOfType(() -> db.lookup("golang.org/x/text", "v0.7.0"), IOException.class);
        IOException second = catchThrowableOfType(() -> db.lookup("golang.org/x/mod", "v0.8.0"), IOException.class);

        assertThat(first).hasMessageStartingWith("cannot reach 127.0.0.1:" + port + ": ").hasMessageNotContaining("null");
        assertThat(second).as("the next version is not a second wait").isSameAs(first);
    }

    @Test
    void reasonsAreWordsEvenWhenTheJdkGivesNone() {
        assertThat(OnlineSumdb.reason(new java.net.ConnectException())).isEqualTo("connection refused");
        assertThat(OnlineSumdb.reason(new java.io.IOException())).isEqualTo("IOException");
        assertThat(OnlineSumdb.reason(new java.net.ConnectException(null) {{ initCause(new java.nio.channels.UnresolvedAddressException()); }}))
                .isEqualTo("host not found (is the network up?)");
        assertThat(OnlineSumdb.reason(new java.net.ConnectException("Connection refused"))).isEqualTo("connection refused");
    }
}
