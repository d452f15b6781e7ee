package io.modcache.ui.model;

import io.modcache.cache.VerificationStatus;
import io.modcache.sumdb.Provenance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusBadgeTest {

    @Test
    void theChecksumDatabasesAnswerJoinsTheTooltip() {
        StatusBadge verified = StatusBadge.of(VerificationStatus.VERIFIED, List.of());
        StatusBadge confirmed = verified.withProvenance(new Provenance(Provenance.State.CONFIRMED, "", 12345, List.of("m v h1:x")));
        assertThat(confirmed.tooltip()).isEqualTo("Checksum database: confirmed in the signed tree of 12,345 records");
        assertThat(confirmed.provenance().state()).isEqualTo(Provenance.State.CONFIRMED);
        assertThat(confirmed.text()).isEqualTo(verified.text());

        StatusBadge unknown = verified.withProvenance(new Provenance(Provenance.State.UNKNOWN, "go has no record of it", 0, List.of()));
        assertThat(unknown.tooltip()).isEqualTo("Checksum database: unknown: go has no record of it");
        assertThat(verified.withProvenance(null)).isSameAs(verified);
    }
}
