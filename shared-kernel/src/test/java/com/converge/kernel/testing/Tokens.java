package com.converge.kernel.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Set;

/**
 * Bearer tokens signed with the development key that only the dev, test and local profiles trust
 * (RS256, the issuer of {@code mp.jwt.verify.issuer}); {@code deploy/local/token.sh} signs with the same key.
 */
public final class Tokens {

    public static final String DEV_ISSUER = "https://converge.local/dev-issuer";
    private static final PrivateKey KEY = loadKey();

    private Tokens() {
    }

    public static String customer(long customerId) {
        return token("CUSTOMER", String.valueOf(customerId));
    }

    public static String support(String userId) {
        return token("SUPPORT", userId);
    }

    public static String agent(String userId) {
        return token("AGENT", userId);
    }

    public static String admin(String userId) {
        return token("ADMIN", userId);
    }

    public static String token(String role, String subject) {
        return Jwt.issuer(DEV_ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .expiresIn(3600)
                .jws().keyId("converge-dev")
                .sign(KEY);
    }

    /** A token from a key nobody trusts, for proving that signatures are checked. */
    public static String forgedAdmin() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(DEV_ISSUER).subject("mallory").groups(Set.of("ADMIN")).expiresIn(3600)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey loadKey() {
        try (InputStream pem = Tokens.class.getClassLoader().getResourceAsStream("dev-jwt/private-key.pem")) {
            if (pem == null) {
                throw new IllegalStateException("dev-jwt/private-key.pem is not on the test classpath");
            }
            return KeyUtils.decodePrivateKey(new String(pem.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the development signing key", e);
        }
    }
}
