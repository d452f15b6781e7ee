package io.modcache.sumdb;

import io.modcache.cache.ModuleVersion;
import io.modcache.fs.SafeFiles;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks cached versions against the checksum database offline, from what go cached when it
 * consulted it: the record go looked up for the version ({@code cache/download/sumdb/<name>/lookup/}),
 * the signed tree head that came with it (or the latest go saw), and the tiles that prove the
 * record is in that tree. Thread-safe; tiles and verified tree heads are shared between checks.
 */
public final class ProvenanceChecker {

    private static final long RECORD_CAP = 64L << 10;
    private static final long NOTE_CAP = 64L << 10;

    static final String SECURITY_ERROR = """


            SECURITY ERROR
            This download does NOT match the one reported by the checksum server.
            The bits may have been replaced on the origin server, or an attacker may
            have intercepted the download attempt.

            For more information, see 'go help module-auth'.""";

    private final SumdbConfig config;
    private final Path databaseDir;
    private final TileSource tiles;
    private final Map<String, Optional<TreeHead>> heads = new ConcurrentHashMap<>();
    private final OnlineSumdb online;
    private volatile Optional<TreeHead> latest;

    /** The offline check of whatever cache it is given, with the configuration read when it is first needed. */
    public static java.util.function.Function<Path, ProvenanceChecker> offline(java.util.function.Supplier<SumdbConfig> config) {
        return root -> new ProvenanceChecker(root, config.get());
    }

    /** The check that also asks the database over the network, for whatever cache it is given. */
    public static java.util.function.Function<Path, ProvenanceChecker> online(java.util.function.Supplier<SumdbConfig> config,
                                                                             java.util.function.Supplier<String> goproxy,
                                                                             Map<String, String> env) {
        return root -> {
            SumdbConfig c = config.get();
            return new ProvenanceChecker(root, c, new OnlineSumdb(c, goproxy.get(), env));
        };
    }

    /** Offline: only what go cached. */
    public ProvenanceChecker(Path cacheRoot, SumdbConfig config) {
        this(cacheRoot, config, null);
    }

    /** @param online the database itself, for what go did not cache (never for private modules); null to stay offline */
    public ProvenanceChecker(Path cacheRoot, SumdbConfig config, OnlineSumdb online) {
        this.config = config;
        this.online = config.verifier() == null ? null : online;
        this.databaseDir = config.verifier() == null ? null
                : cacheRoot.resolve("cache").resolve("download").resolve("sumdb").resolve(config.verifier().name());
        this.tiles = databaseDir == null ? null : new TileSource(databaseDir, this.online);
    }

    /**
     * What an answer for {@code v} rests on, as a stamp: the database, and the cached record's
     * size, times and inode, or that there is none. A confirmation or a mismatch holds while the
     * version's files and this stamp are unchanged; null when no answer should be kept (the
     * database is off or private to the module, or the record cannot be looked at).
     */
    public String evidence(ModuleVersion v) {
        if (config.verifier() == null || config.privacy().noSumDbVariable(v.path()) != null) {
            return null;
        }
        String name = config.verifier().name();
        try {
            io.modcache.fs.FileStat st = io.modcache.fs.FileStat.of(
                    databaseDir.resolve("lookup").resolve(v.escapedPath() + "@" + v.escapedVersion()));
            return name + " record " + st.size() + ":" + st.mtimeNanos() + ":" + st.ctimeNanos() + ":" + st.inode();
        } catch (NoSuchFileException e) {
            return name + " " + NO_RECORD;
        } catch (IOException e) {
            return null;
        }
    }

    /** The evidence of an answer the database gave over the network for a version go has no record of. */
    public static String askedOnline(String evidence) {
        return evidence.endsWith(" " + NO_RECORD) ? evidence.substring(0, evidence.length() - NO_RECORD.length()) + "asked online" : evidence;
    }

    static final String NO_RECORD = "no record";

