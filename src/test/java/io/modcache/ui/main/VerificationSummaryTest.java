package io.modcache.ui.main;

import io.modcache.cache.VerificationStatus;
import io.modcache.cache.VersionId;
import io.modcache.sumdb.Provenance;
import io.modcache.verify.Verdict;
import io.modcache.verify.VerifyResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationSummaryTest {

    private static Verdict verified(Provenance p) {
        return new Verdict(VerificationStatus.VERIFIED, List.of(), List.of(), null, p);
    }

    @Test
    void aDatabaseThatCouldNotBeAskedIsSaidOnceInTheStatus() {
        Provenance unreachable = new Provenance(Provenance.State.UNKNOWN, "cannot ask sum.golang.org: cannot reach proxy.golang.org: host not found", 0, List.of());
        VerifyResult result = new VerifyResult(Map.of(new VersionId("a.com/m", "v1.0.0"), verified(unreachable),
                new VersionId("a.com/n", "v1.0.0"), verified(unreachable)), 2, 0);

        assertThat(VerificationRun.summarize(result, List.of()))
                .isEqualTo("Verified 2 versions: 2 verified · cannot ask sum.golang.org: cannot reach proxy.golang.org: host not found");
    }

    @Test
    void offlineAnswersAddNothing() {
        VerifyResult result = new VerifyResult(Map.of(new VersionId("a.com/m", "v1.0.0"),
                verified(new Provenance(Provenance.State.UNKNOWN, "go has no record of it from sum.golang.org", 0, List.of()))), 1, 0);

        assertThat(VerificationRun.summarize(result, List.of())).isEqualTo("Verified 1 version: 1 verified");
    }
}
