package io.modcache.sumdb;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * A checksum database's public key, as GOSUMDB names it ({@code name+hash+key}, the verifier key
 * format of golang.org/x/mod/sumdb/note), and the check of a signed note against it: the note's
 * text, then a blank line, then lines {@code — name base64(keyhash ‖ Ed25519 signature)}.
 */
public final class NoteVerifier {

    private static final byte ALG_ED25519 = 1;
    /** The DER prefix of an X.509 Ed25519 public key; the raw 32 bytes follow. */
    private static final byte[] ED25519_X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    private static final String SIG_PREFIX = "\u2014 ";

    private final String name;
    private final int keyHash;
    private final PublicKey key;

    private NoteVerifier(String name, int keyHash, PublicKey key) {
        this.name = name;
        this.keyHash = keyHash;
        this.key = key;
    }

    /** Parses {@code name+hash+base64key}; the hash must be the key's. */
    public static NoteVerifier parse(String vkey) throws SumdbException {
        int p1 = vkey.indexOf('+');
        int p2 = p1 < 0 ? -1 : vkey.indexOf('+', p1 + 1);
        if (p1 <= 0 || p2 < 0) {
            throw new SumdbException("malformed verifier key " + vkey);
        }
        String name = vkey.substring(0, p1);
        String hash16 = vkey.substring(p1 + 1, p2);
        byte[] raw;
        int hash;
        try {
            raw = Base64.getDecoder().decode(vkey.substring(p2 + 1));
            hash = (int) Long.parseLong(hash16, 16);
        } catch (IllegalArgumentException e) {
            throw new SumdbException("malformed verifier key " + vkey);
        }
        if (hash16.length() != 8 || raw.length != 33 || raw[0] != ALG_ED25519 || !validName(name)) {
            throw new SumdbException("malformed or unsupported verifier key " + vkey);
        }
        if (keyHash(name, raw) != hash) {
            throw new SumdbException("verifier key " + vkey + " does not match its hash");
        }
        try {
            byte[] der = Arrays.copyOf(ED25519_X509_PREFIX, ED25519_X509_PREFIX.length + 32);
            System.arraycopy(raw, 1, der, ED25519_X509_PREFIX.length, 32);
            return new NoteVerifier(name, hash, KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            throw new SumdbException("cannot use verifier key " + vkey + ": " + e.getMessage());
        }
    }

    public String name() {
        return name;
    }

    /**
     * The text of {@code note} when it carries a good signature by this key.
     *
     * @throws SumdbException when it is malformed, unsigned by this key, or the signature is bad
     */
    public String open(byte[] note) throws SumdbException {
        String msg = new String(note, StandardCharsets.UTF_8);
        int split = msg.lastIndexOf("\n\n");
        if (split < 0 || !msg.endsWith("\n")) {
            throw new SumdbException("malformed signed note");
        }
        String text = msg.substring(0, split + 1);
        boolean signedByUs = false;
        for (String line : msg.substring(split + 2, msg.length() - 1).split("\n")) {
            if (!line.startsWith(SIG_PREFIX)) {
                throw new SumdbException("malformed signed note");
            }
            int space = line.indexOf(' ', SIG_PREFIX.length());
            if (space < 0) {
                throw new SumdbException("malformed signed note");
            }
            byte[] sig;
            try {
                sig = Base64.getDecoder().decode(line.substring(space + 1));
            } catch (IllegalArgumentException e) {
                throw new SumdbException("malformed signature in note");
            }
            if (sig.length < 5 || !line.substring(SIG_PREFIX.length(), space).equals(name)
                    || ByteBuffer.wrap(sig, 0, 4).getInt() != keyHash) {
                continue; // another signer's: go ignores signatures by keys it does not know
            }
            if (!verify(text.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(sig, 4, sig.length))) {
                throw new SumdbException("invalid signature by " + name + " on the tree head");
            }
            signedByUs = true;
        }
        if (!signedByUs) {
            throw new SumdbException("the tree head is not signed by " + name);
        }
        return text;
    }

    private boolean verify(byte[] text, byte[] sig) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(text);
            return s.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static int keyHash(String name, byte[] key) {
        var d = Tlog.sha256();
        d.update(name.getBytes(StandardCharsets.UTF_8));
        d.update((byte) '\n');
        d.update(key);
        return ByteBuffer.wrap(d.digest(), 0, 4).getInt();
    }

    private static boolean validName(String name) {
        return !name.isEmpty() && name.chars().noneMatch(c -> Character.isWhitespace(c) || c == '+');
    }
}