    /**
     * @param zipHash the version's module hash as the cache has it (its .ziphash), or null
     * @param modHash the h1 of its .mod file, or null
     */
    public Provenance check(ModuleVersion v, String zipHash, String modHash) {
        if (config.off()) {
            return Provenance.of(Provenance.State.PRIVATE, "not checked: GOSUMDB=off");
        }
        if (config.problem() != null) {
            return Provenance.of(Provenance.State.ERROR, config.problem());
        }
        String privateBy = config.privacy().noSumDbVariable(v.path());
        if (privateBy != null) {
            return Provenance.of(Provenance.State.PRIVATE, "not checked (private): " + privateBy);
        }
        String name = config.verifier().name();
        byte[] data;
        try {
            data = SafeFiles.read(databaseDir.resolve("lookup").resolve(v.escapedPath() + "@" + v.escapedVersion()), RECORD_CAP);
        } catch (NoSuchFileException e) {
            if (online == null) {
                return Provenance.of(Provenance.State.UNKNOWN, "go has no record of it from " + name
                        + " (downloaded with GOSUMDB=off, GONOSUMDB or GOFLAGS=-insecure, or its go.sum line was already known)");
            }
            try {
                OnlineSumdb.Answer answer = online.lookup(v.escapedPath(), v.escapedVersion());
                if (answer.record() == null) {
                    return Provenance.of(Provenance.State.UNKNOWN, answer.missing());
                }
                data = answer.record();
            } catch (IOException unreachable) {
                return Provenance.of(Provenance.State.UNKNOWN, "cannot ask " + name + ": " + unreachable.getMessage());
            }
        } catch (IOException e) {
            return Provenance.of(Provenance.State.ERROR, "cannot read the cached record: " + e.getMessage());
        }
        try {
            LookupRecord record = LookupRecord.parse(data);
            TreeHead own = head(record.treeNote());
            // The latest tree head go saw proves every record it has, with one signature check for
            // all of them; a record's own head is the fallback when go saved no tiles for the latest.
            TreeHead latest = latest();
            TreeHead tree = own;
            InclusionCheck.Outcome proof = null;
            if (latest != null && latest.size() > record.id() && latest.size() >= own.size()) {
                proof = InclusionCheck.check(latest, record.id(), record.text(), tiles);
                tree = latest;
            }
            if (proof == null || proof.tilesMissing()) {
                tree = own;
                proof = InclusionCheck.check(own, record.id(), record.text(), tiles);
            }
            if (!proof.proven()) {
                return proof.tilesMissing()
                        ? new Provenance(Provenance.State.UNKNOWN, "the record is cached but not the tiles that prove it: "
                                + proof.detail(), 0, record.lines())
                        : new Provenance(Provenance.State.ERROR, proof.detail(), 0, record.lines());
            }
            return compare(v, record, tree.size(), zipHash, modHash, name);
        } catch (SumdbException e) {
            return Provenance.of(Provenance.State.ERROR, e.getMessage());
        } catch (IOException e) {
            return Provenance.of(Provenance.State.ERROR, "cannot read the cached tiles: " + e.getMessage());
        }
    }

    private static Provenance compare(ModuleVersion v, LookupRecord record, long treeSize, String zipHash, String modHash, String db) {
        String dbZip = record.hashFor(v.path(), v.version());
        String dbMod = record.hashFor(v.path(), v.version() + "/go.mod");
        if (dbZip == null && dbMod == null) {
            return new Provenance(Provenance.State.ERROR, "the record does not name " + v.id(), treeSize, record.lines());
        }
        if (zipHash != null && dbZip != null && !zipHash.equals(dbZip)) {
            return new Provenance(Provenance.State.MISMATCH, mismatch(v, "module", zipHash, db, dbZip), treeSize, record.lines());
        }
        if (modHash != null && dbMod != null && !modHash.equals(dbMod)) {
            return new Provenance(Provenance.State.MISMATCH, mismatch(v, "go.mod", modHash, db, dbMod), treeSize, record.lines());
        }
        if ((zipHash == null || dbZip == null) && (modHash == null || dbMod == null)) {
            return new Provenance(Provenance.State.UNKNOWN, "nothing in the cache to compare with the record", treeSize, record.lines());
        }
        return new Provenance(Provenance.State.CONFIRMED, "", treeSize, record.lines());
    }

    /** Go's words: {@code verifying module: checksum mismatch ... SECURITY ERROR ...} (go puts path@version before them). */
    static String mismatch(ModuleVersion v, String noun, String downloaded, String db, String dbHash) {
        return "verifying " + noun + ": checksum mismatch\n\tdownloaded: " + downloaded + "\n\t" + db + ": " + dbHash
                + SECURITY_ERROR;
    }

    /** A tree head whose signature was checked once for all the records that carry it. */
    private TreeHead head(byte[] note) throws SumdbException {
        String key = new String(note, java.nio.charset.StandardCharsets.UTF_8);
        Optional<TreeHead> known = heads.get(key);
        if (known == null) {
            try {
                known = Optional.of(TreeHead.parse(config.verifier().open(note)));
            } catch (SumdbException e) {
                known = Optional.empty();
            }
            heads.put(key, known);
        }
        return known.orElseThrow(() -> new SumdbException("the cached tree head has no valid signature by " + config.verifier().name()));
    }

    /** The latest tree head go saw, when it is readable and well signed; null otherwise. Read once per checker. */
    private TreeHead latest() {
        Optional<TreeHead> known = latest;
        if (known == null) {
            try {
                known = config.latestFile() == null ? Optional.empty()
                        : Optional.of(head(SafeFiles.read(config.latestFile(), NOTE_CAP)));
            } catch (IOException | SumdbException e) {
                known = Optional.empty();
            }
            latest = known;
        }
        return known.orElse(null);
    }
}
